"""What a write changed, broadcast once through the app so each view can decide to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    participants: frozenset[str] = field(default_factory=frozenset)
    cohorts: frozenset[str] = field(default_factory=frozenset)
    attendance: frozenset[str] = field(default_factory=frozenset)
    certificates: frozenset[str] = field(default_factory=frozenset)
    notes: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False  # e.g. after loading demo data or restoring a backup

    def touches_participants(self) -> bool:
        return self.everything or bool(self.participants)
