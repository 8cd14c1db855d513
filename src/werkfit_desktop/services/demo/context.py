"""What every step of the demo shares: the seeded random generator, 'today', the Dutch
public holidays and the list of rows to insert."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TypeVar

import holidays

from werkfit_desktop.domain import Tracked, new_id

T = TypeVar("T", bound=Tracked)
V = TypeVar("V")


class DemoContext:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: list[Tracked] = []
        self.skipped_holidays = 0
        self._holidays = holidays.country_holidays(
            "NL", years=range(today.year - 12, today.year + 3)
        )

    def add(self, row: T) -> T:
        """Keep `row` for the insert, with its id set now so other rows can refer to it."""
        if row.id is None:
            row.id = new_id()
        self.rows.append(row)
        return row

    def is_holiday(self, day: dt.date) -> bool:
        return day in self._holidays

    def weighted(self, choices: Sequence[tuple[V, int]]) -> V:
        values = [c[0] for c in choices]
        weights = [c[1] for c in choices]
        return self.rng.choices(values, weights=weights)[0]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def days(self, low: int, high: int) -> dt.timedelta:
        return dt.timedelta(days=self.rng.randint(low, high))
