"""Find a facility or office: by name as you type, by kind, nearest to this kiosk.

Owns `FaskesController` (the view is `faskes_view.FaskesView`). It searches the
in-memory `places.Directory` kept by `reference.DirectoryKeeper` from the server's
snapshot, so it works the same online and offline (DESIGN.md: offline features keep
working); the keeper refreshes the cache in the background. Typing is debounced a
little so a fast typist does not search once per letter. "Nearest" uses the kiosk's
configured `location` (device TOML); without one, results are sorted by name and the
toggle is hidden. Nothing personal is searched or kept.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from anjungan.kiosk.places import Category, Place
from anjungan.kiosk.reference import DirectoryKeeper
from anjungan.kiosk.screens.faskes_view import MAX_RESULTS, FaskesView
from anjungan.kiosk.ui.banner import Level, NextStep

TYPING_PAUSE = timedelta(milliseconds=150)


class FaskesController(QObject):
    home_requested = Signal()

    def __init__(
        self,
        view: FaskesView,
        keeper: DirectoryKeeper,
        location: tuple[float, float] | None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.keeper = keeper
        self.location = location
        self.category = Category.ALL
        self.found: list[Place] = []
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(int(TYPING_PAUSE.total_seconds() * 1000))
        self._pause.timeout.connect(self.search)
        view.home_requested.connect(self.home_requested)
        view.text_changed.connect(lambda _text: self._pause.start())
        view.category_chosen.connect(self.choose_category)
        view.nearest_button.toggled.connect(lambda _on: self.search())
        view.nearest_button.setVisible(location is not None)
        view.place_chosen.connect(self.open_place)
        view.back_button.clicked.connect(lambda: view.show_page(view.search_page))
        keeper.updated.connect(self._directory_updated)

    def open(self) -> None:
        self.reset()
        self.search()

    def choose_category(self, value: str) -> None:
        self.category = Category(value)
        self.search()

    def search(self) -> None:
        self._pause.stop()
        view = self.view
        near = self.location if view.nearest_button.isChecked() else None
        self.found = self.keeper.directory.search(
            view.search.text(), category=self.category, near=near, limit=MAX_RESULTS
        )
        if not self.keeper.ready:
            view.banner.show_message(
                Level.WARNING,
                self.tr("The list of facilities is not on this kiosk yet."),
                NextStep.CARE_CENTER,
            )
            text = ""
        elif self.found:
            view.banner.clear()
            text = self.tr("Places found: %1. Touch one to see its details.").replace(
                "%1", str(len(self.found))
            )
        else:
            view.banner.clear()
            text = self.tr("Nothing found. Try fewer letters or another kind.")
        view.show_results(self.found, text)

    def open_place(self, code: str) -> None:
        place = next((p for p in self.found if p.code == code), None)
        if place is not None:
            self.view.show_place(place)

    def _directory_updated(self) -> None:
        if self.view.isVisible() and self.view.current_page() is self.view.search_page:
            self.search()

    def reset(self) -> None:
        self._pause.stop()
        self.category = Category.ALL
        self.view.banner.clear()
        self.view.reset_search()
        self.view.nearest_button.setChecked(self.location is not None)
        self.view.show_page(self.view.search_page)
        self.found = []
        self.view.show_results([], "")
