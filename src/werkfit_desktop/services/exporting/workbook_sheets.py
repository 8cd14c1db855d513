"""The layout of the cohort workbook, shared by its export and its import: which sheets, in
which order, and which columns each has.

A sheet holds the rows of one table. A column is either a field of that table (its kind -
text, number, date, time, yes/no, a fixed value list or a reference to another row - follows
from the model's column) or an *info* column that shows a human name for a reference (the
participant, the module, the trainer...) and is ignored on import. References are written as
the referred row's id in a column whose header ends in `_id`; the row's own id is the last
column, `id`. The headers are part of the file format: they are Dutch and never translated.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import Boolean, Date, Integer, Numeric, String, Text, Time
from sqlalchemy import Enum as SAEnum

from werkfit_desktop.domain import (
    Attendance,
    Barrier,
    Base,
    Certificate,
    CertificateType,
    CoachingNote,
    Cohort,
    DevelopmentPlan,
    Employer,
    EmployerContact,
    Enrolment,
    Funding,
    LadderAssessment,
    Module,
    Organisation,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    PhasePeriod,
    PlacementDay,
    PlanGoal,
    Programme,
    Skill,
    SkillObservation,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.base import UTCDateTime


class Kind(enum.Enum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    TIME = "time"
    INSTANT = "instant"  # stored in UTC, written as local time (Europe/Amsterdam)
    BOOL = "bool"
    ENUM = "enum"
    REF = "ref"
    ID = "id"
    INFO = "info"


@dataclass(frozen=True)
class Col:
    header: str
    attr: str  # the model attribute; for INFO columns the reference attribute it names
    info: bool = False


def col(header: str, attr: str) -> Col:
    return Col(header, attr)


def info(header: str, ref_attr: str) -> Col:
    return Col(header, ref_attr, info=True)


@dataclass(frozen=True)
class Sheet:
    name: str
    model: type
    columns: tuple[Col, ...]
    natural_key: tuple[str, ...] = ()
    # A referenced entity (employer, certificate type...): when a database row matches by
    # natural key under another id, the workbook row is linked to it and leaves it as is.
    link_only: bool = False

    @property
    def fields(self) -> tuple[Col, ...]:
        """The columns that carry data (not info), the id last."""
        return tuple(c for c in self.columns if not c.info)

    def kind(self, column: Col) -> Kind:
        return column_kind(self.model, column)


# References that may point outside the workbook: when the row they name is neither in the
# workbook nor in the database they are left empty instead of being a problem.
SOFT_REFERENCES = {
    (Programme, "copied_from_id"),
    (PlanGoal, "reviewed_in_note_id"),  # a private note that was not exported
}

ID = col("id", "id")
MIN_MAX = {
    (SkillObservation, "score"): (1, 4),
    (LadderAssessment, "rung"): (1, 6),
    (Attendance, "minutes_late"): (0, 24 * 60),
    (PlacementDay, "score_punctuality"): (1, 4),
    (PlacementDay, "score_attitude"): (1, 4),
    (PlacementDay, "score_skills"): (1, 4),
    (PlacementDay, "score_cooperation"): (1, 4),
}

_P = info("Deelnemer", "participant_id")

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "Groep",
        Cohort,
        (
            col("Code", "code"),
            info("Programma", "programme_id"),
            info("Organisatie", "organisation_id"),
            col("Startdatum", "start_date"),
            col("Einddatum", "end_date"),
            col("Locatie", "location"),
            col("Financiering", "funding_source"),
            col("Notities", "notes"),
            col("programma_id", "programme_id"),
            col("organisatie_id", "organisation_id"),
            ID,
        ),
        natural_key=("code",),
    ),
    Sheet(
        "Deelnemers",
        Participant,
        (
            col("Deelnemernummer", "participant_number"),
            col("Voornaam", "first_name"),
            col("Tussenvoegsel", "name_particle"),
            col("Achternaam", "last_name"),
            col("Roepnaam", "preferred_name"),
            col("Geboortedatum", "date_of_birth"),
            col("Telefoon", "phone"),
            col("E-mail", "email"),
            col("Postcode", "postcode"),
            col("Taalniveau", "language_level"),
            col("Inburgeringsroute", "integration_route"),
            col("Gemeente", "municipality"),
            col("Klantmanager", "client_manager"),
            col("Contact klantmanager", "client_manager_contact"),
            col("Uren per week", "hours_per_week"),
            col("Rijbewijs", "driving_licence"),
            col("Intakedatum", "intake_date"),
            col("Opleiding", "education"),
            col("Diploma's", "diplomas"),
            col("Werkervaring", "work_experience"),
            col("Competenties", "competences"),
            col("Motivatie", "motivation"),
            col("Ambities", "ambitions"),
            col("Notities", "notes"),
            info("Jobcoach", "job_coach_id"),
            col("Toestemming profiel", "profile_consent"),
            col("Toestemming sinds", "profile_consent_on"),
            col("jobcoach_id", "job_coach_id"),
            ID,
        ),
        natural_key=("participant_number",),
    ),
    Sheet(
        "Inschrijvingen",
        Enrolment,
        (
            _P,
            col("Startdatum", "start_date"),
            col("Einddatum", "end_date"),
            col("Status", "status"),
            col("Fase", "current_phase"),
            col("Regierol", "lead_role"),
            col("Regie (naam)", "lead_name"),
            col("Uitvaldatum", "dropout_date"),
            col("Uitvalreden", "dropout_reason"),
            col("Toelichting uitval", "dropout_note"),
            col("deelnemer_id", "participant_id"),
            col("groep_id", "cohort_id"),
            ID,
        ),
        natural_key=("participant_id", "cohort_id"),
    ),
    Sheet(
        "Fasen",
        PhasePeriod,
        (
            info("Deelnemer", "enrolment_id"),
            col("Fase", "phase"),
            col("Startdatum", "start_date"),
            col("Einddatum", "end_date"),
            col("Regierol", "lead_role"),
            col("Regie (naam)", "lead_name"),
            info("Regie (medewerker)", "lead_staff_id"),
            col("inschrijving_id", "enrolment_id"),
            col("regie_medewerker_id", "lead_staff_id"),
            ID,
        ),
    ),
    Sheet(
        "Sessies",
        TrainingSession,
        (
            col("Datum", "date"),
            col("Begintijd", "start_time"),
            col("Eindtijd", "end_time"),
            info("Module", "module_id"),
            col("Locatie", "location"),
            info("Trainer", "trainer_id"),
            col("Vervallen", "cancelled"),
            col("Reden vervallen", "cancel_reason"),
            col("Notities", "notes"),
            col("groep_id", "cohort_id"),
            col("module_id", "module_id"),
            col("trainer_id", "trainer_id"),
            ID,
        ),
    ),
    Sheet(
        "Aanwezigheid",
        Attendance,
        (
            info("Sessie", "session_id"),
            _P,
            col("Status", "status"),
            col("Minuten te laat", "minutes_late"),
            col("Notitie", "note"),
            info("Geregistreerd door", "recorded_by_id"),
            col("sessie_id", "session_id"),
            col("deelnemer_id", "participant_id"),
            col("geregistreerd_door_id", "recorded_by_id"),
            ID,
        ),
        natural_key=("session_id", "participant_id"),
    ),
    Sheet(
        "Observaties",
        SkillObservation,
        (
            col("Datum", "observed_on"),
            _P,
            info("Vaardigheid", "skill_id"),
            col("Score", "score"),
            col("Notitie", "note"),
            info("Observator", "observer_id"),
            col("deelnemer_id", "participant_id"),
            col("vaardigheid_id", "skill_id"),
            col("observator_id", "observer_id"),
            col("sessie_id", "session_id"),
            ID,
        ),
    ),
    Sheet(
        "Certificaten",
        Certificate,
        (
            _P,
            info("Certificaat", "certificate_type_id"),
            col("Examendatum", "exam_date"),
            col("Resultaat", "result"),
            col("Diplomanummer", "diploma_number"),
            col("Uitgegeven door", "issuer"),
            col("Uitgegeven op", "issued_on"),
            col("Geldig tot", "valid_until"),
            col("Geldig tot handmatig", "valid_until_overridden"),
            col("Notitie", "note"),
            col("deelnemer_id", "participant_id"),
            col("certificaattype_id", "certificate_type_id"),
            ID,
        ),
    ),
    Sheet(
        "Praktijkdagen",
        PlacementDay,
        (
            col("Datum", "date"),
            col("Soort", "kind"),
            _P,
            info("Werkgever", "employer_id"),
            col("Uren", "hours"),
            col("Werkbegeleider", "supervisor_name"),
            col("Stiptheid", "score_punctuality"),
            col("Houding", "score_attitude"),
            col("Vakvaardigheden", "score_skills"),
            col("Samenwerking", "score_cooperation"),
            col("Opmerking werkgever", "employer_comment"),
            col("Reflectie deelnemer", "participant_reflection"),
            col("deelnemer_id", "participant_id"),
            col("werkgever_id", "employer_id"),
            col("inschrijving_id", "enrolment_id"),
            col("contactpersoon_id", "supervisor_contact_id"),
            ID,
        ),
    ),
    Sheet(
        "Uitstroom",
        Outcome,
        (
            _P,
            col("Soort", "kind"),
            info("Werkgever", "employer_id"),
            col("Functie", "job_title"),
            col("Startdatum", "start_date"),
            col("Einddatum", "end_date"),
            col("Uren per week", "hours_per_week"),
            col("Contract", "contract_type"),
            col("Uitvalreden", "dropout_reason"),
            col("Uitkering beëindigd op", "benefit_ended_on"),
            col("Notitie", "note"),
            col("inschrijving_id", "enrolment_id"),
            col("deelnemer_id", "participant_id"),
            col("werkgever_id", "employer_id"),
            ID,
        ),
    ),
    Sheet(
        "Nazorg",
        CoachingNote,
        (
            col("Contactmoment", "contact_at"),
            col("Soort contact", "contact_type"),
            _P,
            col("Met wie", "with_whom"),
            col("Besproken", "discussed"),
            col("Afspraken", "agreements"),
            col("Volgend contact", "next_contact_due"),
            col("Privé", "private"),
            info("Auteur", "author_id"),
            col("deelnemer_id", "participant_id"),
            col("auteur_id", "author_id"),
            col("inschrijving_id", "enrolment_id"),
            col("uitstroom_id", "outcome_id"),
            ID,
        ),
    ),
    Sheet(
        "Doelgroepen",
        ParticipantTargetGroup,
        (_P, col("Doelgroep", "target_group"), col("deelnemer_id", "participant_id"), ID),
        natural_key=("participant_id", "target_group"),
    ),
    Sheet(
        "Belemmeringen",
        Barrier,
        (
            _P,
            col("Soort", "kind"),
            col("Toelichting", "note"),
            col("Opgelost op", "resolved_on"),
            col("deelnemer_id", "participant_id"),
            ID,
        ),
    ),
    Sheet(
        "Participatieladder",
        LadderAssessment,
        (
            _P,
            col("Datum", "assessed_on"),
            col("Trede", "rung"),
            col("Toelichting", "note"),
            col("deelnemer_id", "participant_id"),
            ID,
        ),
    ),
    Sheet(
        "Ontwikkelplannen",
        DevelopmentPlan,
        (
            _P,
            col("Beoogd beroep", "target_job"),
            col("Haalbaarheid", "realism"),
            col("Ondersteuningsbehoefte", "needs"),
            col("Vervolgcursussen", "follow_up_courses"),
            col("deelnemer_id", "participant_id"),
            ID,
        ),
        natural_key=("participant_id",),
    ),
    Sheet(
        "Doelen",
        PlanGoal,
        (
            info("Deelnemer", "plan_id"),
            col("Volgorde", "position"),
            col("Omschrijving", "description"),
            col("Streefdatum", "target_date"),
            col("Status", "status"),
            col("Behaald op", "achieved_on"),
            col("plan_id", "plan_id"),
            col("besproken_in_notitie_id", "reviewed_in_note_id"),
            ID,
        ),
    ),
    Sheet(
        "Financiering",
        Funding,
        (
            _P,
            col("Verstrekker", "provider"),
            col("Bron", "source"),
            col("Bedrag", "amount"),
            col("Doel", "purpose"),
            col("Status", "status"),
            col("deelnemer_id", "participant_id"),
            ID,
        ),
    ),
    Sheet(
        "Organisaties",
        Organisation,
        (
            col("Naam", "name"),
            col("Korte naam", "short_name"),
            col("Plaats", "city"),
            col("Telefoon", "phone"),
            col("E-mail", "email"),
            ID,
        ),
        natural_key=("name",),
        link_only=True,
    ),
    Sheet(
        "Medewerkers",
        StaffMember,
        (
            col("Voornaam", "first_name"),
            col("Tussenvoegsel", "name_particle"),
            col("Achternaam", "last_name"),
            col("Rol", "role"),
            col("E-mail", "email"),
            col("Telefoon", "phone"),
            col("Actief", "active"),
            info("Organisatie", "organisation_id"),
            col("organisatie_id", "organisation_id"),
            ID,
        ),
        natural_key=("organisation_id", "first_name", "name_particle", "last_name"),
        link_only=True,
    ),
    Sheet(
        "Programma",
        Programme,
        (
            col("Naam", "name"),
            col("Sector", "sector"),
            col("Geplande weken", "planned_weeks"),
            col("Omschrijving", "description"),
            info("Organisatie", "organisation_id"),
            col("organisatie_id", "organisation_id"),
            col("kopie_van_id", "copied_from_id"),
            ID,
        ),
        natural_key=("organisation_id", "name"),
        link_only=True,
    ),
    Sheet(
        "Modules",
        Module,
        (
            col("Volgorde", "position"),
            col("Naam", "name"),
            col("Geplande lesdagen", "planned_sessions"),
            info("Certificaat", "certificate_type_id"),
            col("Omschrijving", "description"),
            col("programma_id", "programme_id"),
            col("certificaattype_id", "certificate_type_id"),
            ID,
        ),
        natural_key=("programme_id", "position"),
        link_only=True,
    ),
    Sheet(
        "Certificaattypen",
        CertificateType,
        (
            col("Naam", "name"),
            col("Geldigheid (maanden)", "default_validity_months"),
            col("Omschrijving", "description"),
            col("Actief", "active"),
            ID,
        ),
        natural_key=("name",),
        link_only=True,
    ),
    Sheet(
        "Vaardigheden",
        Skill,
        (col("Naam", "name"), col("Volgorde", "position"), col("Actief", "active"), ID),
        natural_key=("name",),
        link_only=True,
    ),
    Sheet(
        "Werkgevers",
        Employer,
        (
            col("Naam", "name"),
            col("Sector", "sector"),
            col("Straat", "street"),
            col("Postcode", "postcode"),
            col("Plaats", "city"),
            col("Telefoon", "phone"),
            col("E-mail", "email"),
            col("Notities", "notes"),
            ID,
        ),
        natural_key=("name",),
        link_only=True,
    ),
    Sheet(
        "Contactpersonen",
        EmployerContact,
        (
            info("Werkgever", "employer_id"),
            col("Naam", "name"),
            col("Functie", "role"),
            col("Telefoon", "phone"),
            col("E-mail", "email"),
            col("werkgever_id", "employer_id"),
            ID,
        ),
        natural_key=("employer_id", "name"),
        link_only=True,
    ),
)

SHEET_BY_NAME = {sheet.name: sheet for sheet in SHEETS}
SHEET_BY_MODEL = {sheet.model: sheet for sheet in SHEETS}

# The order rows are written into the database: every row after the rows it refers to.
IMPORT_ORDER: tuple[Sheet, ...] = tuple(
    SHEET_BY_MODEL[mapper.class_]
    for table in Base.metadata.sorted_tables
    for mapper in Base.registry.mappers
    if mapper.local_table is table and mapper.class_ in SHEET_BY_MODEL
)
_MODEL_BY_TABLE = {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def column_kind(model: type, column: Col) -> Kind:
    if column.info:
        return Kind.INFO
    if column.attr == "id":
        return Kind.ID
    table_column = model.__table__.c[column.attr]
    if table_column.foreign_keys:
        return Kind.REF
    kind = table_column.type
    if isinstance(kind, UTCDateTime):
        return Kind.INSTANT
    if isinstance(kind, SAEnum):
        return Kind.ENUM
    if isinstance(kind, Boolean):
        return Kind.BOOL
    if isinstance(kind, Date):
        return Kind.DATE
    if isinstance(kind, Time):
        return Kind.TIME
    if isinstance(kind, Numeric):
        return Kind.FLOAT
    if isinstance(kind, Integer):
        return Kind.INT
    if isinstance(kind, String | Text):
        return Kind.TEXT
    raise TypeError(f"{model.__name__}.{column.attr}: no workbook kind for {kind!r}")


def ref_target(model: type, attr: str) -> type:
    """The model a reference column points to."""
    (foreign_key,) = model.__table__.c[attr].foreign_keys
    return _MODEL_BY_TABLE[foreign_key.column.table.name]


def enum_of(model: type, attr: str) -> type[enum.Enum]:
    return model.__table__.c[attr].type.enum_class


def is_required(model: type, attr: str) -> bool:
    """A value is needed: the column is NOT NULL and has no default."""
    table_column = model.__table__.c[attr]
    return not table_column.nullable and table_column.default is None


def default_of(model: type, attr: str):
    default = model.__table__.c[attr].default
    return default.arg if default is not None and default.is_scalar else None
