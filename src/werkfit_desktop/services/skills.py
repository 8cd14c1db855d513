"""The configurable list of basic employee skills that trainers observe.

Skills are never deleted (old observations refer to them): a skill leaves the list by being
made inactive, and comes back by being made active again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import Skill, SkillObservation
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

# The skill whose weekly score can be suggested from attendance. Skill names are data (the
# organisation's own words), so it is recognised by its name, case and accents ignored.
PUNCTUALITY_NAMES = frozenset({"op tijd komen", "stiptheid", "arriving on time", "punctuality"})


@dataclass(frozen=True)
class SkillInfo:
    id: str
    name: str
    position: int
    active: bool


@dataclass(frozen=True)
class SkillEdit:
    """One line of the edited list; id None for a new skill."""

    id: str | None
    name: str
    active: bool = True


def is_punctuality(name: str) -> bool:
    return fold(name).strip() in PUNCTUALITY_NAMES


def skills(db: Database, include_inactive: bool = False) -> list[SkillInfo]:
    """The skills in their order (only the active ones unless asked)."""
    with db.read() as session:
        return skills_in(session, include_inactive)


def skills_in(session: Session, include_inactive: bool = False) -> list[SkillInfo]:
    query = select(Skill.id, Skill.name, Skill.position, Skill.active).order_by(
        Skill.position, Skill.name
    )
    if not include_inactive:
        query = query.where(Skill.active.is_(True))
    return [SkillInfo(r.id, r.name, r.position, r.active) for r in session.execute(query)]


def observation_counts(db: Database) -> dict[str, int]:
    """How many observations each skill has (to tell the user before deactivating one)."""
    with db.read() as session:
        rows = session.execute(
            select(SkillObservation.skill_id, func.count()).group_by(SkillObservation.skill_id)
        ).all()
    return {skill_id: count for skill_id, count in rows}


def validate_skill_list(items: list[SkillEdit]) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        name = item.name.strip()
        if not name:
            errors.append(
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("Validation", "Skill {number} has no name."),
                    {"number": number},
                )
            )
            continue
        if len(name) > 200:
            errors.append(
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The name of skill {number} is longer than 200 characters."
                    ),
                    {"number": number},
                )
            )
        key = fold(name)
        if key in seen:
            errors.append(
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("Validation", "The skill '{name}' is in the list twice."),
                    {"name": name},
                )
            )
        seen[key] = number
    return errors


def save_skill_list(db: Database, items: list[SkillEdit]) -> Changes:
    """Save the whole edited list in one transaction: names, order (the list's order),
    active or not, new skills added. A skill left out of the list is made inactive.
    ValidationFailed (nothing saved) for an empty or doubled name."""
    items = [SkillEdit(i.id, i.name.strip(), i.active) for i in items]
    errors = validate_skill_list(items)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        existing = {s.id: s for s in session.scalars(select(Skill))}
        by_name = {fold(s.name): s for s in existing.values()}
        listed = {i.id for i in items if i.id}
        # A new line with the name of an existing skill (e.g. one made inactive) takes it up.
        items = [
            SkillEdit(by_name[fold(i.name)].id, i.name, i.active)
            if i.id is None and fold(i.name) in by_name and by_name[fold(i.name)].id not in listed
            else i
            for i in items
        ]
        # Names are unique: park renamed skills under a temporary name first, so two skills
        # can swap names in one save.
        for item in items:
            skill = existing.get(item.id) if item.id else None
            if skill is not None and skill.name != item.name:
                skill.name = f"\x1f{skill.id}"
        session.flush()
        kept: list[Skill] = []
        for position, item in enumerate(items, start=1):
            skill = existing.get(item.id) if item.id else None
            if skill is None:
                skill = Skill(name=item.name)
                session.add(skill)
            skill.name, skill.position, skill.active = item.name, position, item.active
            kept.append(skill)
        for skill in existing.values():
            if not any(skill is k for k in kept):
                skill.active = False
    # No kind of its own in Changes: every view that shows skills refreshes.
    return Changes(everything=True)
