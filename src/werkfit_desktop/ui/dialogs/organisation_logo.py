"""Settings → Logo on reports: the organisation's logo printed in the header of every PDF.

Any image Qt can read (PNG, JPEG, ...) is scaled down to fit a report header and stored as PNG.
Setting and removing are undoable (Ctrl+Z in the main window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.cohorts import list_organisations
from werkfit_desktop.services.organisations import organisation_logo, set_organisation_logo
from werkfit_desktop.services.validation import ValidationFailed
from werkfit_desktop.ui.dialogs.certificate_commands import DoneCommand
from werkfit_desktop.ui.events import AppEvents

MAX_WIDTH, MAX_HEIGHT = 800, 300  # pixels: sharp at the size a report header prints it


def logo_png_from_image(image: QImage) -> bytes:
    """The image scaled down (never up) to fit MAX_WIDTH × MAX_HEIGHT, as PNG bytes."""
    if image.width() > MAX_WIDTH or image.height() > MAX_HEIGHT:
        image = image.scaled(
            MAX_WIDTH,
            MAX_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class OrganisationLogoDialog(QDialog):
    def __init__(
        self,
        db: Database,
        events: AppEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events, self.undo_stack = db, events, undo_stack
        self.setWindowTitle(self.tr("Logo on reports"))
        self.organisation = QComboBox()
        for row in list_organisations(db):
            self.organisation.addItem(row.name, row.id)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 120)
        self.preview.setStyleSheet("background: white; border: 1px solid #ccc;")
        self.choose_button = QPushButton(self.tr("Choose image..."))
        self.remove_button = QPushButton(self.tr("Remove logo"))
        hint = QLabel(
            self.tr(
                "The logo is printed at the top of every report of this organisation: "
                "progress reports, candidate profiles, cohort overviews and sign-in sheets. "
                "PNG or JPEG; large images are scaled down."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), self.organisation)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.resize(520, 360)
        self.organisation.currentIndexChanged.connect(lambda _i: self.show_logo())
        self.choose_button.clicked.connect(self.on_choose)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        self.show_logo()

    def organisation_id(self) -> str:
        return str(self.organisation.currentData() or "")

    def show_logo(self) -> None:
        organisation_id = self.organisation_id()
        png = organisation_logo(self.db, organisation_id) if organisation_id else None
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.width() - 8,
                    self.preview.height() - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(
                self.tr("No logo yet")
                if organisation_id
                else self.tr("There is no organisation yet.")
            )
        self.choose_button.setEnabled(bool(organisation_id))
        self.remove_button.setEnabled(bool(png))

    def on_choose(self) -> None:
        path = choose_image_path(self)
        if path is None:
            return
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            show_error(
                self,
                self.tr("%1 is not an image Werkfit Desktop can read (%2). Choose a PNG or JPEG.")
                .replace("%1", str(path))
                .replace("%2", reader.errorString()),
            )
            return
        self.set_logo(logo_png_from_image(image))

    def set_logo(self, png: bytes | None) -> bool:
        """Store (or remove) the logo as one undoable step; False when it was refused."""
        organisation_id = self.organisation_id()
        if not organisation_id:
            return False
        before = organisation_logo(self.db, organisation_id)
        try:
            changes = set_organisation_logo(self.db, organisation_id, png)
        except ValidationFailed as failed:
            show_error(
                self, "\n".join(e.message(QCoreApplication.translate) for e in failed.errors)
            )
            return False
        self.events.publish(changes, self)
        text = self.tr("Set the logo") if png else self.tr("Remove the logo")

        def undo():
            return set_organisation_logo(self.db, organisation_id, before)

        def redo():
            return set_organisation_logo(self.db, organisation_id, png)

        def publish(changes):
            self.events.publish(changes, None)
            if self.isVisible():
                self.show_logo()

        self.undo_stack.push(DoneCommand(text, publish, undo, redo))
        self.show_logo()
        return True


# overridable (tests replace these) -------------------------------------------------------
def choose_image_path(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("OrganisationLogoDialog", "Choose a logo"),
        "",
        QCoreApplication.translate(
            "OrganisationLogoDialog", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"
        ),
    )
    return Path(name) if name else None


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("OrganisationLogoDialog", "Logo on reports"), text
    )
