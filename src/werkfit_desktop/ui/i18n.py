"""Language: Dutch by default (English selectable), Dutch dates and numbers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from werkfit_desktop.paths import translations_dir

LANGUAGES = ("nl", "en")
DATE_FORMAT = "dd-MM-yyyy"

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load our translation and Qt's own (so standard buttons read Opslaan/Annuleren)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.Netherlands)
    QLocale.setDefault(locale)
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"werkfit_{language}", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def format_date(day: dt.date | None) -> str:
    """dd-mm-jjjj whatever the language."""
    return day.strftime("%d-%m-%Y") if day else ""


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """Numbers the Dutch way through QLocale (1.234,5)."""
    if value is None:
        return ""
    locale = QLocale()
    if decimals == 0:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def parse_number(text: str) -> float:
    """A number typed the Dutch way ('12,5') or with a point; ValueError otherwise."""
    text = text.strip()
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    value, ok = QLocale(QLocale.Language.C).toDouble(text.replace(",", "."))
    if ok:
        return value
    raise ValueError(text)
