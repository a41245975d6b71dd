"""Info JKN: the topics as big buttons, each opening a readable page.

Owns `InfoView` (the list of topics; one page with the title, the summary, paragraphs
and bullet lists in large text, scrollable) and `InfoController`. The content is the
packaged `assets/info/<lang>.toml` read by `core.info.load_info`, in the kiosk's current
language and reloaded when the language changes. Works offline: nothing is fetched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from anjungan.core.info import BulletList, InfoPage, Paragraph, load_info
from anjungan.kiosk.screens.base import ScreenView
from anjungan.kiosk.screens.widgets import ListButton, wrapping
from anjungan.kiosk.ui.language import current_language
from anjungan.kiosk.ui.widgets import named

BULLET = "•"


# Sources name regulations for participants; internal references (seed files, our own
# data files, design notes) are for editors and stay in the content file only.
_INTERNAL = ("seed", ".md", ".toml", ".txt", "anjungan/")


def public_sources(sources: tuple[str, ...]) -> list[str]:
    """The parts of a page's sources a participant can look up: regulations, by name."""
    parts = [part.strip() for source in sources for part in source.split(";")]
    return [part for part in parts if part and not any(tag in part for tag in _INTERNAL)]


class InfoView(ScreenView):
    topic_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics_page = QWidget()
        self.intro = wrapping(named(QLabel(), "Body"))
        self._topics_layout = QVBoxLayout(self.topics_page)
        self._topics_layout.setContentsMargins(0, 0, 12, 0)
        self._topics_layout.setSpacing(16)
        self._topics_layout.addWidget(self.intro)
        self._topics_layout.addStretch(1)
        self.topic_buttons: list[ListButton] = []
        self.add_page(self.topics_page)
        self.reading_page = QWidget()
        self.page_title = wrapping(named(QLabel(), "Lead"))
        self.page_summary = wrapping(named(QLabel(), "InfoSummary"))
        self.blocks = QWidget()
        self._blocks_layout = QVBoxLayout(self.blocks)
        self._blocks_layout.setContentsMargins(0, 0, 0, 0)
        self._blocks_layout.setSpacing(18)
        self.sources = wrapping(named(QLabel(), "Footer"))
        self.back_button = named(QPushButton(), "Secondary")
        reading = QVBoxLayout(self.reading_page)
        reading.setContentsMargins(0, 0, 12, 0)
        reading.setSpacing(20)
        for widget in (
            self.back_button,
            self.page_title,
            self.page_summary,
            self.blocks,
            self.sources,
        ):
            reading.addWidget(widget)
        reading.addStretch(1)
        self.add_page(self.reading_page)
        self.retranslate()

    def show_topics(self, pages: tuple[InfoPage, ...]) -> None:
        for button in self.topic_buttons:
            button.deleteLater()
        self.topic_buttons = []
        for index, page in enumerate(pages):
            button = ListButton(page.key)
            button.set_texts(page.title, page.summary)
            button.clicked.connect(lambda _=False, k=page.key: self.topic_chosen.emit(k))
            self._topics_layout.insertWidget(1 + index, button)
            self.topic_buttons.append(button)

    def show_reading(self, page: InfoPage) -> None:
        while self._blocks_layout.count():
            item = self._blocks_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.page_title.setText(page.title)
        self.page_summary.setText(page.summary)
        for block in page.body:
            if isinstance(block, Paragraph):
                text = block.text
            elif isinstance(block, BulletList):
                text = "\n".join(f"{BULLET} {item}" for item in block.items)
            else:  # pragma: no cover - core.info has two block kinds
                continue
            self._blocks_layout.addWidget(wrapping(named(QLabel(text), "InfoText")))
        shown = public_sources(page.sources)
        self.sources.setVisible(bool(shown))
        self.sources.setText(self.tr("Sources: %1").replace("%1", "; ".join(shown)))
        self.show_page(self.reading_page)

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Info JKN"))
        self.intro.setText(self.tr("Touch a topic to read about it."))
        self.back_button.setText(self.tr("Back to the topics"))


class InfoController(QObject):
    home_requested = Signal()

    def __init__(self, view: InfoView) -> None:
        super().__init__(view)
        self.view = view
        self.pages: tuple[InfoPage, ...] = ()
        self.reading: str | None = None
        view.home_requested.connect(self.home_requested)
        view.topic_chosen.connect(self.open_topic)
        view.back_button.clicked.connect(self._to_topics)
        view.installEventFilter(self)
        self._load()

    def _load(self) -> None:
        self.pages = load_info(current_language())
        self.view.show_topics(self.pages)
        if self.reading is not None:
            self.open_topic(self.reading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self._load()
        return False

    def open(self) -> None:
        self.reset()

    def open_topic(self, key: str) -> None:
        page = next((p for p in self.pages if p.key == key), None)
        if page is not None:
            self.reading = key
            self.view.show_reading(page)

    def _to_topics(self) -> None:
        self.reading = None
        self.view.show_page(self.view.topics_page)

    def reset(self) -> None:
        self._to_topics()
