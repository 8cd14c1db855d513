"""The fonts every report prints with: DejaVu Sans, bundled in resources/fonts.

ReportLab's built-in Helvetica only knows Latin-1 and prints a black box for ı, ş, ğ, Ł or ễ;
participants' names carry those letters, so reports always use these embedded fonts."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from werkfit_desktop.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the fonts with ReportLab (once; safe to call from every report)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        # <b> in a Paragraph picks the bold face; there is no italic, so italic stays upright.
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(FAMILY, bold, italic, name)
        _registered = True
