"""The queue ticket screen's pages: choose a service, say if priority applies, the ticket.

Owns `QueueView`: the service list (big buttons, one per line the server offers), the
priority question (elderly, disability, pregnant, or none: DOMAIN.md "Queue"), and the
ticket page, which shows the number, the service, the time, the people ahead and the
estimated wait, and, when the printer failed, the ticket itself as the printer would
have printed it (PNG preview with its QR) marked "not printed", with a reprint button.
A view only: `queue.QueueController` decides what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from anjungan.core.domain.queue_policy import PriorityReason
from anjungan.core.wire.queue import IssuedTicket, QueueServiceOut
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import ScreenView
from anjungan.kiosk.screens.widgets import Card, FactRow, ListButton, hbox, wrapping
from anjungan.kiosk.ui.widgets import named

PREVIEW_WIDTH_PX = 460


class QueueView(ScreenView):
    service_chosen = Signal(str)
    priority_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Page 1: services, filled from the server's list.
        self.services_page = QWidget()
        self.services_hint = wrapping(named(QLabel(), "Body"))
        self.retry_button = named(QPushButton(), "Primary")
        self.service_buttons: list[ListButton] = []
        self._services: list[QueueServiceOut] = []
        self._ticket: tuple[IssuedTicket, str, bool] | None = None
        self._services_layout = QVBoxLayout(self.services_page)
        self._services_layout.setContentsMargins(0, 0, 12, 0)
        self._services_layout.setSpacing(16)
        self._services_layout.addWidget(self.services_hint)
        self._services_layout.addWidget(self.retry_button)
        self._services_layout.addStretch(1)
        self.add_page(self.services_page)
        # Page 2: priority.
        self.priority_page = QWidget()
        self.chosen_service = wrapping(named(QLabel(), "Lead"))
        self.priority_question = wrapping(named(QLabel(), "Body"))
        self.priority_buttons: dict[PriorityReason, ListButton] = {}
        layout = QVBoxLayout(self.priority_page)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(16)
        layout.addWidget(self.chosen_service)
        layout.addWidget(self.priority_question)
        for reason in PriorityReason:
            button = ListButton(reason.value)
            button.clicked.connect(lambda _=False, r=reason: self.priority_chosen.emit(r.value))
            self.priority_buttons[reason] = button
            layout.addWidget(button)
        self.back_button = named(QPushButton(), "Secondary")
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        self.add_page(self.priority_page)
        # Page 3: the ticket.
        self.ticket_page = QWidget()
        self.take_ticket = wrapping(named(QLabel(), "Lead"))
        self.number = named(QLabel(), "TicketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.service_name = wrapping(named(QLabel(), "Lead"))
        self.service_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts = Card()
        self.time_row, self.ahead_row, self.wait_row = FactRow(), FactRow(), FactRow()
        for row in (self.time_row, self.ahead_row, self.wait_row):
            self.facts.body.addWidget(row)
        self.not_printed = wrapping(named(QLabel(), "NotPrinted"))
        self.not_printed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = named(QLabel(), "TicketPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reprint_button = named(QPushButton(), "Primary")
        self.done_button = named(QPushButton(), "Secondary")
        ticket = QVBoxLayout(self.ticket_page)
        ticket.setContentsMargins(0, 0, 12, 0)
        ticket.setSpacing(16)
        for widget in (self.take_ticket, self.number, self.service_name, self.facts):
            ticket.addWidget(widget)
        # When printing failed the buttons come before the long preview, so "Print again"
        # is on screen without scrolling.
        ticket.addWidget(self.not_printed)
        ticket.addLayout(hbox(self.reprint_button, self.done_button))
        ticket.addWidget(self.preview)
        ticket.addStretch(1)
        self.add_page(self.ticket_page)
        self.clear_ticket()
        self.retranslate()

    # -- pages ---------------------------------------------------------------------------

    def show_services(self, services: Sequence[QueueServiceOut]) -> None:
        for button in self.service_buttons:
            button.deleteLater()
        self.service_buttons = []
        self._services = list(services)
        for index, service in enumerate(services):
            button = ListButton(service.code)
            button.set_texts(fmt.pick(service.name_id, service.name_en))
            button.clicked.connect(lambda _=False, c=service.code: self.service_chosen.emit(c))
            self._services_layout.insertWidget(1 + index, button)
            self.service_buttons.append(button)
        self.retry_button.hide()
        self.show_page(self.services_page)

    def show_services_failed(self) -> None:
        self.retry_button.show()
        self.show_page(self.services_page)

    def show_priority(self, service_name: str) -> None:
        self.chosen_service.setText(self.tr("Service: %1").replace("%1", service_name))
        self.show_page(self.priority_page)

    def show_ticket(self, ticket: IssuedTicket, local_time: str, *, printed: bool) -> None:
        self._ticket = (ticket, local_time, printed)
        self._fill_ticket()
        self.show_page(self.ticket_page)

    def _fill_ticket(self) -> None:
        if self._ticket is None:
            return
        ticket, local_time, printed = self._ticket
        self.number.setText(ticket.label)
        self.service_name.setText(fmt.pick(ticket.service_name_id, ticket.service_name_en))
        self.time_row.set(self.tr("Taken at"), local_time)
        self.ahead_row.set(
            self.tr("People ahead of you"),
            self.tr("%1 people").replace("%1", str(ticket.people_ahead)),
        )
        wait = ticket.estimated_wait_minutes
        self.wait_row.set(
            self.tr("Estimated wait"),
            fmt.minutes(wait) if wait is not None else self.tr("not known yet"),
        )
        self.set_printed(printed)

    def set_printed(self, printed: bool) -> None:
        if self._ticket is not None:
            self._ticket = (*self._ticket[:2], printed)
        self.take_ticket.setText(
            self.tr("Please take your ticket from the printer.")
            if printed
            else self.tr("Your queue number")
        )
        self.not_printed.setVisible(not printed)
        self.preview.setVisible(not printed and not self.preview.pixmap().isNull())
        self.reprint_button.setVisible(not printed)

    def set_preview(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png, "PNG"):
            pixmap = pixmap.scaledToWidth(
                PREVIEW_WIDTH_PX, Qt.TransformationMode.SmoothTransformation
            )
        self.preview.setPixmap(pixmap)

    def clear_ticket(self) -> None:
        self._ticket = None
        for label in (self.number, self.service_name, self.chosen_service):
            label.clear()
        for row in (self.time_row, self.ahead_row, self.wait_row):
            row.clear()
        self.preview.setPixmap(QPixmap())
        self.not_printed.hide()
        self.preview.hide()

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Queue ticket"))
        self.services_hint.setText(self.tr("Which service do you need at the counter?"))
        self.retry_button.setText(self.tr("Try again"))
        self.priority_question.setText(
            self.tr(
                "Do you need priority service? Elderly people, people with a disability and "
                "pregnant women are called sooner."
            )
        )
        captions = {
            PriorityReason.NONE: (self.tr("No, regular queue"), ""),
            PriorityReason.ELDERLY: (self.tr("Yes: elderly"), self.tr("60 years or older")),
            PriorityReason.DISABLED: (self.tr("Yes: person with a disability"), ""),
            PriorityReason.PREGNANT: (self.tr("Yes: pregnant woman"), ""),
        }
        for reason, (title, caption) in captions.items():
            self.priority_buttons[reason].set_texts(title, caption)
        self.back_button.setText(self.tr("Choose another service"))
        self.not_printed.setText(
            self.tr(
                "NOT PRINTED. The printer did not work: this screen is your ticket. Show it "
                "at the counter, or take a photo of it."
            )
        )
        self.reprint_button.setText(self.tr("Print again"))
        self.done_button.setText(self.tr("Done"))
        for button, service in zip(self.service_buttons, self._services, strict=False):
            button.set_texts(fmt.pick(service.name_id, service.name_en))
        self._fill_ticket()
