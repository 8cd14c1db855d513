"""The configurable list of observed skills: rename (F2 or double-click), reorder, add, switch
off. Skills are never deleted: switched off, they leave the grid and keep their observations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import skills as service
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import ValidationFailed

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SkillListDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changes = Changes()
        self.setWindowTitle(self.tr("Skills to observe"))
        intro = QLabel(
            self.tr(
                "The skills in the observation grid, in this order. Rename with F2 or a "
                "double-click; untick a skill to switch it off (its observations are kept). "
                "Punctuality suggestions go to the skill named 'Op tijd komen'."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for skill in service.skills(db, include_inactive=True):
            self._add_item(skill.name, skill.id, skill.active)
        if self.list.count():
            self.list.setCurrentRow(0)

        self.add_button = QPushButton(self.tr("&Add skill"))
        self.add_button.clicked.connect(self.add_skill)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _add_item(self, name: str, skill_id: str | None, active: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setData(ID_ROLE, skill_id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        item.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        return item

    def add_skill(self) -> None:
        item = self._add_item(self.tr("New skill"), None, True)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def edits(self) -> list[service.SkillEdit]:
        return [
            service.SkillEdit(
                item.data(ID_ROLE), item.text(), item.checkState() == Qt.CheckState.Checked
            )
            for item in (self.list.item(row) for row in range(self.list.count()))
        ]

    def save(self) -> None:
        try:
            self.changes = service.save_skill_list(self.db, self.edits())
        except ValidationFailed as failed:
            self.error_label.setText(
                "\n".join(e.message(QCoreApplication.translate) for e in failed.errors)
            )
            self.error_label.show()
            return
        self.accept()
