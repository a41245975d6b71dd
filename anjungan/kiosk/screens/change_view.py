"""The pages of the FKTP / class change screen, from the NIK to the server's answer.

Owns `ChangeView`: NIK keypad, date of birth, "what do you want to change" (with the
current FKTP and class), a list of nearby FKTPs, the classes, a confirmation sentence,
and the result. A view only: `change.ChangeController` decides what is shown, and
`reset` through it empties every page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from anjungan.core.clock import Clock
from anjungan.core.domain.segments import CareClass
from anjungan.kiosk.places import Place
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import ScreenView
from anjungan.kiosk.screens.date_entry import DateEntry
from anjungan.kiosk.screens.identify import IdentifyPage
from anjungan.kiosk.screens.place_names import kind_name
from anjungan.kiosk.screens.widgets import Card, FactRow, ListButton, hbox, wrapping
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named

MAX_FKTP_CHOICES = 8


def _page(spacing: int = 20) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 12, 0)
    layout.setSpacing(spacing)
    return page, layout


class ChangeView(ScreenView):
    fktp_chosen = Signal(str)
    class_chosen = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identify = IdentifyPage(clock)
        self.add_page(self.identify)

        self.birth_page, birth = _page()
        self.birth_hint = wrapping(named(QLabel(), "Body"))
        self.date_entry = DateEntry(clock)
        birth.addWidget(self.birth_hint)
        birth.addWidget(self.date_entry, 0, Qt.AlignmentFlag.AlignHCenter)
        birth.addStretch(1)
        self.add_page(self.birth_page)

        self.choose_page, choose = _page()
        self.who = wrapping(named(QLabel(), "Lead"))
        self.current = Card()
        self.fktp_row, self.class_row = FactRow(), FactRow()
        self.current.body.addWidget(self.fktp_row)
        self.current.body.addWidget(self.class_row)
        self.choose_hint = wrapping(named(QLabel(), "Body"))
        self.fktp_button = ListButton("fktp")
        self.class_button = ListButton("class")
        for widget in (self.who, self.current, self.choose_hint, self.fktp_button):
            choose.addWidget(widget)
        choose.addWidget(self.class_button)
        choose.addStretch(1)
        self.add_page(self.choose_page)

        self.fktp_page, fktp = _page(14)
        self.fktp_hint = wrapping(named(QLabel(), "Body"))
        fktp.addWidget(self.fktp_hint)
        self.fktp_buttons: list[ListButton] = []
        for _ in range(MAX_FKTP_CHOICES):
            button = ListButton()
            button.clicked.connect(lambda _=False, b=button: self.fktp_chosen.emit(b.key))
            self.fktp_buttons.append(button)
            fktp.addWidget(button)
        self.fktp_back = named(QPushButton(), "Secondary")
        fktp.addWidget(self.fktp_back)
        fktp.addStretch(1)
        self.add_page(self.fktp_page)

        self.class_page, classes = _page(14)
        self.class_hint = wrapping(named(QLabel(), "Body"))
        classes.addWidget(self.class_hint)
        self.class_buttons: dict[CareClass, ListButton] = {}
        for care_class in CareClass:
            button = ListButton(care_class.value)
            button.clicked.connect(lambda _=False, c=care_class: self.class_chosen.emit(c.value))
            self.class_buttons[care_class] = button
            classes.addWidget(button)
        self.class_back = named(QPushButton(), "Secondary")
        classes.addWidget(self.class_back)
        classes.addStretch(1)
        self.add_page(self.class_page)

        self.confirm_page, confirm = _page(28)
        self.confirm_text = wrapping(named(QLabel(), "Lead"))
        self.confirm_note = wrapping(named(QLabel(), "Body"))
        self.confirm_button = named(QPushButton(), "Primary")
        self.confirm_back = named(QPushButton(), "Secondary")
        confirm.addWidget(self.confirm_text)
        confirm.addWidget(self.confirm_note)
        confirm.addLayout(hbox(self.confirm_button, self.confirm_back))
        confirm.addStretch(1)
        self.add_page(self.confirm_page)

        self.result_page, result = _page(28)
        self.result_badge = wrapping(named(QLabel(), "StatusBadge"))
        self.result_text = wrapping(named(QLabel(), "Lead"))
        self.result_note = wrapping(named(QLabel(), "Body"))
        self.done_button = named(QPushButton(), "Primary")
        for part in (self.result_badge, self.result_text, self.result_note, self.done_button):
            result.addWidget(part)
        result.addStretch(1)
        self.add_page(self.result_page)
        self.retranslate()

    # -- filling ---------------------------------------------------------------------------

    def show_choices(self, masked_name: str, fktp: str, care_class: str) -> None:
        self.who.setText(masked_name)
        self.fktp_row.set(self.tr("Your FKTP now"), fktp)
        self.class_row.set(self.tr("Your care class now"), care_class)
        self.fktp_button.set_texts(
            self.tr("Change my FKTP"), self.tr("The clinic or Puskesmas where you are registered")
        )
        self.class_button.set_texts(
            self.tr("Change my care class"), self.tr("For the whole family (PBPU/BP only)")
        )
        self.show_page(self.choose_page)

    def show_fktp_choices(self, places: Sequence[Place]) -> None:
        for button, place in zip(self.fktp_buttons, places, strict=False):
            button.key = place.code
            distance = (
                " · " + fmt.distance(place.distance_km) if place.distance_km is not None else ""
            )
            button.set_texts(place.name, f"{kind_name(place.kind)}{distance}\n{place.address}")
            button.show()
        for button in self.fktp_buttons[len(places) :]:
            button.key = ""
            button.clear()
            button.hide()
        self.show_page(self.fktp_page)

    def show_class_choices(self, choices: Sequence[CareClass]) -> None:
        for care_class, button in self.class_buttons.items():
            button.set_texts(fmt.pick(care_class.label_id, care_class.label_en))
            button.setVisible(care_class in choices)
        self.show_page(self.class_page)

    def show_confirm(self, text: str) -> None:
        self.confirm_text.setText(text)
        self.show_page(self.confirm_page)

    def show_result(self, accepted: bool, text: str, note: str) -> None:
        set_state(self.result_badge, "state", "active" if accepted else "inactive")
        self.result_badge.setText(
            self.tr("REQUEST ACCEPTED") if accepted else self.tr("NOT POSSIBLE HERE")
        )
        self.result_text.setText(text)
        self.result_note.setText(note)
        self.show_page(self.result_page)

    def clear_pages(self) -> None:
        self.identify.reset()
        self.date_entry.reset()
        for label in (self.who, self.confirm_text, self.result_text, self.result_note):
            label.clear()
        self.result_badge.clear()
        for row in (self.fktp_row, self.class_row):
            row.clear()
        for button in self.fktp_buttons:
            button.key = ""
            button.clear()

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Change FKTP or class"))
        self.identify.set_instruction(
            self.tr("Type your 16-digit NIK (on your KTP), then press OK.")
        )
        self.birth_hint.setText(
            self.tr("To check that it is you, type your date of birth as on your KTP.")
        )
        self.choose_hint.setText(self.tr("What do you want to change?"))
        self.fktp_hint.setText(
            self.tr(
                "Choose your new FKTP. These are the nearest. The change starts on the 1st "
                "of next month."
            )
        )
        self.fktp_back.setText(self.tr("Back"))
        self.class_hint.setText(
            self.tr(
                "Choose the new care class. It applies to every member of your family from "
                "the 1st of next month, and changes the monthly contribution."
            )
        )
        self.class_back.setText(self.tr("Back"))
        self.confirm_note.setText(
            self.tr(
                "When you confirm, the request is sent to BPJS Kesehatan. Please check it "
                "before you confirm."
            )
        )
        self.confirm_button.setText(self.tr("Confirm"))
        self.confirm_back.setText(self.tr("Back"))
        self.done_button.setText(self.tr("Done"))
