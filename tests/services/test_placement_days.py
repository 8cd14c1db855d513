"""Placement days: validation in terms of the field, the enrolment found from the date,
the lists per participant and per employer with averages computed by hand, undo."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Enrolment
from werkfit_desktop.domain.enums import PlacementDayKind
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import placement_days as svc
from werkfit_desktop.services.employers import EmployerInput, save_employer
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.placement_days import PlacementDayInput
from werkfit_desktop.services.validation import ValidationFailed

SHADOW, PRACTICE = PlacementDayKind.SHADOWING, PlacementDayKind.PRACTICE


@pytest.fixture
def people(db):
    bakery, _ = save_employer(db, None, EmployerInput("Bakkerij Çelik"))
    care, _ = save_employer(db, None, EmployerInput("Zorgcentrum De Linde"))
    ayse, _ = create_participant(db, ParticipantInput(first_name="Ayşe", last_name="Yılmaz"))
    omar, _ = create_participant(db, ParticipantInput(first_name="Omar", last_name="Haddad"))
    return bakery, care, ayse, omar


def _day(participant, employer, day, kind=PRACTICE, hours=7.5, scores=(None,) * 4, **extra):
    points = dict(zip(svc.SCORE_FIELDS, scores, strict=True))
    return PlacementDayInput(participant, employer, day, kind, hours, **points, **extra)


def test_validation_names_the_field(db, people):
    bakery, _, ayse, _ = people
    with pytest.raises(ValidationFailed) as failed:
        svc.record_placement_day(
            db, PlacementDayInput(None, None, None, PRACTICE, 13.0, score_skills=5)
        )
    assert [e.field for e in failed.value.errors] == [
        "participant",
        "employer",
        "date",
        "hours",
        "score_skills",
    ]
    english = [e.message(lambda c, s: s) for e in failed.value.errors]
    assert english[3] == "Hours: give between 0.5 and 12 hours."
    assert english[4] == "Skills: the score must be 1 to 4, or empty."
    with pytest.raises(ValidationFailed):
        svc.record_placement_day(db, _day(ayse, bakery, dt.date(2026, 11, 2), hours=0.25))
    assert svc.days_for_participant(db, ayse) == []  # nothing half-saved


def test_record_read_update_and_delete(db, people):
    bakery, care, ayse, _ = people
    day_id, changes = svc.record_placement_day(
        db,
        _day(
            ayse,
            bakery,
            dt.date(2026, 11, 2),
            scores=(4, 3, None, 2),
            supervisor_name=" Jan Smit ",
            employer_comment="Goed begin.",
        ),
    )
    assert changes.placement_days == {day_id}
    assert changes.participants == {ayse} and changes.employers == {bakery}
    (row,) = svc.days_for_participant(db, ayse)
    assert row.employer_name == "Bakkerij Çelik"
    assert row.supervisor == "Jan Smit"
    assert row.scores == (4, 3, None, 2)
    assert row.average == pytest.approx(3.0)  # (4 + 3 + 2) / 3: empty points do not count
    details = svc.get_placement_day(db, day_id)
    assert details.participant_name == "Yılmaz, Ayşe"
    assert details.data.employer_comment == "Goed begin."

    changes = svc.update_placement_day(db, day_id, _day(ayse, care, dt.date(2026, 11, 3)))
    assert changes.employers == {bakery, care}  # both employer pages refresh
    assert svc.days_for_participant(db, ayse)[0].employer_name == "Zorgcentrum De Linde"

    svc.set_placement_day_deleted(db, day_id, True)
    assert svc.days_for_participant(db, ayse) == []
    svc.set_placement_day_deleted(db, day_id, False)
    assert len(svc.days_for_participant(db, ayse)) == 1


def test_days_for_employer_summary_by_hand(db, people):
    bakery, care, ayse, omar = people
    svc.record_placement_day(
        db, _day(ayse, bakery, dt.date(2026, 11, 2), SHADOW, 4.0, (2, 2, 1, 3))
    )
    svc.record_placement_day(
        db, _day(ayse, bakery, dt.date(2026, 11, 9), PRACTICE, 7.5, (4, 3, 3, 4))
    )
    svc.record_placement_day(
        db, _day(omar, bakery, dt.date(2026, 11, 5), PRACTICE, 8.0, (3, None, 2, 3))
    )
    svc.record_placement_day(
        db, _day(omar, care, dt.date(2026, 11, 6), PRACTICE, 8.0, (1, 1, 1, 1))
    )

    result = svc.days_for_employer(db, bakery)
    assert [d.date.day for d in result.days] == [9, 5, 2]  # most recent first
    summary = result.summary
    assert (summary.participants, summary.days, summary.hours) == (2, 3, 19.5)
    # punctuality (2+4+3)/3, attitude (2+3)/2, skills (1+3+2)/3, cooperation (3+4+3)/3
    assert summary.averages == pytest.approx((3.0, 2.5, 2.0, 10 / 3))
    first, second = result.participants
    assert first.participant_name == "Yılmaz, Ayşe"  # last day 9 November comes first
    assert (first.days, first.hours) == (2, 11.5)
    assert first.averages == pytest.approx((3.0, 2.5, 2.0, 3.5))
    assert first.average == pytest.approx(22 / 8)
    assert (second.participant_name, second.days, second.average) == (
        "Haddad, Omar",
        1,
        pytest.approx(8 / 3),
    )


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("placement") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def test_enrolment_is_the_one_running_on_that_date(demo):
    with demo.read() as session:
        enrolment = session.scalars(
            select(Enrolment).where(
                Enrolment.end_date.is_not(None), Enrolment.dropout_date.is_(None)
            )
        ).first()
        participant_id, start = enrolment.participant_id, enrolment.start_date
        expected = enrolment.id
    employer_id, _ = save_employer(demo, None, EmployerInput("Testbedrijf"))
    inside, _ = svc.record_placement_day(demo, _day(participant_id, employer_id, start))
    before, _ = svc.record_placement_day(
        demo, _day(participant_id, employer_id, dt.date(2000, 1, 3))
    )
    assert svc.get_placement_day(demo, inside).enrolment_id == expected
    assert svc.get_placement_day(demo, before).enrolment_id is None


def test_demo_has_employers_with_days(demo):
    from werkfit_desktop.services.employers import list_employers

    rows = [r for r in list_employers(demo) if r.days]
    assert rows
    result = svc.days_for_employer(demo, rows[0].id)
    assert result.summary.days == rows[0].days
    assert result.summary.participants == rows[0].participants
