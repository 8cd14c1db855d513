"""'Wie bent u?': the staff member working on this computer, remembered between sessions.

Coaching notes are signed with this choice, and only their author may change them."""

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
from werkfit_desktop.services.staff import get_staff, list_staff
from werkfit_desktop.ui.labels import label
from werkfit_desktop.ui.settings import Settings


def stored_staff_id(settings: Settings) -> str | None:
    return settings.current_staff_id


def remember_staff_id(settings: Settings, staff_id: str | None) -> None:
    settings.current_staff_id = staff_id


class CurrentStaffDialog(QDialog):
    def __init__(self, db: Database, current_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose your name. Coaching notes are signed with it, and only you can "
                "change the notes you wrote."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.staff = QComboBox()
        rows = list_staff(db)
        # Job coaches first: they write the notes.
        rows.sort(key=lambda r: (r.role is not StaffRole.JOB_COACH, r.name))
        for row in rows:
            self.staff.addItem(f"{row.name} ({label(row.role)}, {row.organisation})", row.id)
        if current_id and (index := self.staff.findData(current_id)) >= 0:
            self.staff.setCurrentIndex(index)
        layout.addWidget(self.staff)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.staff.count() > 0)
        layout.addWidget(buttons)

    def chosen_id(self) -> str | None:
        return self.staff.currentData()


def ask_staff(db: Database, current_id: str | None, parent: QWidget | None) -> str | None:
    """Show the dialog; the chosen staff id, or None when cancelled (tests replace this)."""
    dialog = CurrentStaffDialog(db, current_id, parent)
    return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None


def current_staff_id(
    settings: Settings, db: Database, parent: QWidget | None = None, ask: bool = True
) -> str | None:
    """The remembered current staff member; asks (once) when none is remembered or the
    remembered one no longer exists. None when nobody is chosen."""
    staff_id = stored_staff_id(settings)
    if staff_id and get_staff(db, staff_id) is not None:
        return staff_id
    if not ask:
        return None
    return change_current_staff(settings, db, parent)


def change_current_staff(
    settings: Settings, db: Database, parent: QWidget | None = None
) -> str | None:
    """'Wisselen...': choose again; returns the (possibly unchanged) current staff id."""
    current = stored_staff_id(settings)
    chosen = ask_staff(db, current, parent)
    if chosen:
        remember_staff_id(settings, chosen)
        return chosen
    return current if current and get_staff(db, current) else None
