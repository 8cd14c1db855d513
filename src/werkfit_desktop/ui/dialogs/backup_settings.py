"""Settings → Backups...: where the automatic backups go (e.g. an external disk) and how many
are kept. Takes effect at once: the next backup goes to the chosen folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.backup import backup_folder
from werkfit_desktop.persistence.retention import RetentionPolicy
from werkfit_desktop.ui.backup_scheduler import (
    FOLDER_KEY,
    KEEP_KEYS,
    configured_folder,
    retention_policy,
)
from werkfit_desktop.ui.settings import Settings


class BackupSettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, db_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings, self.db_path = settings, db_path
        self.setWindowTitle(self.tr("Backups"))
        self.folder_edit = QLineEdit(configured_folder(settings) or "")
        self.folder_edit.setPlaceholderText(self.tr("Beside the database (default)"))
        browse = QPushButton(self.tr("&Browse..."))
        browse.clicked.connect(self.on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.effective = QLabel()
        self.effective.setObjectName("muted")
        self.effective.setWordWrap(True)
        policy = retention_policy(settings)
        self.spins: dict[str, QSpinBox] = {}
        labels = {
            "hourly_hours": self.tr("Hourly backups of the last (hours):"),
            "daily": self.tr("Daily backups (days):"),
            "weekly": self.tr("Weekly backups (weeks):"),
            "monthly": self.tr("Monthly backups (months):"),
        }
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.effective)
        for field, label in labels.items():
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(getattr(policy, field))
            spin.setMaximumWidth(90)
            self.spins[field] = spin
            form.addRow(label, spin)
        hint = QLabel(
            self.tr(
                "A backup is made every 30 minutes while something changed, on closing, and "
                "before every update, import and restore. Older ones are thinned to the numbers "
                "above; the newest is always kept."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.folder_edit.textChanged.connect(lambda _t: self._show_effective())
        self._show_effective()
        self.setMinimumWidth(600)

    def _show_effective(self) -> None:
        if self.db_path is None:
            self.effective.setText("")
            return
        folder = backup_folder(self.db_path, self.folder_edit.text().strip() or None)
        self.effective.setText(self.tr("Backups go to: %1").replace("%1", str(folder)))

    def on_browse(self) -> None:
        start = self.folder_edit.text().strip() or (
            str(self.db_path.parent) if self.db_path else str(Path.home())
        )
        chosen = choose_folder(self, start)
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def restore_defaults(self) -> None:
        self.folder_edit.clear()
        defaults = RetentionPolicy()
        for field, spin in self.spins.items():
            spin.setValue(getattr(defaults, field))

    def accept(self) -> None:
        folder = self.folder_edit.text().strip()
        if folder:
            path = Path(folder)
            try:
                path.mkdir(parents=True, exist_ok=True)
                probe = path / ".werkfit-write-test"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                show_error(
                    self,
                    self.tr("Backups cannot be written to %1: %2. Choose another folder.")
                    .replace("%1", folder)
                    .replace("%2", exc.strerror or str(exc)),
                )
                return
        self.settings.set_value(FOLDER_KEY, folder)
        for field, spin in self.spins.items():
            self.settings.set_value(KEEP_KEYS[field], spin.value())
        super().accept()


# overridable (tests replace these) -------------------------------------------------------
def choose_folder(parent: QWidget | None, start: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("BackupSettingsDialog", "Folder for backups"), start
    )
    return Path(name) if name else None


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("BackupSettingsDialog", "Backups"), text)
