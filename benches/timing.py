"""Repeated measurements, medians, and one benchmark's result against its target and floor."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    """One line of the table: a target, what was measured, and its floor in the same run."""

    key: str
    target: str  # the target as the issue states it
    limit: float | None  # seconds (or MB for memory); None: no absolute limit
    median: float | None = None
    floor: float | None = None
    floor_name: str = ""
    ratio_limit: float | None = None  # e.g. 5.0 for "<= 5x the floor"
    unit: str = "s"
    samples: list[float] = field(default_factory=list)
    note: str = ""
    status: str = ""  # "met", "NOT MET", "n/a", "skipped"
    profile: str = ""  # cProfile summary when not met

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor:
            return None
        return self.median / self.floor

    def judge(self) -> str:
        if self.status:
            return self.status
        if self.median is None:
            self.status = "skipped"
            return self.status
        ok = self.limit is None or self.median <= self.limit
        if self.ratio_limit is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_limit
        self.status = "met" if ok else "NOT MET"
        return self.status


def measure(
    operation: Callable[[], object],
    repeats: int = 9,
    warmups: int = 1,
    before: Callable[[], object] | None = None,
) -> list[float]:
    """Seconds per call of `operation` (after `warmups` untimed calls); `before` runs
    untimed ahead of every call (e.g. to reset state)."""
    for _ in range(warmups):
        if before:
            before()
        operation()
    samples = []
    for _ in range(repeats):
        if before:
            before()
        started = time.perf_counter()
        operation()
        samples.append(time.perf_counter() - started)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def fmt(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"
