"""Printing for the command line: Dutch numbers, and where each kind of message goes."""

from __future__ import annotations

import sys


def number(value: int) -> str:
    """Dutch thousands separator: 1234 -> '1.234'."""
    return f"{value:,}".replace(",", ".")


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def complain(text: str) -> None:
    print(text, file=sys.stderr)
