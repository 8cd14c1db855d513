"""Text the embedded font cannot print: visible and reported, never a crash, never dropped.

DejaVu Sans (reports/fonts.py) covers Latin (incl. ş ı ğ Ł ő ễ), Greek, Cyrillic, Hebrew
and Arabic letters, not CJK or emoji. Every user-supplied text in a report goes through one
`FontText` per PDF: a character missing from either face (regular, bold) is printed as a
visible `PLACEHOLDER` ("□") and collected; `warnings()` names each such character once, and every
report builder returns those warnings next to its page count. Control characters and the
invisible emoji joiners/variation selectors print nothing (they have no shape of their own).
Arabic is joined and right-to-left text reversed for drawing (reports/right_to_left.py).

Long texts never break a layout: `clean(text, limit)` makes one flowing line and cuts it
with "…" (table cells, chart labels and headers: text drawn with drawString cannot wrap,
layout.fit_text then cuts it to the width), and `para()` wraps long words
(splitLongWords).

    text = FontText()
    story.append(text.para(participant.name, style, limit=120))
    canvas.drawString(x, y, fit_text(text.clean(trainer, 120), BOLD, 8.5, width))
    return pages, text.warnings()"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from werkfit_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from werkfit_desktop.reports.right_to_left import visual
from werkfit_desktop.texts import translate

PLACEHOLDER = "□"
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}  # zero-width (joiners)
_covered: frozenset[int] | None = None


def covered() -> frozenset[int]:
    """The code points both embedded faces (regular and bold) can print. Only those of the
    Basic Multilingual Plane: ReportLab writes a broken text mapping (ToUnicode) for the
    few emoji and symbols above U+FFFF that DejaVu has, so they would be lost when the PDF
    is searched, copied or read aloud; they count as missing (one rule: emoji are "□")."""
    global _covered
    if _covered is None:
        register_fonts()
        regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
        bold = pdfmetrics.getFont(BOLD).face.charToGlyph
        _covered = frozenset(code for code in set(regular) & set(bold) if code <= 0xFFFF)
    return _covered


def _invisible(char: str) -> bool:
    code = ord(char)
    return (
        code < 32
        or 0x7F <= code < 0xA0
        or char in _INVISIBLE
        or 0xFE00 <= code <= 0xFE0F  # variation selectors (emoji presentation)
        or 0xE0100 <= code <= 0xE01EF
    )


def _modifier(char: str) -> bool:
    """Emoji skin tones: part of the emoji before them (reported as that one)."""
    return 0x1F3FB <= ord(char) <= 0x1F3FF


_plain: tuple[frozenset[str], frozenset[str]] | None = None


def _plain_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(the characters `clean` keeps as they are, the characters the font draws): a text
    made only of the first needs no work character by character."""
    global _plain
    if _plain is None:
        drawn = frozenset(map(chr, covered())) | {"\n", "\t"}
        as_is = frozenset(c for c in drawn if not _invisible(c) and not _modifier(c))
        _plain = (as_is | {"\n", "\t"}, drawn)
    return _plain


class FontText:
    """Checks texts against the embedded font and collects what it had to replace."""

    def __init__(self) -> None:
        self._glyphs = covered()
        self._as_is, self._drawn = _plain_chars()
        self.missing: dict[str, None] = {}  # in order of first appearance

    def clean(self, text: str | None, limit: int | None = None, lines: bool = False) -> str:
        """The text as it will be printed. With `limit`: whitespace collapsed to one flowing
        line (`lines=True`: line breaks kept, at most one blank line) and cut with "…"."""
        text = unicodedata.normalize("NFC", str(text or ""))
        if limit is not None:
            if lines:  # one blank line at most between paragraphs
                text = "\n".join(" ".join(row.split()) for row in text.splitlines())
                text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
            else:
                text = " ".join(text.split())
            if len(text) > limit:
                text = text[: limit - 1].rstrip() + "…"
        if self._as_is.issuperset(text):  # the usual case: nothing to replace
            return self._drawable(visual(text))
        out: list[str] = []
        for char in text:
            if char in "\n\t":
                out.append(char)
            elif _invisible(char) or (_modifier(char) and out and out[-1] == PLACEHOLDER):
                continue
            elif ord(char) in self._glyphs:
                out.append(char)
            else:
                self.missing.setdefault(char)
                out.append(PLACEHOLDER)
        return self._drawable(visual("".join(out)))

    def _drawable(self, text: str) -> str:
        """A joined Arabic form the font lacks falls back to its plain letter."""
        if self._drawn.issuperset(text):
            return text
        return "".join(
            char if ord(char) in self._glyphs else unicodedata.normalize("NFKC", char)
            for char in text
        )

    def markup(self, text: str | None, limit: int | None = None, lines: bool = False) -> str:
        """Cleaned and escaped for a Paragraph; line breaks become <br/>."""
        return escape(self.clean(text, limit, lines)).replace("\n", "<br/>")

    def para(self, text: str | None, style, limit: int | None = None, lines: bool = False):
        return Paragraph(self.markup(text, limit, lines), style)

    def warnings(self) -> list[str]:
        return [
            translate(
                "ProgressSheet",
                "The font has no sign for {char} (U+{code:04X}); it is printed as {placeholder}.",
            ).format(char=char, code=ord(char), placeholder=PLACEHOLDER)
            for char in self.missing
        ]
