"""The faskes and office search screen's pages: search as you type, and one place's details.

Owns `FaskesView`: a search box typed with the on-screen keyboard, filter buttons by
kind, a "nearest first" toggle, the results as big buttons, and a details page
(address, opening hours, phone, type, distance). In portrait the keyboard sits under
the results; in landscape beside them, so both fit 1080 px of height. A view only:
`faskes.FaskesController` searches and fills it. Directory data is public: nothing
personal is shown or kept here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjungan.kiosk.places import Category, Place
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import ScreenView
from anjungan.kiosk.screens.place_names import kind_name
from anjungan.kiosk.screens.widgets import Card, ChoiceBar, FactRow, ListButton, scrolling, wrapping
from anjungan.kiosk.ui.keyboard import TouchKeyboard
from anjungan.kiosk.ui.scale import Orientation, orientation
from anjungan.kiosk.ui.widgets import named
from anjungan.kiosk.ui.window_shape import WindowShape

MAX_RESULTS = 20


class FaskesView(ScreenView):
    text_changed = Signal(str)
    category_chosen = Signal(str)
    place_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = WindowShape(self)
        self._shape.changed.connect(self._follow_window)
        # Search page.
        self.search_page = QWidget()
        self.search = named(QLineEdit(), "TouchSearch")
        self.search.setClearButtonEnabled(False)
        self.search.textChanged.connect(self.text_changed)
        self.categories = ChoiceBar([c.value for c in Category], columns=4)
        self.categories.chosen.connect(self.category_chosen)
        self.nearest_button = named(QPushButton(), "Chip")
        self.nearest_button.setCheckable(True)
        self.nearest_button.setMinimumHeight(72)
        self.nearest_button.toggled.connect(lambda _on: self._nearest_text())
        self.count = wrapping(named(QLabel(), "Hint"))
        self.results = QWidget()
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 12, 0)
        results_layout.setSpacing(12)
        self.result_buttons: list[ListButton] = []
        for _ in range(MAX_RESULTS):
            button = ListButton()
            button.clicked.connect(lambda _=False, b=button: self.place_chosen.emit(b.key))
            button.hide()
            self.result_buttons.append(button)
            results_layout.addWidget(button)
        results_layout.addStretch(1)
        self.results_scroll = scrolling(self.results)
        self.keyboard = TouchKeyboard(self.search)
        left = QVBoxLayout()
        left.setSpacing(16)
        for widget in (self.search, self.categories, self.nearest_button, self.count):
            left.addWidget(widget)
        left.addWidget(self.results_scroll, 1)
        self._split = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.search_page)
        self._split.setContentsMargins(0, 0, 0, 0)
        self._split.setSpacing(24)
        self._split.addLayout(left, 1)
        self._split.addWidget(self.keyboard)
        self.add_page(self.search_page)
        # Details page.
        self.detail_page = QWidget()
        self.detail_name = wrapping(named(QLabel(), "Lead"))
        self.detail_kind = wrapping(named(QLabel(), "Hint"))
        self.detail_card = Card()
        self.address_row, self.hours_row, self.phone_row = FactRow(), FactRow(), FactRow()
        self.distance_row, self.code_row = FactRow(), FactRow()
        for row in (
            self.address_row,
            self.hours_row,
            self.phone_row,
            self.distance_row,
            self.code_row,
        ):
            self.detail_card.body.addWidget(row)
        self.back_button = named(QPushButton(), "Secondary")
        detail = QVBoxLayout(self.detail_page)
        detail.setContentsMargins(0, 0, 12, 0)
        detail.setSpacing(20)
        for part in (self.detail_name, self.detail_kind, self.detail_card, self.back_button):
            detail.addWidget(part)
        detail.addStretch(1)
        self.add_page(self.detail_page)
        self.retranslate()

    # -- orientation -----------------------------------------------------------------------

    def _follow_window(self, width: int, height: int) -> None:
        landscape = orientation(width, height) is Orientation.LANDSCAPE
        self._split.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )

    # -- filling ---------------------------------------------------------------------------

    def show_results(self, places: Sequence[Place], count_text: str) -> None:
        self.count.setText(count_text)
        for button, place in zip(self.result_buttons, places, strict=False):
            button.key = place.code
            caption = kind_name(place.kind)
            if place.distance_km is not None:
                caption += " · " + fmt.distance(place.distance_km)
            button.set_texts(place.name, f"{caption}\n{place.address}")
            button.show()
        for button in self.result_buttons[len(places) :]:
            button.key = ""
            button.clear()
            button.hide()

    def show_place(self, place: Place) -> None:
        self.detail_name.setText(place.name)
        self.detail_kind.setText(kind_name(place.kind))
        self.address_row.set(self.tr("Address"), place.address)
        self.hours_row.set(self.tr("Opening hours"), place.hours or self.tr("not known"))
        self.phone_row.set(self.tr("Phone"), place.phone or self.tr("not known"))
        self.distance_row.set(
            self.tr("Distance from here"),
            fmt.distance(place.distance_km) if place.distance_km is not None else "",
        )
        self.distance_row.setVisible(place.distance_km is not None)
        self.code_row.set(self.tr("Facility code"), place.code)
        self.show_page(self.detail_page)

    def reset_search(self) -> None:
        self.keyboard.reset()
        self.search.clear()
        self.categories.set_checked(Category.ALL.value)

    def _nearest_text(self) -> None:
        mark = "✓ " if self.nearest_button.isChecked() else ""
        self.nearest_button.setText(mark + self.tr("Nearest to this kiosk first"))

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Find a facility or office"))
        self.search.setPlaceholderText(self.tr("Type a name, e.g. PUSKESMAS"))
        names = {
            Category.ALL: self.tr("All"),
            Category.PUSKESMAS: self.tr("Puskesmas"),
            Category.CLINIC: self.tr("Clinic"),
            Category.DOCTOR: self.tr("Doctor, dentist"),
            Category.HOSPITAL: self.tr("Hospital"),
            Category.PHARMACY: self.tr("Pharmacy, optic"),
            Category.OFFICE: self.tr("BPJS office"),
        }
        for category, text in names.items():
            self.categories.buttons[category.value].setText(text)
        self._nearest_text()
        self.back_button.setText(self.tr("Back to the list"))
