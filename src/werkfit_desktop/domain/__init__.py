"""The domain: SQLAlchemy models and rules that need no database.

Importing this package registers every model on `Base.metadata`."""

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
