"""Dutch names: display, sorting (particles ignored) and accent-insensitive search keys."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into base letter + accent in Unicode.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
    }
)


def fold(text: str | None) -> str:
    """Lower case without accents: 'Ayşe Yılmaz' -> 'ayse yilmaz', 'Łukasz' -> 'lukasz'."""
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_SPECIAL)


def full_name(first: str, particle: str | None, last: str) -> str:
    """'Jan van den Berg'."""
    return " ".join(part for part in (first, particle, last) if part)


def listed_name(first: str, particle: str | None, last: str) -> str:
    """'Berg, Jan van den': how Dutch lists show a name, sorted under the surname."""
    tail = " ".join(part for part in (first, particle) if part)
    return f"{last}, {tail}" if tail else last


def sort_key(first: str, particle: str | None, last: str) -> str:
    """Sorts on the surname without its particle, then the first name."""
    return f"{fold(last)}\x1f{fold(first)}\x1f{fold(particle)}"


def search_key(*parts: str | None) -> str:
    """One folded text to match search-as-you-type against (names and number)."""
    return " ".join(fold(p) for p in parts if p)
