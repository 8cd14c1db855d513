"""'Overdragen aan...': choose the colleague who takes over the coaching of the selected
participants (active staff, job coaches first)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.ui.labels import label


class HandoverDialog(QDialog):
    def __init__(
        self,
        db: Database,
        names: list[str],
        current_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        shown = "\n".join(f"• {name}" for name in names[:4])
        if len(names) > 4:
            shown += "\n• ..."
        intro = QLabel(
            self.tr("Who takes over the coaching of %n participant(s)?", "", len(names))
            + "\n"
            + shown
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.staff = QComboBox()
        rows = [r for r in list_staff(db) if r.id != current_id]
        rows.sort(key=lambda r: (r.role is not StaffRole.JOB_COACH, r.name))
        for row in rows:
            self.staff.addItem(f"{row.name} ({label(row.role)}, {row.organisation})", row.id)
        layout.addWidget(self.staff)
        note = QLabel(
            self.tr(
                "The participants leave your caseload; your notes stay yours. Undo with Ctrl+Z."
            )
            if rows
            else self.tr("There is no other active staff member to hand over to.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Hand over"))
        ok.setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.staff.setFocus()

    def chosen_id(self) -> str | None:
        return self.staff.currentData()


def ask_handover(
    db: Database, names: list[str], current_id: str | None, parent: QWidget | None
) -> str | None:
    """Show the dialog; the chosen staff member's id, or None when cancelled."""
    dialog = HandoverDialog(db, names, current_id, parent)
    return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
