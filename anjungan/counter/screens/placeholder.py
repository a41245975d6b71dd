"""A screen the counter does not have yet, saying so plainly.

Holds the places of the parts that need the server (queue calling, sync status) until
they are built, so the navigation already shows where they will be and an officer who
opens one reads what to do instead of meeting an empty page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from anjungan.kiosk.ui.widgets import named


class NotYetView(QWidget):
    """``kind`` is "queue" or "sync"; each has its own explanation."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = named(QLabel(), "ScreenTitle")
        self.body = named(QLabel(), "Body")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind == "queue":
            self.title.setText(self.tr("Queue: not available yet"))
            self.body.setText(
                self.tr(
                    "Calling queue numbers needs the connection to the office server, which "
                    "this version does not have yet. Call participants as usual; "
                    "registrations, complaints and information requests work here already."
                )
            )
        else:
            self.title.setText(self.tr("Sync: not available yet"))
            self.body.setText(
                self.tr(
                    "Everything saved at this counter is kept on this computer with a "
                    "numbered outbox entry. Sending it to the server comes in a later "
                    "version; nothing saved here is lost meanwhile."
                )
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
