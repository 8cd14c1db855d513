"""Creating or editing a programme: name, sector, planned weeks, description, and its
ordered modules (name, number of sessions, the certificate it leads to). Keyboard: Tab
through a module's fields, Ctrl+Up/Ctrl+Down moves the current module, Alt+T adds one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.cohorts import OrganisationRow
from werkfit_desktop.services.programmes import (
    MAX_SESSIONS,
    MAX_WEEKS,
    CertificateTypeRow,
    ModuleInput,
    ProgrammeInput,
    module_field,
)
from werkfit_desktop.services.validation import FieldError
from werkfit_desktop.ui.dialogs.cohort_forms import SubmitDialog

_CURRENT_STYLE = "font-weight: 600; color: #2f6f8f;"


class _ModuleRow:
    def __init__(
        self, number: QLabel, name: QLineEdit, sessions: QSpinBox, kind: QComboBox, info: QLabel
    ):
        self.number, self.name, self.sessions, self.kind, self.info = (
            number,
            name,
            sessions,
            kind,
            info,
        )

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.sessions, self.kind)


class ProgrammeEditorDialog(SubmitDialog):
    def __init__(
        self,
        certificate_types: list[CertificateTypeRow],
        organisations: list[OrganisationRow],
        submit: Callable[[ProgrammeInput], object],
        initial: ProgrammeInput | None = None,
        session_counts: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._types = certificate_types
        self._session_counts = dict(session_counts or {})
        self._modules: list[ModuleInput] = []
        self._rows: list[_ModuleRow] = []
        self.current = -1
        editing = initial is not None and bool(initial.name)
        self.setWindowTitle(self.tr("Edit programme") if editing else self.tr("New programme"))
        self.resize(760, 640)

        self.name = QLineEdit()
        self.sector = QLineEdit()
        self.sector.setPlaceholderText(self.tr("e.g. installation technology, care"))
        self.weeks = QSpinBox()
        self.weeks.setRange(0, MAX_WEEKS)
        self.weeks.setSpecialValueText(self.tr("(not set)"))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setMaximumWidth(160)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(shared by all organisations)"), None)
        for row in organisations:
            self.organisation.addItem(row.name, row.id)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)
        form = QFormLayout()
        for key, text, widget in (
            ("name", self.tr("Name *"), self.name),
            ("sector", self.tr("Sector"), self.sector),
            ("planned_weeks", self.tr("Planned duration"), self.weeks),
            ("organisation_id", self.tr("Organisation"), self.organisation),
            ("description", self.tr("Description"), self.description),
        ):
            form.addRow(text, self.register(key, text, widget))

        # the modules
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.empty = QLabel(self.tr("No modules yet. Add the first one with 'Add module' (Alt+T)."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add module"))
        self.add_button.setShortcut(QKeySequence("Alt+T"))
        self.add_button.clicked.connect(lambda: self.add_module())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_module(self.current))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the module up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_module(self.current, -1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the module down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_module(self.current, 1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("countLabel")
        self.modules_box = QGroupBox(self.tr("Modules (training blocks), in order"))
        self.register("modules", "", self.modules_box)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.module_stack = QStackedWidget()
        self.module_stack.addWidget(scroll)
        self.module_stack.addWidget(self.empty)
        box = QVBoxLayout(self.modules_box)
        box.addWidget(self.module_stack, 1)
        box.addLayout(buttons)
        box.addWidget(self.total)

        self.ok_button.setText(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.modules_box, 1)
        layout.addWidget(self.buttons)
        self.set_input(initial or ProgrammeInput(name=""))
        self.name.setFocus()

    # data in and out -----------------------------------------------------------------
    def set_input(self, data: ProgrammeInput) -> None:
        self.name.setText(data.name)
        self.sector.setText(data.sector or "")
        self.weeks.setValue(data.planned_weeks or 0)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(data.organisation_id)))
        self.description.setPlainText(data.description or "")
        self._modules = list(data.modules)
        self._rebuild(0 if self._modules else -1)

    def value(self) -> ProgrammeInput:
        self._sync()
        return ProgrammeInput(
            name=self.name.text(),
            sector=self.sector.text(),
            planned_weeks=self.weeks.value() or None,
            description=self.description.toPlainText(),
            organisation_id=self.organisation.currentData(),
            modules=tuple(self._modules),
        )

    def collect(self) -> tuple[ProgrammeInput, list[FieldError]]:
        return self.value(), []

    # editing the module list ---------------------------------------------------------
    def add_module(
        self, name: str = "", sessions: int = 1, certificate_type_id: str | None = None
    ) -> None:
        self._sync()
        at = self.current + 1 if 0 <= self.current < len(self._modules) else len(self._modules)
        self._modules.insert(at, ModuleInput(name, sessions, certificate_type_id))
        self._rebuild(at)
        self._rows[at].name.setFocus()

    def remove_module(self, index: int) -> None:
        if not 0 <= index < len(self._modules):
            return
        self._sync()
        del self._modules[index]
        self._rebuild(min(index, len(self._modules) - 1))
        if self._rows:
            self._rows[self.current].name.setFocus()

    def move_module(self, index: int, delta: int) -> None:
        target = index + delta
        if not (0 <= index < len(self._modules) and 0 <= target < len(self._modules)):
            return
        self._sync()
        focused = next((n for n, w in enumerate(self._rows[index].widgets()) if w.hasFocus()), 0)
        self._modules[index], self._modules[target] = self._modules[target], self._modules[index]
        self._rebuild(target)
        self._rows[target].widgets()[focused].setFocus()

    def module_names(self) -> list[str]:
        self._sync()
        return [m.name for m in self._modules]

    def row(self, index: int) -> _ModuleRow:
        return self._rows[index]

    def _sync(self) -> None:
        """Read the row widgets back into the module list."""
        for index, row in enumerate(self._rows):
            self._modules[index] = replace(
                self._modules[index],
                name=row.name.text(),
                planned_sessions=row.sessions.value(),
                certificate_type_id=row.kind.currentData(),
            )

    def _rebuild(self, current: int) -> None:
        for row in self._rows:
            for widget in (row.number, *row.widgets(), row.info):
                widget.removeEventFilter(self)
                self.grid.removeWidget(widget)
                widget.setParent(None)
                widget.deleteLater()
        self._rows = []
        for key in [k for k in self.fields if k.startswith("module:")]:
            del self.fields[key]
        if self.grid.count() == 0:
            for column, text in enumerate(
                ("#", self.tr("Module"), self.tr("Sessions"), self.tr("Leads to certificate"), "")
            ):
                header = QLabel(text)
                header.setObjectName("muted")
                self.grid.addWidget(header, 0, column)
        for index, module in enumerate(self._modules):
            row = self._make_row(index, module)
            self._rows.append(row)
            for column, widget in enumerate((row.number, *row.widgets(), row.info)):
                self.grid.addWidget(widget, index + 1, column)
        self.grid.setRowStretch(len(self._modules) + 1, 1)
        # Tab order follows the rows, the module buttons after the last one.
        previous: QWidget = self.description
        for row in self._rows:
            for widget in row.widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_button)
        self.module_stack.setCurrentIndex(0 if self._modules else 1)
        self._set_current(current)
        self._update_total()

    def _make_row(self, index: int, module: ModuleInput) -> _ModuleRow:
        number = QLabel(f"{index + 1}.")
        name = QLineEdit(module.name)
        name.setPlaceholderText(self.tr("Name of the module"))
        sessions = QSpinBox()
        sessions.setRange(1, MAX_SESSIONS)
        sessions.setValue(max(1, min(MAX_SESSIONS, module.planned_sessions or 1)))
        sessions.valueChanged.connect(self._update_total)
        kind = QComboBox()
        kind.addItem(self.tr("(none)"), None)
        for row in self._types:
            if row.active or row.id == module.certificate_type_id:
                kind.addItem(row.name, row.id)
        kind.setCurrentIndex(max(0, kind.findData(module.certificate_type_id)))
        count = self._session_counts.get(module.id or "", 0)
        info = QLabel(self.tr("%n scheduled", "", count) if count else "")
        info.setObjectName("muted")
        if count:
            info.setToolTip(self.tr("This module has sessions planned and cannot be removed."))
        row = _ModuleRow(number, name, sessions, kind, info)
        self.register(module_field(index, "name"), "", name)
        self.register(module_field(index, "planned_sessions"), "", sessions)
        for widget in row.widgets():
            widget.installEventFilter(self)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Ctrl+Up/Ctrl+Down move the module, before a spin box or combo box takes the key.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            row = self._row_of(watched)
            self.move_module(
                self.current if row < 0 else row, -1 if event.key() == Qt.Key.Key_Up else 1
            )
            return True
        if event.type() == QEvent.Type.FocusIn and self._row_of(watched) >= 0:
            self._set_current(self._row_of(watched))
        return super().eventFilter(watched, event)

    def _row_of(self, widget: QObject) -> int:
        return next((n for n, row in enumerate(self._rows) if widget in row.widgets()), -1)

    def _set_current(self, index: int) -> None:
        self.current = index if 0 <= index < len(self._rows) else -1
        for number, row in enumerate(self._rows):
            row.number.setStyleSheet(_CURRENT_STYLE if number == self.current else "")
        has = self.current >= 0
        module = self._modules[self.current] if has else None
        in_use = bool(module and self._session_counts.get(module.id or "", 0))
        self.remove_button.setEnabled(has and not in_use)
        self.remove_button.setToolTip(
            self.tr("This module has sessions planned and cannot be removed.") if in_use else ""
        )
        self.up_button.setEnabled(has and self.current > 0)
        self.down_button.setEnabled(has and self.current < len(self._rows) - 1)

    def _update_total(self, *_args) -> None:
        sessions = sum(row.sessions.value() for row in self._rows)
        self.total.setText(
            self.tr("Total: %1 in %2")
            .replace("%1", self.tr("%n session(s)", "", sessions))
            .replace("%2", self.tr("%n module(s)", "", len(self._rows)))
        )
