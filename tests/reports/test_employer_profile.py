"""The employer profile (kandidaatprofiel) read back as an employer would: the candidate's
name exactly as written, strengths first, one page, and none of the sensitive parts
(barriers, coaching notes, date of birth). Without consent there is no profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil

import pytest
from pypdf import PdfReader

from werkfit_desktop.domain import Barrier, CoachingNote
from werkfit_desktop.domain.enums import BarrierKind, ContactType
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.reports.employer_profile import build_employer_profile
from werkfit_desktop.services.certificates import participant_certificates
from werkfit_desktop.services.participants import get_participant, update_participant
from werkfit_desktop.services.profile import employer_profile_data, find_participant
from werkfit_desktop.services.validation import ValidationFailed

TODAY = dt.date(2026, 11, 23)
BARRIER = "BARRIERE-MARKER-7731 schulden bij de gemeente"
NOTE = "NOTITIE-MARKER-4412 gesprek over thuissituatie"
AGREEMENT = "AFSPRAAK-MARKER-9902"
BIRTH = dt.date(1988, 7, 13)


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    """The demo with D-000003 renamed with diacritics, a barrier, a coaching note and a birth
    date; and a participant without consent."""
    path = tmp_path_factory.mktemp("profile") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    pid = find_participant(db, "D-000003")
    data = get_participant(db, pid).data
    update_participant(
        db,
        pid,
        dataclasses.replace(
            data,
            first_name="Şükrü",
            preferred_name=None,
            name_particle=None,
            last_name="Yılmaz-Nguyễn",
            date_of_birth=BIRTH,
            profile_consent=True,
            profile_consent_on=dt.date(2026, 2, 18),
        ),
    )
    with db.write() as session:
        session.add(Barrier(participant_id=pid, kind=BarrierKind.DEBTS, note=BARRIER))
        session.add(
            CoachingNote(
                participant_id=pid,
                contact_at=dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC),
                contact_type=ContactType.VISIT,
                discussed=NOTE,
                agreements=AGREEMENT,
            )
        )
    other = find_participant(db, "D-000004")
    update_participant(
        db, other, dataclasses.replace(get_participant(db, other).data, profile_consent=False)
    )
    yield db, pid, other
    db.close()


def _pdf(db, pid) -> tuple[PdfReader, str]:
    buffer = io.BytesIO()
    build_employer_profile(employer_profile_data(db, pid, TODAY), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_profile_is_one_page_with_the_exact_name_and_strengths(demo):
    db, pid, _other = demo
    reader, text = _pdf(db, pid)
    assert len(reader.pages) == 1
    assert "Şükrü Yılmaz-Nguyễn" in text
    profile = employer_profile_data(db, pid, TODAY)
    assert profile.skills, "the demo observed this participant's skills"
    for skill in profile.skills:
        assert skill.name in text
    assert profile.evaluation.days > 0
    assert profile.evaluation.comments[0][2] in text
    valid = [
        c.type_name
        for c in participant_certificates(db, pid, TODAY, 60)
        if c.state.value in ("valid", "expiring_soon")
    ]
    assert valid and all(name in text for name in valid)
    # strengths first: the best skill comes before the certificates and the availability
    assert text.index(profile.skills[0].name) < text.index(valid[0])
    assert "Pagina 1 van 1" in text
    assert reader.metadata.author == profile.organisation


def test_profile_leaves_out_everything_sensitive(demo):
    db, pid, _other = demo
    _reader, text = _pdf(db, pid)
    for marker in ("BARRIERE-MARKER", "NOTITIE-MARKER", "AFSPRAAK-MARKER", "schulden"):
        assert marker not in text
    assert "13-07-1988" not in text
    assert "1988" not in text


def test_profile_is_refused_without_consent_in_dutch(demo):
    db, _pid, other = demo
    with pytest.raises(ValidationFailed) as refused:
        employer_profile_data(db, other, TODAY)
    message = refused.value.errors[0].message()
    assert message.endswith("heeft geen toestemming gegeven om een profiel met werkgevers te delen.")
    assert "Postma" in message
