"""What a write changed, broadcast once through the app so each view can decide to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Ids of what a write touched, per kind (attendance: the session ids whose register
    changed; observations: participant ids; documents: the owning session ids)."""

    participants: frozenset[str] = field(default_factory=frozenset)
    programmes: frozenset[str] = field(default_factory=frozenset)
    cohorts: frozenset[str] = field(default_factory=frozenset)
    enrolments: frozenset[str] = field(default_factory=frozenset)
    sessions: frozenset[str] = field(default_factory=frozenset)
    attendance: frozenset[str] = field(default_factory=frozenset)
    observations: frozenset[str] = field(default_factory=frozenset)
    documents: frozenset[str] = field(default_factory=frozenset)
    certificates: frozenset[str] = field(default_factory=frozenset)
    certificate_types: frozenset[str] = field(default_factory=frozenset)
    employers: frozenset[str] = field(default_factory=frozenset)
    placement_days: frozenset[str] = field(default_factory=frozenset)
    outcomes: frozenset[str] = field(default_factory=frozenset)
    plans: frozenset[str] = field(default_factory=frozenset)  # development plans, goals, funding
    phases: frozenset[str] = field(default_factory=frozenset)  # enrolment ids whose phase changed
    notes: frozenset[str] = field(default_factory=frozenset)
    staff: frozenset[str] = field(default_factory=frozenset)
    organisations: frozenset[str] = field(default_factory=frozenset)  # e.g. a new logo
    everything: bool = False  # e.g. after loading demo data or restoring a backup

    def touches_participants(self) -> bool:
        return self.everything or bool(self.participants)

    def touches(self, *kinds: str) -> bool:
        """True when any of the named kinds changed (or everything did)."""
        return self.everything or any(getattr(self, kind) for kind in kinds)
