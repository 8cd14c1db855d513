"""The employer writes of the Werkgevers area: new, edit, delete, each one service call,
undoable and published."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import employers as service
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs import placement_day_actions
from werkfit_desktop.ui.dialogs.cohort_forms import translate_error
from werkfit_desktop.ui.dialogs.employer_editor import EmployerEditor
from werkfit_desktop.ui.events import AppEvents
from werkfit_desktop.ui.views.cohort_commands import WriteCommand


def _t(text: str) -> str:
    return QCoreApplication.translate("EmployerActions", text)


def _refused(parent: QWidget | None):
    def show(failed: ValidationFailed) -> None:
        QMessageBox.warning(
            parent,
            _t(QT_TRANSLATE_NOOP("EmployerActions", "Not possible")),
            "\n".join(translate_error(e) for e in failed.errors),
        )

    return show


def new_employer(
    parent: QWidget | None, db: Database, events: AppEvents, undo_stack: QUndoStack
) -> str | None:
    """The 'new employer' dialog; the new employer's id, or None when cancelled."""
    dialog = EmployerEditor(
        lambda data: service.save_employer(db, None, data), service.sectors(db), None, parent
    )
    if not placement_day_actions.run_dialog(dialog) or dialog.result_value is None:
        return None
    employer_id, changes = dialog.result_value
    events.publish(changes, None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("EmployerActions", "New employer")),
            lambda: service.set_employer_deleted(db, employer_id, True),
            lambda: service.set_employer_deleted(db, employer_id, False),
            lambda c: events.publish(c, None),
            _refused(parent),
        )
    )
    return employer_id


def edit_employer(
    parent: QWidget | None,
    db: Database,
    events: AppEvents,
    undo_stack: QUndoStack,
    employer_id: str,
) -> bool:
    before = service.get_employer(db, employer_id).data
    dialog = EmployerEditor(
        lambda data: service.save_employer(db, employer_id, data),
        service.sectors(db),
        before,
        parent,
    )
    if not placement_day_actions.run_dialog(dialog) or dialog.result_value is None:
        return False
    _, changes = dialog.result_value
    after = service.get_employer(db, employer_id).data  # new contacts now have their ids
    events.publish(changes, None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("EmployerActions", "Edit employer")),
            lambda: service.save_employer(db, employer_id, before)[1],
            lambda: service.save_employer(db, employer_id, after)[1],
            lambda c: events.publish(c, None),
            _refused(parent),
        )
    )
    return True


def delete_employer(db: Database, events: AppEvents, undo_stack: QUndoStack, employer_id: str):
    """Put the employer in the bin; its placement days stay with the participants."""
    events.publish(service.set_employer_deleted(db, employer_id, True), None)
    undo_stack.push(
        WriteCommand(
            _t(QT_TRANSLATE_NOOP("EmployerActions", "Delete employer")),
            lambda: service.set_employer_deleted(db, employer_id, False),
            lambda: service.set_employer_deleted(db, employer_id, True),
            lambda c: events.publish(c, None),
            _refused(None),
        )
    )
