"""The participant values the list, the form and the services share: plain dataclasses,
importable without SQLAlchemy (the participant list shows before the ORM is loaded)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from werkfit_desktop.domain.enums import IntegrationRoute, LanguageLevel, TargetGroup


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participant list."""

    id: str
    number: str
    name: str  # "Berg, Jan van den"
    sort_name: str
    date_of_birth: dt.date | None
    municipality: str | None
    language_level: str | None


@dataclass(frozen=True)
class ParticipantInput:
    """Everything the participant form edits. Dates and numbers are already typed."""

    first_name: str
    last_name: str
    name_particle: str | None = None
    preferred_name: str | None = None
    date_of_birth: dt.date | None = None
    phone: str | None = None
    email: str | None = None
    postcode: str | None = None
    language_level: LanguageLevel | None = None
    integration_route: IntegrationRoute | None = None
    target_groups: frozenset[TargetGroup] = frozenset()
    municipality: str | None = None
    client_manager: str | None = None
    client_manager_contact: str | None = None
    hours_per_week: float | None = None
    driving_licence: str | None = None
    intake_date: dt.date | None = None
    education: str | None = None
    diplomas: str | None = None
    work_experience: str | None = None
    competences: str | None = None
    motivation: str | None = None
    ambitions: str | None = None
    notes: str | None = None
    profile_consent: bool = False
    profile_consent_on: dt.date | None = None


@dataclass(frozen=True)
class ParticipantDetails:
    id: str
    number: str
    data: ParticipantInput
    updated_at: dt.datetime
