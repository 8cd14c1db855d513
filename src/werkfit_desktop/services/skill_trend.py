"""Each skill's weekly scores for one participant, oldest first: the participant page shows it,
and the progress sheet's skill chart is drawn from the same figures.

A week's score is the latest observation in that ISO week (as in the weekly grid). Weeks are
(week-year, week) pairs, so week 53 of 2026 comes before week 1 of 2027."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from werkfit_desktop.domain import Skill, SkillObservation
from werkfit_desktop.domain.dates import iso_week_label
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.skills import skills_in

Week = tuple[int, int]  # (week-year, ISO week)


@dataclass(frozen=True)
class TrendPoint:
    week_year: int
    week: int
    score: int
    note: str | None
    observed_on: dt.date

    @property
    def key(self) -> Week:
        return (self.week_year, self.week)


@dataclass(frozen=True)
class SkillTrendLine:
    skill_id: str
    name: str
    active: bool
    points: tuple[TrendPoint, ...]  # the weeks shown, oldest first
    first: int | None  # the first score ever observed (also before the weeks shown)
    latest: int | None  # the latest score
    observed_weeks: int  # weeks with a score, in all

    @property
    def change(self) -> int | None:
        """Latest minus first: positive is growth."""
        if self.first is None or self.latest is None:
            return None
        return self.latest - self.first

    def score_in(self, week: Week) -> int | None:
        return next((p.score for p in self.points if p.key == week), None)

    def point_in(self, week: Week) -> TrendPoint | None:
        return next((p for p in self.points if p.key == week), None)


@dataclass(frozen=True)
class SkillTrend:
    participant_id: str
    weeks: tuple[Week, ...]  # the weeks with an observation that are shown, oldest first
    lines: tuple[SkillTrendLine, ...]  # active skills in order, then inactive ones observed

    @property
    def has_observations(self) -> bool:
        return any(line.observed_weeks for line in self.lines)


def skill_trend(db: Database, participant_id: str, weeks: int | None = None) -> SkillTrend:
    """Per skill the score per ISO week; `weeks` keeps only the last so many weeks that have
    an observation (first and latest still look at everything)."""
    with db.read() as session:
        known = skills_in(session, include_inactive=True)
        rows = session.execute(
            select(
                SkillObservation.skill_id,
                SkillObservation.observed_on,
                SkillObservation.score,
                SkillObservation.note,
            )
            .join(Skill, Skill.id == SkillObservation.skill_id)
            .where(SkillObservation.participant_id == participant_id)
            .order_by(SkillObservation.observed_on, SkillObservation.updated_at)
        ).all()
    per_skill: dict[str, dict[Week, TrendPoint]] = {}
    for r in rows:  # later rows win within a week
        year, week = iso_week_label(r.observed_on)
        per_skill.setdefault(r.skill_id, {})[(year, week)] = TrendPoint(
            year, week, r.score, r.note, r.observed_on
        )
    all_weeks = sorted({week for points in per_skill.values() for week in points})
    shown = tuple(all_weeks[-weeks:] if weeks else all_weeks) if weeks != 0 else ()
    lines = []
    for skill in known:
        points = per_skill.get(skill.id, {})
        if not skill.active and not points:
            continue
        ordered = [points[w] for w in sorted(points)]
        lines.append(
            SkillTrendLine(
                skill_id=skill.id,
                name=skill.name,
                active=skill.active,
                points=tuple(points[w] for w in shown if w in points),
                first=ordered[0].score if ordered else None,
                latest=ordered[-1].score if ordered else None,
                observed_weeks=len(ordered),
            )
        )
    lines.sort(key=lambda line: not line.active)  # stable: order kept within each group
    return SkillTrend(participant_id, shown, tuple(lines))
