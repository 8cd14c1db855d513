"""The three pages of the import wizard: choose the file, check it, import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from werkfit_desktop.persistence.backup import make_backup
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.importing import (
    ImportKind,
    ImportRefused,
    apply_import,
    detect_kind,
    preview_file,
    write_template,
)
from werkfit_desktop.services.programmes import get_programme
from werkfit_desktop.ui.backup_scheduler import configured_folder
from werkfit_desktop.ui.tasks import Cancelled

DETAIL_LINES = 500  # lines of "will be created/updated" shown; the rest is counted


class ChoosePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file or Excel workbook with participants, an attendance grid, "
                "certificates, or a cohort workbook exported by Werkfit Desktop. Nothing is "
                "written until you have seen the check and pressed Import."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.on_browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(choose what the file holds)"), "")
        from werkfit_desktop.ui.dialogs.import_wizard import kind_label

        for kind in ImportKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setObjectName("muted")
        self.cohort_combo = QComboBox()
        self.module_combo = QComboBox()
        self.private_box = QCheckBox(self.tr("Also import private coaching notes"))
        self.template_button = QPushButton(self.tr("Save a &template to fill in..."))
        self.template_button.setToolTip(
            self.tr("An Excel workbook with the right column names and one example row")
        )
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Contents:"), self.kind_combo)
        form.addRow("", self.detected)
        form.addRow(self.tr("C&ohort:"), self.cohort_combo)
        form.addRow(self.tr("&Module for new sessions:"), self.module_combo)
        form.addRow("", self.private_box)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        templates = QHBoxLayout()
        templates.addStretch(1)
        templates.addWidget(self.template_button)
        layout.addLayout(templates)
        self.path_edit.editingFinished.connect(self.detect)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.cohort_combo.currentIndexChanged.connect(self._fill_modules)
        self.template_button.clicked.connect(self.on_template)
        self._fill_cohorts()
        self._kind_changed()

    def _fill_cohorts(self) -> None:
        rows = list_cohorts(self.w.db)
        self._cohort_rows = {row.id: row for row in rows}
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for row in rows:
            self.cohort_combo.addItem(f"{row.code} — {row.programme_name}", row.id)
        self.cohort_combo.blockSignals(False)

    def _fill_modules(self) -> None:
        self.module_combo.clear()
        row = self._cohort_rows.get(self.cohort_combo.currentData())
        if row is None:
            return
        for module in get_programme(self.w.db, row.programme_id).modules:
            self.module_combo.addItem(module.name, module.id)

    def kind(self) -> ImportKind | None:
        data = self.kind_combo.currentData()
        return ImportKind(data) if data else None

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _kind_changed(self) -> None:
        kind = self.kind()
        attendance = kind == ImportKind.ATTENDANCE
        for widget in (self.cohort_combo, self.module_combo):
            widget.setVisible(attendance)
            self.form.labelForField(widget).setVisible(attendance)
        if attendance and self.module_combo.count() == 0:
            self._fill_modules()
        self.private_box.setVisible(kind == ImportKind.WORKBOOK)
        self.template_button.setEnabled(kind is not None and kind != ImportKind.WORKBOOK)
        self.completeChanged.emit()

    def detect(self) -> ImportKind | None:
        path = self.path()
        if not path.is_file():
            self.detected.setText(
                self.tr("There is no file %1.").replace("%1", str(path)) if str(path) != "." else ""
            )
            return None
        kind = detect_kind(path)
        if kind is None:
            self.detected.setText(
                self.tr("Not recognised from the column names: choose what the file holds.")
            )
        else:
            from werkfit_desktop.ui.dialogs.import_wizard import kind_label

            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
            self.detected.setText(self.tr("Recognised as: %1").replace("%1", kind_label(kind)))
        return kind

    def on_browse(self) -> None:
        path = choose_file(self, self.w.folder())
        if path is not None:
            self.path_edit.setText(str(path))
            self.w.remember_folder(Path(path))
            self.detect()

    def on_template(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        names = {
            ImportKind.PARTICIPANTS: self.tr("participants template.xlsx"),
            ImportKind.ATTENDANCE: self.tr("attendance template.xlsx"),
            ImportKind.CERTIFICATES: self.tr("certificates template.xlsx"),
        }
        path = choose_template_path(self, self.w.folder() / names[kind])
        if path is None:
            return
        try:
            write_template(kind, path)
        except (OSError, ValueError) as exc:
            show_error(
                self,
                self.tr("The template cannot be saved as %1: %2")
                .replace("%1", str(path))
                .replace("%2", getattr(exc, "strerror", None) or str(exc)),
            )

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        kind = self.kind()
        if not self.path().is_file() or kind is None:
            return False
        return kind != ImportKind.ATTENDANCE or bool(self.cohort_combo.currentData())


class CheckPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.progress = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self.bar = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.all_radio = QRadioButton(
            self.tr("All or nothing: import only when no row has a problem")
        )
        self.skip_radio = QRadioButton(self.tr("Import everything except the rows listed as wrong"))
        self.all_radio.setChecked(True)
        for radio in (self.all_radio, self.skip_radio):
            radio.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.skip_radio)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.w.preview = None
        self.summary.setText(self.tr("Reading and checking %1…").replace("%1", self.w.path.name))
        self.problems.setRowCount(0)
        self.details.clear()
        self.bar.setRange(0, 0)
        self.bar.show()
        choose = self.w.choose_page
        w = self.w
        kind, path = w.kind, w.path
        cohort_code = None
        module = None
        if kind == ImportKind.ATTENDANCE:
            row = choose._cohort_rows.get(choose.cohort_combo.currentData())
            cohort_code = row.code if row else None
            module = choose.module_combo.currentData()
        private = choose.private_box.isChecked()

        def work(progress):
            self.progress = progress
            return preview_file(w.db, path, kind, cohort_code, module, private, progress)

        task = w.tasks.start(work, self._checked, self._failed, self._progressed)
        if task is not None:
            self.progress = task.progress

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.progress = None
        self.bar.hide()
        if isinstance(error, Cancelled):
            return
        self.summary.setText(self.tr("The file could not be checked: %1").replace("%1", str(error)))

    def _checked(self, preview) -> None:
        self.progress = None
        self.bar.hide()
        self.w.preview = preview
        self.summary.setText(summary_text(preview))
        self.problems.setRowCount(len(preview.problems))
        for row, problem in enumerate(preview.problems):
            cells = [
                where_text(problem) or self.tr("whole file"),
                problem.column or "",
                problem.message(QCoreApplication.translate),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        self.problems.setVisible(bool(preview.problems))
        self.problems.resizeRowsToContents()
        self.details.setPlainText(details_text(preview))
        has_bad_rows = bool(preview.bad_rows)
        self.skip_radio.setEnabled(has_bad_rows and preview.can_import)
        self.all_radio.setEnabled(preview.can_import)
        if not has_bad_rows:
            self.all_radio.setChecked(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        preview = self.w.preview
        if preview is None or not preview.can_import:
            return False
        if self.skip_radio.isChecked():
            return True
        return not preview.problems


class DonePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.progress = None
        self.finished_import = False
        self.setTitle(self.tr("Import"))
        self.bar = QProgressBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.finished_import = False
        self.backup = None
        self.message.setText(self.tr("Importing…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        w = self.w
        preview, mode = w.preview, w.mode

        folder = configured_folder(w.settings)

        def work(progress):
            self.progress = progress
            if w.db.path is not None:  # restoring this copy undoes the import
                self.backup = make_backup(w.db.path, "import", folder)
            return apply_import(w.db, preview, mode, progress)

        task = w.tasks.start(work, self._imported, self._failed, self._progressed)
        if task is not None:
            self.progress = task.progress

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _imported(self, result) -> None:
        self.progress = None
        self.bar.hide()
        self.w.result = result
        self.finished_import = True
        text = (
            self.tr("Imported: %1 new, %2 updated, %3 skipped.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
        )
        left_out = sorted(self.w.preview.bad_rows, key=lambda r: (r[0] or "", r[1]))
        if left_out:
            text += "\n" + self.tr("Not imported because of a problem: %1").replace(
                "%1", ", ".join(where_text(_Where(sheet, row)) for sheet, row in left_out[:50])
            )
            if len(left_out) > 50:
                text += " …"
        if self.backup is not None:
            text += "\n" + self.tr("A backup was made first: %1").replace(
                "%1", str(self.backup.path)
            )
        self.message.setText(text)
        self.w.events.publish(result.changes, None)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.progress = None
        self.bar.hide()
        self.finished_import = True
        if isinstance(error, Cancelled):
            text = self.tr("Cancelled: nothing was imported.")
        elif isinstance(error, ImportRefused):
            lines = error.lines(QCoreApplication.translate)
            text = self.tr("Nothing was imported:") + "\n" + "\n".join(lines[:20])
        else:
            text = self.tr("Nothing was imported: %1").replace("%1", str(error))
        self.message.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.finished_import


class _Where:
    def __init__(self, sheet: str | None, row: int | None) -> None:
        self.sheet, self.row = sheet, row


def where_text(problem) -> str:
    """'sheet Sessies, row 7' / 'row 4' / '' (the column has its own cell)."""
    parts = []
    if problem.sheet:
        parts.append(
            QCoreApplication.translate("Import", "sheet {sheet}").format(sheet=problem.sheet)
        )
    if problem.row is not None:
        parts.append(QCoreApplication.translate("Import", "row {row}").format(row=problem.row))
    return ", ".join(parts)


def summary_text(preview) -> str:
    parts = [
        QCoreApplication.translate(
            "ImportWizard", "%1 rows read: %2 new, %3 to update, %4 unchanged or skipped."
        )
        .replace("%1", str(preview.rows))
        .replace("%2", str(len(preview.creates)))
        .replace("%3", str(len(preview.updates)))
        .replace("%4", str(len(preview.skips)))
    ]
    if preview.file_problems:
        parts.append(QCoreApplication.translate("ImportWizard", "The file cannot be imported:"))
    elif preview.problems:
        parts.append(
            QCoreApplication.translate("ImportWizard", "%1 problems in %2 rows: see below.")
            .replace("%1", str(len(preview.problems)))
            .replace("%2", str(len(preview.bad_rows)))
        )
    else:
        parts.append(QCoreApplication.translate("ImportWizard", "No problems found."))
    if preview.unknown_columns:
        parts.append(
            QCoreApplication.translate(
                "ImportWizard", "These columns are not known and are ignored: %1"
            ).replace("%1", ", ".join(preview.unknown_columns))
        )
    return "\n".join(parts)


def details_text(preview) -> str:
    lines: list[str] = []
    for title, items in (
        (QCoreApplication.translate("ImportWizard", "New:"), preview.creates),
        (QCoreApplication.translate("ImportWizard", "To update:"), preview.updates),
        (QCoreApplication.translate("ImportWizard", "Unchanged or skipped:"), preview.skips),
    ):
        if not items:
            continue
        lines.append(title)
        lines.extend("  " + item for item in items[:DETAIL_LINES])
        if len(items) > DETAIL_LINES:
            lines.append(
                "  "
                + QCoreApplication.translate("ImportWizard", "… and %1 more").replace(
                    "%1", str(len(items) - DETAIL_LINES)
                )
            )
    return "\n".join(lines)


# overridable (tests replace these) -------------------------------------------------------
def choose_file(parent: QWidget | None, folder: Path) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Choose the file to import"),
        str(folder),
        QCoreApplication.translate(
            "ImportWizard", "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"
        ),
    )
    return Path(name) if name else None


def choose_template_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Save template"),
        str(suggested),
        QCoreApplication.translate(
            "ImportWizard", "Excel workbook (*.xlsx);;CSV (semicolon, Excel) (*.csv)"
        ),
    )
    return Path(name) if name else None


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ImportWizard", "Import"), text)
