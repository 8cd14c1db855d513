"""Certificates: the state rule around its boundaries (today controlled), valid-until derived
from the type and the exam date unless overridden, re-derivation when a type's validity
changes, the overview's filters, the cohort counts and diploma scans."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import Participant
from werkfit_desktop.domain.certificate import add_months, derive_valid_until
from werkfit_desktop.domain.certificate_state import CertificateState as S
from werkfit_desktop.domain.certificate_state import certificate_state
from werkfit_desktop.domain.enums import ExamResult
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import certificates as service
from werkfit_desktop.services import cohort_page, documents
from werkfit_desktop.services.certificates import CertificateInput, CertificateTypeInput
from werkfit_desktop.services.validation import ValidationFailed

TODAY = dt.date(2026, 11, 23)
P = ExamResult.PASSED


def state(valid_until, result=P, window=90):
    return certificate_state(result, dt.date(2020, 1, 1), valid_until, TODAY, window)


# ---------------------------------------------------------------- the state rule


def test_expires_today_is_still_valid_but_expiring_soon():
    assert state(TODAY) == S.EXPIRING_SOON


def test_expired_yesterday():
    assert state(TODAY - dt.timedelta(days=1)) == S.EXPIRED


def test_window_boundary_90_in_91_out():
    assert state(TODAY + dt.timedelta(days=90)) == S.EXPIRING_SOON
    assert state(TODAY + dt.timedelta(days=91)) == S.VALID
    assert state(TODAY + dt.timedelta(days=30), window=29) == S.VALID


def test_no_expiry_is_valid_and_other_results():
    assert state(None) == S.VALID
    assert state(None, ExamResult.PLANNED) == S.PLANNED
    assert state(TODAY, ExamResult.FAILED) == S.FAILED
    assert state(None, ExamResult.NO_SHOW) == S.FAILED


def test_leap_day_exam():
    leap = dt.date(2024, 2, 29)
    assert derive_valid_until(leap, 12) == dt.date(2025, 2, 28)
    assert derive_valid_until(leap, 48) == dt.date(2028, 2, 29)
    assert derive_valid_until(leap, None) is None


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1))


@given(days, days, st.integers(0, 400))
def test_state_of_a_passed_exam_follows_the_days_left(valid_until, today, window):
    got = certificate_state(P, None, valid_until, today, window)
    left = (valid_until - today).days
    if left < 0:
        assert got == S.EXPIRED
    elif left <= window:
        assert got == S.EXPIRING_SOON
    else:
        assert got == S.VALID


@given(days, st.integers(0, 600))
def test_derived_valid_until_is_valid_on_its_last_day_and_expired_the_day_after(exam, months):
    until = add_months(exam, months)
    assert until >= exam
    assert until.day <= exam.day
    assert certificate_state(P, exam, until, until, 0) == S.EXPIRING_SOON
    assert certificate_state(P, exam, until, until + dt.timedelta(days=1), 0) == S.EXPIRED


# ---------------------------------------------------------------- services on a fresh database


@pytest.fixture
def person(db) -> str:
    with db.write() as session:
        p = Participant(participant_number="D-000001", first_name="Şükrü", last_name="Yılmaz")
        session.add(p)
        session.flush()
        return p.id


@pytest.fixture
def vca(db) -> str:
    type_id, changes = service.save_type(db, None, CertificateTypeInput("VCA Basis", 120))
    assert type_id in changes.certificate_types
    return type_id


def test_standard_catalogue(db):
    service.add_standard_types(db)
    service.add_standard_types(db)  # twice adds nothing
    types = {t.name: t.default_validity_months for t in service.list_types(db)}
    assert types["VCA Basis"] == 120
    assert types["BHV"] == 12
    assert types["EHBO"] == 24
    assert types["NEN 3140"] == 36
    assert types["Taalniveau B1"] is None
    assert len(types) == len(service.STANDARD_TYPES)


def test_type_validation(db, vca):
    with pytest.raises(ValidationFailed) as failed:
        service.save_type(db, None, CertificateTypeInput("vca basis", 12))
    assert failed.value.errors[0].field == "name"
    with pytest.raises(ValidationFailed) as failed:
        service.save_type(db, None, CertificateTypeInput("  ", 601))
    assert {e.field for e in failed.value.errors} == {"name", "default_validity_months"}
    service.save_type(db, vca, CertificateTypeInput("VCA Basis", 0))  # itself is no clash
    service.set_type_active(db, vca, False)
    assert service.list_types(db, include_inactive=False) == []


def test_derivation_override_and_rederivation(db, person, vca):
    exam = dt.date(2024, 2, 29)
    derived_id, changes = service.record_certificate(
        db, person, CertificateInput(vca, exam, P, diploma_number=" 123 ", issuer="SVM")
    )
    assert person in changes.participants and derived_id in changes.certificates
    override_id, _ = service.record_certificate(
        db,
        person,
        CertificateInput(
            vca, exam, P, valid_until=dt.date(2027, 1, 1), valid_until_overridden=True
        ),
    )
    planned_id, _ = service.record_certificate(
        db, person, CertificateInput(vca, None, ExamResult.PLANNED)
    )
    got = service.get_certificate(db, derived_id)
    assert got.data.valid_until == dt.date(2034, 2, 28)
    assert got.data.diploma_number == "123"
    assert service.get_certificate(db, override_id).data.valid_until == dt.date(2027, 1, 1)
    assert service.get_certificate(db, planned_id).data.valid_until is None

    _, changes = service.save_type(db, vca, CertificateTypeInput("VCA Basis", 48))
    assert changes.certificates == {derived_id}
    assert service.get_certificate(db, derived_id).data.valid_until == dt.date(2028, 2, 29)
    assert service.get_certificate(db, override_id).data.valid_until == dt.date(2027, 1, 1)

    service.update_certificate(db, override_id, CertificateInput(vca, exam, ExamResult.FAILED))
    assert service.get_certificate(db, override_id).data.valid_until is None


def test_result_needs_an_exam_date(db, person, vca):
    with pytest.raises(ValidationFailed) as failed:
        service.record_certificate(db, person, CertificateInput(vca, None, P))
    assert failed.value.errors[0].field == "exam_date"
    assert service.participant_certificates(db, person, TODAY, 90) == []


def test_delete_and_undo(db, person, vca):
    cid, _ = service.record_certificate(db, person, CertificateInput(vca, TODAY, P))
    service.set_certificate_deleted(db, cid, True)
    assert service.certificate_overview(db, TODAY, 90) == []
    service.set_certificate_deleted(db, cid, False)
    assert [r.id for r in service.certificate_overview(db, TODAY, 90)] == [cid]


def test_overview_states_today_controlled(db, person, vca):
    bhv, _ = service.save_type(db, None, CertificateTypeInput("BHV", 12))
    year_ago = add_months(TODAY, -12)
    service.record_certificate(db, person, CertificateInput(bhv, year_ago, P))  # expires today
    service.record_certificate(db, person, CertificateInput(vca, TODAY, P))
    rows = service.certificate_overview(db, TODAY, 90)
    assert [(r.type_name, r.state) for r in rows] == [
        ("BHV", S.EXPIRING_SOON),
        ("VCA Basis", S.VALID),
    ]
    tomorrow = TODAY + dt.timedelta(days=1)
    assert service.certificate_overview(db, tomorrow, 90, state=S.EXPIRED)[0].type_name == "BHV"
    assert [
        r.type_name for r in service.certificate_overview(db, TODAY, 90, search="yilmaz bhv")
    ] == ["BHV"]
    assert service.certificate_overview(db, TODAY, 90, type_id=vca)[0].type_name == "VCA Basis"


def test_scan_attach_list_remove(db, person, vca, tmp_path):
    cid, _ = service.record_certificate(db, person, CertificateInput(vca, TODAY, P))
    scan = tmp_path / "diploma.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    doc_id, changes = documents.attach_certificate_scan(db, cid, scan)
    assert cid in changes.certificates and cid in changes.documents
    assert [d.filename for d in documents.list_certificate_scans(db, cid)] == ["diploma.png"]
    assert documents.document_bytes(db, doc_id)[2] == scan.read_bytes()
    assert service.certificate_overview(db, TODAY, 90)[0].has_scan
    documents.remove_certificate_scan(db, doc_id)
    assert not service.certificate_overview(db, TODAY, 90)[0].has_scan
    documents.restore_certificate_scan(db, doc_id)
    assert service.certificate_overview(db, TODAY, 90)[0].has_scan
    text = tmp_path / "diploma.txt"
    text.write_text("geen scan")
    with pytest.raises(ValidationFailed):
        documents.attach_certificate_scan(db, cid, text)


# ---------------------------------------------------------------- the demo region


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("certificates") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def test_demo_overview_filters_and_counts(demo):
    everything = service.certificate_overview(demo, DEMO_TODAY, 90)
    assert len(everything) == 132
    states = {r.state for r in everything}
    assert {S.EXPIRED, S.EXPIRING_SOON, S.VALID} <= states
    soon = service.certificate_overview(demo, DEMO_TODAY, 90, state=S.EXPIRING_SOON)
    assert soon and all(
        DEMO_TODAY <= r.valid_until <= DEMO_TODAY + dt.timedelta(days=90) for r in soon
    )
    counts = service.state_counts(demo, None, DEMO_TODAY, 90)
    assert sum(counts.values()) == 132
    assert counts[S.EXPIRING_SOON] == len(soon)

    cohort = next(
        r.cohort_id
        for r in _cohorts(demo)
        if service.certificate_overview(demo, DEMO_TODAY, 90, cohort_id=r.cohort_id)
    )
    in_cohort = service.certificate_overview(demo, DEMO_TODAY, 90, cohort_id=cohort)
    cohort_counts = service.state_counts(demo, cohort, DEMO_TODAY, 90)
    assert sum(cohort_counts.values()) == len(in_cohort) < 132
    page = cohort_page.cohort_page(demo, cohort, DEMO_TODAY)
    members = {m.participant_id for m in page.members}
    assert {r.participant_id for r in in_cohort} <= members
    expired = sum(1 for r in in_cohort if r.state == S.EXPIRED)
    assert sum(m.certificates_expired for m in page.members) == expired


def _cohorts(db):
    from sqlalchemy import select

    from werkfit_desktop.domain import Cohort

    with db.read() as session:
        return [type("C", (), {"cohort_id": i}) for i in session.scalars(select(Cohort.id))]


def test_a_type_whose_adding_was_undone_can_be_added_again(db):
    type_id, _ = service.save_type(db, None, CertificateTypeInput("Heftruck", 60))
    service.set_type_deleted(db, type_id, True)
    assert service.list_types(db) == []
    again, _ = service.save_type(db, None, CertificateTypeInput("heftruck", 48))
    assert again == type_id
    assert [(t.name, t.default_validity_months) for t in service.list_types(db)] == [
        ("heftruck", 48)
    ]
