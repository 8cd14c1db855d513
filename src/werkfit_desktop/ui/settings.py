"""Settings declared once, typed, over QSettings; window geometry is kept per window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from werkfit_desktop.paths import APP_AUTHOR, APP_NAME


class Settings:
    """The user's preferences for this installation."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(APP_AUTHOR, APP_NAME)

    @property
    def language(self) -> str:
        value = self._s.value("ui/language", "nl")
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def last_area(self) -> str:
        return str(self._s.value("ui/last_area", "participants"))

    @last_area.setter
    def last_area(self, value: str) -> None:
        self._s.setValue("ui/last_area", value)

    @property
    def current_staff_id(self) -> str | None:
        """The staff member working on this laptop (chosen at start, remembered)."""
        value = self._s.value("staff/current_id")
        return str(value) if value else None

    @current_staff_id.setter
    def current_staff_id(self, value: str | None) -> None:
        if value:
            self._s.setValue("staff/current_id", value)
        else:
            self._s.remove("staff/current_id")

    def value(self, key: str, default: object = None) -> object:
        """A plain stored value (for settings an area declares itself, e.g. the
        certificates' expiry window)."""
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    def state(self, key: str) -> QByteArray | None:
        """Saved geometry or splitter state under `key` (e.g. 'main_window/geometry')."""
        value = self._s.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._s.sync()
