"""Exporting the lists on the demo region, as a coordinator does: the participant list with a
search active (every match, nothing else), a cohort's participants, the certificates
overview and a job coach's caseload; the files are read back and compared with what the
views show. The save dialog and the messages are replaced (no modal dialog in a test)."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.caseload import caseload
from werkfit_desktop.services.participants import search_participants
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.ui.dialogs.current_staff import remember_staff_id
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.item_models.cohorts import C_CODE, M_ATTENDANCE, M_LATE, M_NAME
from werkfit_desktop.ui.tasks import InlineTaskRunner
from werkfit_desktop.ui.views.aftercare import AftercareView
from werkfit_desktop.ui.views.certificates import CertificatesView
from werkfit_desktop.ui.views.cohorts import CohortsView
from werkfit_desktop.ui.views.participants import ParticipantsView
from werkfit_desktop.ui.widgets import table_export


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("table_export_ui") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


class Dialogs:
    """Answers the save dialog with `answer` and keeps what the user would have been told."""

    def __init__(self, monkeypatch, answer: Path | None) -> None:
        self.answer, self.suggested, self.errors, self.done = answer, [], [], []
        monkeypatch.setattr(table_export, "choose_export_path", self.choose)
        monkeypatch.setattr(table_export, "show_export_error", lambda _p, t: self.errors.append(t))
        monkeypatch.setattr(table_export, "show_exported", lambda _p, t: self.done.append(t))

    def choose(self, _parent, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.answer


def shown(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def read_xlsx(path: Path) -> list[list]:
    return [list(row) for row in openpyxl.load_workbook(path).active.values]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_participant_list_exports_every_match_of_the_search(
    qtbot, demo, settings, dutch, tmp_path, monkeypatch
):
    view = ParticipantsView(demo, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(view)
    view.search.setText("an")
    matching = search_participants(demo, "an")
    assert 0 < len(matching) < len(search_participants(demo))
    dialogs = Dialogs(monkeypatch, tmp_path / "deelnemers")  # no suffix typed

    saved = view.export_button.export()

    assert saved == tmp_path / "deelnemers.xlsx"  # the default format
    rows = read_xlsx(saved)
    assert rows[0] == view.model.headers()
    assert [r[0] for r in rows[1:]] == shown(view.model, 0)  # the view's order
    assert sorted(r[0] for r in rows[1:]) == sorted(p.number for p in matching)
    assert all("an" in fold(r[1]) or "an" in fold(r[0]) for r in rows[1:])
    first = next(p for p in matching if p.number == rows[1][0])
    assert rows[1][1] == first.name
    assert rows[1][2] == dt.datetime.combine(first.date_of_birth, dt.time())  # a real date
    assert dialogs.suggested[0].name.startswith("Deelnemers ")
    assert dialogs.done and str(saved) in dialogs.done[0] and not dialogs.errors
    assert settings.value(table_export.FOLDER_KEY) == str(tmp_path)

    # As CSV the same participants; the next suggestion is the remembered folder and format.
    dialogs.answer = tmp_path / "deelnemers.csv"
    view.export_button.export()
    assert dialogs.suggested[1].parent == tmp_path
    assert dialogs.suggested[1].suffix == ".xlsx"
    lines = read_csv(tmp_path / "deelnemers.csv")
    assert [line[0] for line in lines[1:]] == [r[0] for r in rows[1:]]
    assert lines[1][2] == first.date_of_birth.strftime("%d-%m-%Y")
    assert view.export_button.export() and dialogs.suggested[2].suffix == ".csv"


def test_cohort_page_export_has_the_figures_the_table_shows(
    qtbot, demo, settings, dutch, tmp_path, monkeypatch
):
    view = CohortsView(
        demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner(), today=lambda: DEMO_TODAY
    )
    qtbot.addWidget(view)
    codes = shown(view.cohort_model, C_CODE)
    view.select_cohort_row(codes.index("WF-INST-2026-3"))
    panel = view.panel
    dialogs = Dialogs(monkeypatch, tmp_path / "groep.xlsx")

    panel.export_button.click()

    assert "WF-INST-2026-3" in dialogs.suggested[0].name
    assert settings.value(table_export.FOLDER_KEY) == str(tmp_path)  # the area's settings
    sheet = openpyxl.load_workbook(tmp_path / "groep.xlsx").active
    rows = list(sheet.values)
    assert list(rows[0]) == panel.model.headers()
    assert [r[M_NAME] for r in rows[1:]] == shown(panel.model, M_NAME)
    attendance = shown(panel.model, M_ATTENDANCE)
    late = shown(panel.model, M_LATE)
    for number, row in enumerate(rows[1:]):
        # "89,5 %" on screen is the number 0.895 shown as a percentage in Excel.
        assert f"{row[M_ATTENDANCE] * 100:.1f} %".replace(".", ",") == attendance[number]
        assert row[M_LATE] == int(late[number])
    cell = sheet.cell(row=2, column=M_ATTENDANCE + 1)
    assert cell.data_type == "n" and cell.number_format == "0.0%"
    assert any("ş" in r[M_NAME] or "ễ" in r[M_NAME] for r in rows[1:])  # names intact


def test_certificates_export_follows_the_filter_and_the_view(
    qtbot, demo, settings, dutch, tmp_path, monkeypatch
):
    view = CertificatesView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    qtbot.addWidget(view)
    view.state_filter.setCurrentIndex(view.state_filter.findData(CertificateState.EXPIRED))
    view.table.sortByColumn(view.model.column_of("valid_until"), Qt.SortOrder.DescendingOrder)
    Dialogs(monkeypatch, tmp_path / "certificaten.csv")

    view.export_button.export()

    lines = read_csv(tmp_path / "certificaten.csv")
    proxy = view.proxy
    on_screen = [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]
    assert lines[0] == [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert len(lines) - 1 == len(on_screen) > 0
    for line, seen in zip(lines[1:], on_screen, strict=True):
        assert line[:6] == seen[:6]  # number, name, certificate, exam date, result, state
        assert line[6] == seen[6].removesuffix(" *")  # the date, without the hand-entered mark


def test_caseload_export_has_the_shown_columns_and_real_dates(
    qtbot, demo, settings, dutch, tmp_path, monkeypatch
):
    coach = list_staff(demo, StaffRole.JOB_COACH)[0]
    remember_staff_id(settings, coach.id)
    view = AftercareView(demo, AppEvents(), QUndoStack(), settings, InlineTaskRunner())
    view.today = lambda: DEMO_TODAY
    view.refresh()
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    dialogs = Dialogs(monkeypatch, tmp_path / "caseload.xlsx")

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(dialogs.done))

    rows = read_xlsx(tmp_path / "caseload.xlsx")
    headers = view.model.headers()
    assert rows[0] == headers[:-1]  # the job coach column is hidden under 'All'
    expected = caseload(demo, coach.id, DEMO_TODAY)
    assert [r[0] for r in rows[1:]] == shown(view.model, 0)
    assert [r[1] for r in rows[1:]] == shown(view.model, 1)  # "17 dagen te laat"
    for row, line in zip(rows[1:], expected, strict=True):
        assert row[2] == (dt.datetime.combine(line.next_due, dt.time()) if line.next_due else None)


def test_a_failed_export_says_where_and_leaves_no_file(
    qtbot, demo, settings, dutch, tmp_path, monkeypatch
):
    view = ParticipantsView(demo, AppEvents(), QUndoStack(), settings)
    qtbot.addWidget(view)
    missing = tmp_path / "weg" / "deelnemers.xlsx"
    dialogs = Dialogs(monkeypatch, missing)

    assert view.export_button.export() is None

    assert len(dialogs.errors) == 1 and str(missing.parent) in dialogs.errors[0]
    assert not dialogs.done and not missing.parent.exists()
    assert settings.value(table_export.FOLDER_KEY) is None
    # The other ways a disk says no, each naming the file.
    full = table_export.error_text(missing, OSError(errno.ENOSPC, "No space left on device"))
    locked = table_export.error_text(missing, PermissionError(errno.EACCES, "Permission denied"))
    assert str(missing) in full and str(missing) in locked and full != locked
