"""Arabic and Hebrew in the reports: ReportLab draws characters one by one, left to right,
in the order they are stored; it neither joins Arabic letters nor reverses right-to-left
text. So `visual()` does that before a text reaches ReportLab:

- Arabic letters take their joined form (initial, medial, final, isolated: the Arabic
  Presentation Forms-B of Unicode, which DejaVu Sans has), lam-alef becomes its ligature;
- every run of right-to-left words (with the spaces between them and the numbers in and
  after them) is reversed, so it reads correctly from right to left inside a
  left-to-right line; a number keeps its own digit order.

A simplification of the Unicode bidirectional algorithm that is right for names, codes and
short texts; a right-to-left text that wraps over several lines keeps its lines in
left-to-right order (the first line holds the end of the text).

    visual("أحمد Yılmaz")  # the joined letters of أحمد, right to left, then " Yılmaz\""""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_TATWEEL = "\u0640"
_ALEFS = "\u0622\u0623\u0625\u0627"  # lam + one of these: the lam-alef ligature
_LAM = "\u0644"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@cache
def _forms() -> dict[tuple[str, str], str]:
    """(letters, form) -> presentation form, from Unicode's own decompositions."""
    forms: dict[tuple[str, str], str] = {}
    for code in range(0xFE70, 0xFEFD):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if decomposition and decomposition[0].startswith("<"):
            letters = "".join(chr(int(h, 16)) for h in decomposition[1:])
            forms[(letters, decomposition[0].strip("<>"))] = chr(code)
    return forms


def _dual(char: str) -> bool:
    """Joins on both sides (a letter with an initial form, or the tatweel)."""
    return char == _TATWEEL or (char, "initial") in _forms()


def _joining(char: str) -> bool:
    return _dual(char) or (char, "final") in _forms()


def _transparent(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def _neighbour(chars: str, index: int, step: int) -> str | None:
    index += step
    while 0 <= index < len(chars) and _transparent(chars[index]):
        index += step
    return chars[index] if 0 <= index < len(chars) else None


def shape(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept)."""
    forms = _forms()
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if not _joining(char) or char == _TATWEEL:
            out.append(char)
            index += 1
            continue
        before = _neighbour(text, index, -1)
        joins_before = before is not None and _dual(before)
        if char == _LAM and index + 1 < len(text) and text[index + 1] in _ALEFS:
            pair = char + text[index + 1]
            form = "final" if joins_before else "isolated"
            ligature = forms.get((pair, form))
            if ligature:
                out.append(ligature)
                index += 2
                continue
        after = _neighbour(text, index, 1)
        joins_after = _dual(char) and after is not None and _joining(after)
        form = {
            (True, True): "medial",
            (True, False): "final",
            (False, True): "initial",
            (False, False): "isolated",
        }[(joins_before, joins_after)]
        out.append(forms.get((char, form)) or forms.get((char, "isolated")) or char)
        index += 1
    return "".join(out)


def _kind(char: str) -> str:
    bidi = unicodedata.bidirectional(char)
    if bidi in ("R", "AL"):
        return "rtl"
    if bidi in ("EN", "AN"):
        return "number"
    if bidi == "NSM":
        return "mark"
    if bidi in ("WS", "ON", "CS", "ES", "ET", "BN"):
        return "neutral"
    return "ltr"  # strong left-to-right, and line breaks end every run


def _tokens(text: str) -> list[tuple[str, str]]:
    """Clusters (a character with its combining marks; a number as a whole) and kinds."""
    tokens: list[tuple[str, str]] = []
    for char in text:
        kind = _kind(char)
        if tokens and (kind == "mark" or (kind == "number" and tokens[-1][1] == "number")):
            tokens[-1] = (tokens[-1][0] + char, tokens[-1][1])
        else:
            tokens.append((char, "neutral" if kind == "mark" else kind))
    return tokens


def reorder(text: str) -> str:
    """Every run of right-to-left clusters (with the spaces and numbers inside it) reversed."""
    tokens = _tokens(text)
    out: list[str] = []
    index = 0
    while index < len(tokens):
        if tokens[index][1] != "rtl":
            out.append(tokens[index][0])
            index += 1
            continue
        end = index  # the run's last right-to-left token or number (numbers join the run)
        probe = index + 1
        while probe < len(tokens) and tokens[probe][1] != "ltr":
            if tokens[probe][1] in ("rtl", "number"):
                end = probe
            probe += 1
        out.extend(token for token, _kind in reversed(tokens[index : end + 1]))
        index = end + 1
    return "".join(out)


def visual(text: str) -> str:
    """The text as ReportLab must draw it: joined Arabic, right-to-left runs reversed."""
    if not _RTL.search(text):
        return text
    return "\n".join(reorder(shape(line)) for line in text.split("\n"))
