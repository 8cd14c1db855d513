"""The placement-day actions shared by the Werkgevers area and the participant page:
record, edit and remove a day, each one service call, undoable and published."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import placement_days as service
from werkfit_desktop.services.placement_days import PlacementDayInput
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.cohort_forms import translate_error
from werkfit_desktop.ui.dialogs.placement_day_editor import PlacementDayEditor
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.views.cohort_commands import WriteCommand


def _t(text: str) -> str:
    return QCoreApplication.translate("PlacementDayActions", text)


def run_dialog(dialog: QDialog) -> bool:
    """Show the dialog modally; True when it saved. (Tests replace this function.)"""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _refused(parent: QWidget | None):
    def show(failed: ValidationFailed) -> None:
        QMessageBox.warning(
            parent,
            _t(QT_TRANSLATE_NOOP("PlacementDayActions", "Not possible")),
            "\n".join(translate_error(e) for e in failed.errors),
        )

    return show


def record_day(
    parent: QWidget | None,
    db: Database,
    events: AppEvents,
    undo_stack: QUndoStack,
    participant_id: str | None = None,
    participant_name: str = "",
    employer_id: str | None = None,
) -> str | None:
    """The 'record a placement day' dialog, with participant or employer preset; the new
    day's id, or None when cancelled."""
    preset = PlacementDayInput(participant_id, employer_id, None)
    dialog = PlacementDayEditor(
        db,
        lambda data: service.record_placement_day(db, data),
        preset,
        participant_name,
        parent,
    )
    if not run_dialog(dialog) or dialog.result_value is None:
        return None
    day_id, changes = dialog.result_value
    events.publish(changes, None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("PlacementDayActions", "Record placement day")),
            lambda: service.set_placement_day_deleted(db, day_id, True),
            lambda: service.set_placement_day_deleted(db, day_id, False),
            lambda c: events.publish(c, None),
            _refused(parent),
        )
    )
    return day_id


def edit_day(
    parent: QWidget | None,
    db: Database,
    events: AppEvents,
    undo_stack: QUndoStack,
    day_id: str,
) -> bool:
    """Edit a placement day in the dialog; True when saved."""
    details = service.get_placement_day(db, day_id)
    before = details.data
    dialog = PlacementDayEditor(
        db,
        lambda data: (data, service.update_placement_day(db, day_id, data)),
        before,
        details.participant_name,
        parent,
    )
    if not run_dialog(dialog) or dialog.result_value is None:
        return False
    after, changes = dialog.result_value
    events.publish(changes, None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("PlacementDayActions", "Edit placement day")),
            lambda: service.update_placement_day(db, day_id, before),
            lambda: service.update_placement_day(db, day_id, after),
            lambda c: events.publish(c, None),
            _refused(parent),
        )
    )
    return True


def remove_day(db: Database, events: AppEvents, undo_stack: QUndoStack, day_id: str) -> None:
    """Remove a placement day (undo brings it back)."""
    events.publish(service.set_placement_day_deleted(db, day_id, True), None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("PlacementDayActions", "Remove placement day")),
            lambda: service.set_placement_day_deleted(db, day_id, False),
            lambda: service.set_placement_day_deleted(db, day_id, True),
            lambda c: events.publish(c, None),
            _refused(None),
        )
    )
