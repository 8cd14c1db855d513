"""The fixed vocabularies of the domain, stored as their string values.

Labels for people (Dutch and English) live in the user interface; these values never change
once released, because databases on other laptops hold them."""

from __future__ import annotations

import enum


class StaffRole(enum.StrEnum):
    TRAINER = "trainer"
    JOB_COACH = "job_coach"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class LanguageLevel(enum.StrEnum):
    A0 = "A0"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class TargetGroup(enum.StrEnum):
    STATUSHOUDER = "statushouder"
    BIJSTAND = "bijstand"
    YOUTH = "jongere"
    OVER_45 = "45plus"
    WOMEN = "vrouwen"
    LONG_TERM_UNEMPLOYED = "langdurig_werkzoekend"
    SECTOR_SWITCH = "zij_instromer"
    OTHER = "overig"


class IntegrationRoute(enum.StrEnum):
    """Civic integration (inburgering) route; the route decides which programme fits."""

    NOT_APPLICABLE = "nvt"
    B1_ROUTE = "b1_route"
    EDUCATION_ROUTE = "onderwijsroute"
    Z_ROUTE = "z_route"
    BEFORE_2022 = "wi2013"


class BarrierKind(enum.StrEnum):
    TRANSPORT = "vervoer"
    CHILDCARE = "kinderopvang"
    DEBTS = "schulden"
    POVERTY_TRAP = "armoedeval"
    HEALTH = "gezondheid"
    HOUSING = "huisvesting"
    LANGUAGE = "taal"
    OTHER = "overig"


class EnrolmentStatus(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"


class Phase(enum.StrEnum):
    """The phases of a trajectory, in order."""

    RECRUITMENT = "werving"  # werving en selectie, with the intake diagnosis
    PREPARATORY = "voortraject"
    EXTRA_GUIDANCE = "extra_begeleiding"
    TRAINING = "vakopleiding"
    WORK_EXPERIENCE = "werkervaring"
    MATCH = "match"  # match bij de werkgever (placement)
    AFTERCARE = "nazorg"
    FINISHED = "afgerond"


class LeadRole(enum.StrEnum):
    """Which role has the lead (regie) in a phase."""

    EMPLOYER = "werkgever"
    CLIENT_MANAGER = "klantmanager"  # the municipality's client manager
    INTERMEDIARY = "intermediair"
    LANGUAGE_PROVIDER = "taalaanbieder"
    JOB_COACH = "jobcoach"
    TRAINER = "trainer"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT_EXCUSED = "absent_excused"
    ABSENT_UNEXCUSED = "absent_unexcused"
    SICK = "sick"


class ExamResult(enum.StrEnum):
    PLANNED = "planned"
    PASSED = "passed"
    FAILED = "failed"
    NO_SHOW = "no_show"


class PlacementDayKind(enum.StrEnum):
    SHADOWING = "meeloopdag"
    PRACTICE = "praktijkdag"


class OutcomeKind(enum.StrEnum):
    PAID_JOB = "paid_job"
    APPRENTICESHIP = "bbl"
    EDUCATION = "education"
    VOLUNTEERING = "volunteering"
    DROPOUT = "dropout"
    OTHER = "other"


class ContractType(enum.StrEnum):
    PERMANENT = "vast"
    TEMPORARY = "tijdelijk"
    ON_CALL = "oproep"
    AGENCY = "uitzend"
    SUBSIDISED = "loonkostensubsidie"
    OTHER = "overig"


class DropoutReason(enum.StrEnum):
    HEALTH = "gezondheid"
    MOTIVATION = "motivatie"
    CARE_DUTIES = "zorgtaken"
    MOVED = "verhuisd"
    WORK_ELSEWHERE = "elders_werk"
    LANGUAGE = "taal"
    NOT_SUITABLE = "niet_passend"
    OTHER = "overig"


class ContactType(enum.StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    VIDEO = "video"
    EMPLOYER_MEETING = "employer_meeting"
    OTHER = "other"


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class FundingStatus(enum.StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    SPENT = "spent"
    REJECTED = "rejected"


class DocumentKind(enum.StrEnum):
    SIGNIN_SHEET = "signin_sheet"
    DIPLOMA = "diploma"
    OTHER = "other"
