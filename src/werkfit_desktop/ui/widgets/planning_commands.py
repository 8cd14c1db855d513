"""The planning's undoable actions. Each action already happened when its command is
pushed (the first redo does nothing); undo and redo call the service again, each in a
transaction of its own, and hand the Changes to the view to publish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from werkfit_desktop.services import planning
from werkfit_desktop.services.planning import PlannedSession
from werkfit_desktop.services.schedule import SchedulePlan
from werkfit_desktop.ui.dialogs.session_edit import SessionSlot

if TYPE_CHECKING:
    from werkfit_desktop.ui.views.planning import PlanningView


class _PlanningCommand(QUndoCommand):
    def __init__(self, view: PlanningView, text: str) -> None:
        super().__init__(text)
        self.view = view
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self.view.run_service(self.forward):
            self.setObsolete(True)  # refused (the view says why): the stack drops it

    def undo(self) -> None:
        if not self.view.run_service(self.backward):
            self.setObsolete(True)

    def forward(self):  # pragma: no cover - every command overrides it
        raise NotImplementedError

    def backward(self):  # pragma: no cover
        raise NotImplementedError


class GenerateSchedule(_PlanningCommand):
    def __init__(self, view: PlanningView, plan: SchedulePlan, text: str) -> None:
        super().__init__(view, text)
        self.plan = plan

    def forward(self):
        return planning.remove_and_restore_sessions(
            self.view.db, self.plan.replaced_ids, self.plan.session_ids
        )

    def backward(self):
        return planning.remove_and_restore_sessions(
            self.view.db, self.plan.session_ids, self.plan.replaced_ids
        )


class MoveSession(_PlanningCommand):
    def __init__(
        self, view: PlanningView, before: PlannedSession, after: SessionSlot, text: str
    ) -> None:
        super().__init__(view, text)
        self.before, self.after = before, after

    def forward(self):
        a = self.after
        changes, _warnings = planning.move_session(
            self.view.db,
            self.before.id,
            a.date,
            a.start_time,
            a.end_time,
            a.location,
            a.trainer_id,
        )
        return changes

    def backward(self):
        b = self.before
        changes, _warnings = planning.move_session(
            self.view.db, b.id, b.date, b.start_time, b.end_time, b.location, b.trainer_id
        )
        return changes


class CancelSession(_PlanningCommand):
    def __init__(self, view: PlanningView, session_id: str, reason: str, text: str) -> None:
        super().__init__(view, text)
        self.session_id, self.reason = session_id, reason

    def forward(self):
        return planning.cancel_session(self.view.db, self.session_id, self.reason)

    def backward(self):
        return planning.restore_session(self.view.db, self.session_id)


class RestoreSession(CancelSession):
    """The reverse of a cancellation; undo cancels again with the old reason."""

    def forward(self):
        return super().backward()

    def backward(self):
        return super().forward()


class AddSession(_PlanningCommand):
    def __init__(self, view: PlanningView, session_id: str, text: str) -> None:
        super().__init__(view, text)
        self.session_id = session_id

    def forward(self):
        return planning.unremove_session(self.view.db, self.session_id)

    def backward(self):
        return planning.remove_session(self.view.db, self.session_id)


class RemoveSession(AddSession):
    def forward(self):
        return super().backward()

    def backward(self):
        return super().forward()
