"""The domain: SQLAlchemy models and rules that need no database.

The models are loaded on first use: `from werkfit_desktop.domain import Participant` (or
`load_models()`) imports every model module and registers every model on `Base.metadata`.
The modules that need no SQLAlchemy (names, dates, enums, certificate_state) can be imported
on their own without it, which keeps SQLAlchemy off the path to the first window."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from werkfit_desktop.domain.attendance import Attendance, Skill, SkillObservation
    from werkfit_desktop.domain.base import Base, Tracked, new_id, utcnow
    from werkfit_desktop.domain.certificate import Certificate, CertificateType
    from werkfit_desktop.domain.coaching import (
        CoachingNote,
        DevelopmentPlan,
        Document,
        Funding,
        PlanGoal,
    )
    from werkfit_desktop.domain.meta import LocalMeta
    from werkfit_desktop.domain.participant import (
        Barrier,
        LadderAssessment,
        Participant,
        ParticipantTargetGroup,
    )
    from werkfit_desktop.domain.placement import Employer, EmployerContact, Outcome, PlacementDay
    from werkfit_desktop.domain.programme import (
        Cohort,
        Enrolment,
        Module,
        PhasePeriod,
        Programme,
        TrainingSession,
    )
    from werkfit_desktop.domain.staff import ClosedDay, Organisation, StaffMember

__all__ = [
    "Attendance",
    "Barrier",
    "Base",
    "Certificate",
    "CertificateType",
    "ClosedDay",
    "CoachingNote",
    "Cohort",
    "DevelopmentPlan",
    "Document",
    "Employer",
    "EmployerContact",
    "Enrolment",
    "Funding",
    "LadderAssessment",
    "LocalMeta",
    "Module",
    "Organisation",
    "Outcome",
    "Participant",
    "ParticipantTargetGroup",
    "PhasePeriod",
    "PlacementDay",
    "PlanGoal",
    "Programme",
    "Skill",
    "SkillObservation",
    "StaffMember",
    "Tracked",
    "TrainingSession",
    "new_id",
    "utcnow",
]

_MODULES = (
    "attendance",
    "base",
    "certificate",
    "coaching",
    "meta",
    "participant",
    "placement",
    "programme",
    "staff",
)


def load_models() -> None:
    """Import every model module (registering the models on `Base.metadata`) and make the
    names in `__all__` attributes of this package."""
    modules = [importlib.import_module(f"{__name__}.{name}") for name in _MODULES]
    for name in __all__:
        for module in modules:
            if hasattr(module, name):
                globals()[name] = getattr(module, name)
                break


def __getattr__(name: str):
    if name in __all__:
        load_models()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
