"""A plain screen for a service this version does not offer yet, with a way back.

Honest placeholder: it says the service is not available here and where to get it
(the counter, Care Center 165), so a participant is never left at a dead end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from anjungan.kiosk.ui.widgets import named


class PendingView(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLabel(), "ScreenTitle")
        self.body = named(QLabel(), "Body")
        self.body.setWordWrap(True)
        self.back_button = named(QPushButton(), "Primary")
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 48, 40, 48)
        layout.setSpacing(32)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not available at this kiosk yet"))
        self.body.setText(
            self.tr(
                "This service is not available at this kiosk yet. Please take a queue "
                "number for the counter, or call BPJS Kesehatan Care Center 165."
            )
        )
        self.back_button.setText(self.tr("Back to home"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
