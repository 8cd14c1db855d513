"""The building blocks of the Overzicht: a titled section with a read-only table (and,
for the charts, a "Table" toggle that shows the same numbers as the chart), and an empty
state that says what to do next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Cell:
    text: str
    number: bool = False  # right-aligned


class OverviewTable(QTableWidget):
    """A read-only table; every row carries an id (a cohort's or a participant's) that
    `row_activated` emits on double-click or Enter."""

    row_activated = Signal(str)

    def __init__(
        self, headers: Sequence[str], stretch: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.itemDoubleClicked.connect(self._activate)

    def set_rows(self, rows: Sequence[tuple[str | None, Sequence[Cell]]]) -> None:
        self.setRowCount(len(rows))
        for r, (key, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell.text)
                item.setData(ID_ROLE, key)
                item.setToolTip(cell.text)  # the whole text where the column cuts it off
                if cell.number:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)

    def cell_texts(self) -> list[list[str]]:
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]

    def _activate(self, item: QTableWidgetItem) -> None:
        key = item.data(ID_ROLE)
        if key:
            self.row_activated.emit(key)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activate(self.currentItem())
            return
        super().keyPressEvent(event)


class OverviewSection(QFrame):
    """A title, then the chart (if any) or the table, or the empty-state text."""

    def __init__(
        self,
        title: str,
        table: OverviewTable,
        chart: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.table = table
        self.chart = chart
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.table_button: QPushButton | None = None
        if chart is not None:
            self.table_button = QPushButton(self.tr("Table"))
            self.table_button.setCheckable(True)
            self.table_button.setToolTip(self.tr("Show the chart's numbers as a table"))
            self.table_button.toggled.connect(self.show_table)
            top.addWidget(self.table_button)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        if chart is not None:
            self.stack.addWidget(chart)
        self.stack.addWidget(table)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(60)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

    def show_table(self, on: bool) -> None:
        if self.stack.currentWidget() is self.empty:
            return
        self.stack.setCurrentWidget(self.table if on or self.chart is None else self.chart)

    def set_empty(self, text: str | None) -> None:
        """Show `text` instead of the chart and table; None shows the content again."""
        if text:
            self.empty.setText(text)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.chart or self.table)
            self.show_table(bool(self.table_button and self.table_button.isChecked()))
        if self.table_button is not None:
            self.table_button.setEnabled(not text)
