"""Translatable texts outside the user interface.

The Qt-free layers (persistence, services, cli) mark their user-facing texts with
`QT_TRANSLATE_NOOP(context, text)` so that `pyside6-lupdate` collects them into the same
`werkfit_nl.ts` the GUI uses. The GUI translates them with Qt; the command line, which must
not load Qt, reads the Dutch straight from the `.ts` file with `translate()`.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET

from werkfit_desktop.paths import translations_dir


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    return source


def current_language() -> str:
    """Dutch unless WERKFIT_LANG says otherwise (the GUI keeps its own setting)."""
    return os.environ.get("WERKFIT_LANG", "nl")


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"werkfit_{language}.ts"
    if not path.is_file():
        return {}
    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            result[(name, source)] = translation.text
    return result


def translate(context: str, source: str, language: str | None = None) -> str:
    """The text in the user's language (Dutch by default); the English source otherwise."""
    language = language or current_language()
    if language == "en":
        return source
    return _catalogue(language).get((context, source), source)
