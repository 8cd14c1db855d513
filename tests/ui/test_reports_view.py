"""The Reports area: choose a report and its subject, make the PDF (read back with pypdf)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from werkfit_desktop.domain import Participant
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.progress import SheetOptions
from werkfit_desktop.ui.dialogs import batch_export, cohort_overview_export, profile_export
from werkfit_desktop.ui.dialogs import progress_sheet_export as sheet_export
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.reports import ReportKind, ReportsView

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def view(demo, qtbot, settings, dutch):
    widget = ReportsView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    widget.today = lambda: TODAY
    widget.refresh()
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    return widget


@pytest.fixture
def saved(monkeypatch, tmp_path):
    """Every save question answered with a file in tmp_path; nothing opened for real."""
    for module in (sheet_export, profile_export, cohort_overview_export):
        monkeypatch.setattr(
            module, "choose_save_path", lambda parent, suggested: tmp_path / suggested.name
        )
        monkeypatch.setattr(module, "open_pdf", lambda path: True)
        monkeypatch.setattr(module, "show_error", lambda parent, text: pytest.fail(text))
    return tmp_path


def participant(db, consent: bool) -> Participant:
    with db.read() as session:
        found = session.scalars(
            select(Participant)
            .where(Participant.profile_consent.is_(consent))
            .order_by(Participant.participant_number)
        ).first()
        session.expunge(found)
    return found


def pick(view: ReportsView, participant_id: str) -> None:
    view.participant_picker.search.setText("")
    view.participant_picker.refresh()
    view.participant_picker.select(participant_id)
    assert view.participant_picker.participant_id() == participant_id


def test_the_area_replaces_the_coming_later_page(start_app, db_path):
    _startup, window = start_app(db_path)
    window.show_area("reports")
    assert window.views["reports"].isVisible()
    titles = [window.reports.kind_list.item(i).text() for i in range(4)]
    assert titles == [
        "Voortgangsrapportage",
        "Voortgangsrapportages van een groep",
        "Kandidaatprofiel voor een werkgever",
        "Groepsoverzicht",
    ]
    assert not window.reports.make_button.isEnabled()  # an empty database: nobody to report on
    assert window.reports.notice.text() == "Kies een deelnemer."


def test_progress_report_of_the_chosen_participant(view, demo, saved, monkeypatch):
    person = participant(demo, consent=False)
    monkeypatch.setattr(sheet_export, "ask_options", lambda parent, figures: SheetOptions())
    view.choose(ReportKind.PROGRESS_SHEET)
    view.participant_picker.search.setText(person.participant_number)
    view.participant_picker.refresh()
    assert view.participant_picker.list.count() == 1
    view.participant_picker.list.setCurrentRow(0)
    assert view.make_button.text() == "Voortgangsrapportage maken..."
    path = view.make_report()
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert person.last_name in text and person.participant_number in text


def test_candidate_profile_needs_consent(view, demo, saved):
    view.choose(ReportKind.PROFILE)
    refused = participant(demo, consent=False)
    pick(view, refused.id)
    assert not view.make_button.isEnabled()
    assert "geen toestemming" in view.notice.text()
    assert view.open_participant.isVisibleTo(view)
    requested = []
    view.participant_requested.connect(requested.append)
    view.open_participant.click()
    assert requested == [refused.id]

    allowed = participant(demo, consent=True)
    pick(view, allowed.id)
    assert view.make_button.isEnabled()
    assert allowed.profile_consent_on.strftime("%d-%m-%Y") in view.notice.text()
    assert not view.open_participant.isVisibleTo(view)
    path = view.make_report()
    assert allowed.last_name in PdfReader(path).pages[0].extract_text()


def test_progress_reports_of_the_ticked_members_only(view, demo, monkeypatch, tmp_path):
    monkeypatch.setattr(batch_export, "ask_combined", lambda parent: False)
    monkeypatch.setattr(batch_export, "choose_folder", lambda parent, suggested: tmp_path)
    results = []
    monkeypatch.setattr(
        batch_export, "show_result", lambda parent, folder, result, error: results.append(result)
    )
    view.choose(ReportKind.PROGRESS_SHEETS)
    picker = view.members_picker
    cohort = next(row for row in list_cohorts(demo, today=TODAY) if row.total_count >= 4)
    picker.select(cohort.id)
    assert picker.members.count() == cohort.total_count
    assert view.make_button.isEnabled()

    picker.none_button.click()
    assert not view.make_button.isEnabled()
    assert view.notice.text() == "Vink ten minste één deelnemer aan."
    for row in (0, 2):
        picker.members.item(row).setCheckState(Qt.CheckState.Checked)
    assert picker.count.text() == f"2 van {cohort.total_count} deelnemers gekozen"

    view.make_report()
    assert len(results) == 1 and not results[0].failed
    written = sorted(path.name for path in tmp_path.glob("*.pdf"))
    assert len(written) == 2
    assert all(name.startswith(cohort.code + "_") for name in written)


def test_cohort_overview_of_the_chosen_cohort(view, demo, saved):
    view.choose(ReportKind.COHORT_OVERVIEW)
    cohort = list_cohorts(demo, today=TODAY)[-1]
    view.cohort_picker.select(cohort.id)
    assert view.make_button.text() == "Groepsoverzicht maken..."
    path = view.make_report()
    assert cohort.code in PdfReader(path).pages[0].extract_text()


def test_the_chosen_kind_is_remembered(demo, qtbot, settings, dutch):
    first = ReportsView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    qtbot.addWidget(first)
    first.choose(ReportKind.COHORT_OVERVIEW)
    again = ReportsView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    qtbot.addWidget(again)
    assert again.current_kind() == ReportKind.COHORT_OVERVIEW
