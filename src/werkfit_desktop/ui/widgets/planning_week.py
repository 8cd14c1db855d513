"""The week as a list grouped by day: a heading row per day (with its holiday or closing
day) and the day's sessions under it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from werkfit_desktop.ui.item_models.planning import (
    COL_COHORT,
    COL_MODULE,
    COL_STATUS,
    COL_TIME,
    COL_TRAINER,
    WeekModel,
)


class WeekView(QTreeView):
    def __init__(self, model: WeekModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.header()
        header.setStretchLastSection(True)  # the location takes what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (COL_TIME, COL_COHORT, COL_TRAINER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_MODULE, 230)
        header.resizeSection(COL_STATUS, 150)

    def show_days(self) -> None:
        """After loading a week: day headings across all columns, every day open, and the
        status column only when a session has a status (the location gets the room)."""
        model: WeekModel = self.model()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expandAll()
        with_status = any(s.cancelled or s.double_booked for s in model.sessions())
        self.setColumnHidden(COL_STATUS, not with_status)
        if with_status and self.header().sectionSize(COL_STATUS) < 60:
            self.header().resizeSection(COL_STATUS, 150)
