"""A programme at a glance: its fields and its modules in order, with the actions edit,
copy and start a cohort of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.services.programmes import ProgrammeDetails

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ProgrammePanel(QWidget):
    edit_requested = Signal()
    new_cohort_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: ProgrammeDetails | None = None
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)

        self.edit_button = QPushButton(self.tr("Edit p&rogramme..."))
        self.edit_button.clicked.connect(self.edit_requested)
        self.cohort_button = QPushButton(self.tr("New cohort of this programme..."))
        self.cohort_button.clicked.connect(self.new_cohort_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.cohort_button)

        self.modules = QTableWidget(0, 5)
        self.modules.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Module"),
                self.tr("Sessions"),
                self.tr("Certificate"),
                self.tr("Scheduled"),
            ]
        )
        self.modules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.modules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modules.setAlternatingRowColors(True)
        self.modules.verticalHeader().hide()
        self.modules.verticalHeader().setDefaultSectionSize(26)
        header = self.modules.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.modules.horizontalHeaderItem(4).setToolTip(
            self.tr("Sessions of this module already scheduled in cohorts")
        )
        self.modules.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.description)
        layout.addLayout(actions)
        layout.addWidget(self.modules, 1)
        layout.addWidget(self.summary)

    def show_programme(self, details: ProgrammeDetails, organisation_name: str | None) -> None:
        self.details = details
        self.title.setText(details.name)
        parts = [details.sector or self.tr("no sector")]
        if details.planned_weeks:
            parts.append(self.tr("%n week(s)", "", details.planned_weeks))
        parts.append(organisation_name or self.tr("shared by all organisations"))
        if details.copied_from_name:
            parts.append(self.tr("copied from %1").replace("%1", details.copied_from_name))
        self.subtitle.setText(" · ".join(parts))
        self.description.setText(details.description or "")
        self.description.setVisible(bool(details.description))
        self.modules.setRowCount(len(details.modules))
        for row, module in enumerate(details.modules):
            planned = str(module.session_count) if module.session_count else ""
            values = (
                str(module.position),
                module.name,
                str(module.planned_sessions),
                module.certificate_type_name or "",
                planned,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 2, 4):
                    item.setTextAlignment(_RIGHT)
                if column == 1 and module.description:
                    item.setToolTip(module.description)
                self.modules.setItem(row, column, item)
        self.summary.setText(
            self.tr("%n module(s)", "", len(details.modules))
            + " · "
            + self.tr("%n session(s) in total", "", details.planned_sessions)
            + " · "
            + self.tr("%n cohort(s)", "", details.cohort_count)
        )
