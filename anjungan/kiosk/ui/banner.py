"""Banners across the top of a kiosk screen: offline mode, and a message with a next step.

Owns two views. `OfflineBanner` says the kiosk is showing saved data and how old it is
("Offline — data last updated 3 hours ago"), the age computed from an injected `Clock`
(STYLE.md 11) and re-computed every minute while shown. `MessageBanner` shows one
message in an info, warning or error style with the next step under it ("Call Care
Center 165 or come to the counter."), so a participant is never left at a dead end. They
fetch nothing and decide nothing: the screen says when the kiosk is offline, when the
data was saved, and which message to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjungan.core.clock import Clock
from anjungan.core.errors import AnjunganError
from anjungan.kiosk.ui.language import current_language
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named

AgeUnit = Literal["now", "minutes", "hours", "days"]
REFRESH_INTERVAL = timedelta(minutes=1)


@dataclass(frozen=True)
class DataAge:
    """How old saved data is, in the largest whole unit (floor): 179 minutes is 2 hours."""

    unit: AgeUnit
    count: int


def data_age(last_updated: datetime, now: datetime) -> DataAge:
    """The age of data saved at ``last_updated`` as seen at ``now``.

    Under a minute (or a timestamp ahead of the kiosk clock, which happens after a clock
    correction) is "just now": never a negative age.
    """
    seconds = (now - last_updated).total_seconds()
    minutes = int(seconds // 60)
    if minutes < 1:
        return DataAge("now", 0)
    if minutes < 60:
        return DataAge("minutes", minutes)
    if minutes < 24 * 60:
        return DataAge("hours", minutes // 60)
    return DataAge("days", minutes // (24 * 60))


class OfflineBanner(QFrame):
    """``OfflineBanner(clock)``; `set_last_updated(when)` with the time the cache was filled."""

    def __init__(
        self,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        refresh_interval: timedelta = REFRESH_INTERVAL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OfflineBanner")
        self._clock = clock
        self._last_updated: datetime | None = None
        self.icon = named(QLabel("⚠"), "BannerIcon")
        self.text = named(QLabel(), "OfflineBannerText")
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(20)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        # The age goes stale while the banner sits on screen; re-read the clock regularly.
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(refresh_interval.total_seconds() * 1000)))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_last_updated(self, when: datetime | None) -> None:
        """When the saved data was last refreshed from the server; None if never."""
        self._last_updated = when
        self.refresh()

    def refresh(self) -> None:
        if self._last_updated is None:
            self.text.setText(self.tr("Offline — no saved data on this kiosk yet."))
            return
        age = self.age_text(data_age(self._last_updated, self._clock.now()))
        self.text.setText(self.tr("Offline — data last updated %1.").replace("%1", age))

    def age_text(self, age: DataAge) -> str:
        # Whole phrases, not "%n" plurals: Indonesian has no plural and the .ts keeps
        # one translation per source string.
        if age.unit == "now":
            return self.tr("just now")
        one, many = {
            "minutes": (self.tr("1 minute ago"), self.tr("%1 minutes ago")),
            "hours": (self.tr("1 hour ago"), self.tr("%1 hours ago")),
            "days": (self.tr("1 day ago"), self.tr("%1 days ago")),
        }[age.unit]
        return one if age.count == 1 else many.replace("%1", str(age.count))

    def retranslate(self) -> None:
        self.icon.setAccessibleName(self.tr("Offline"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Level(StrEnum):
    """The look of a message; kiosk.qss selects on ``[level="..."]``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


LEVEL_ICONS = {Level.INFO: "i", Level.WARNING: "!", Level.ERROR: "✕"}


class NextStep(Enum):
    """What a participant can do next, in words every screen shares (English sources)."""

    NONE = ""
    CARE_CENTER = QT_TRANSLATE_NOOP("MessageBanner", "Call Care Center 165 or come to the counter.")
    COUNTER = QT_TRANSLATE_NOOP("MessageBanner", "Please take a queue number for the counter.")
    TRY_AGAIN = QT_TRANSLATE_NOOP("MessageBanner", "Please try again in a few minutes.")
    CHECK_INPUT = QT_TRANSLATE_NOOP("MessageBanner", "Check the number and type it again.")


class MessageBanner(QFrame):
    """One message in a coloured band with its next step; hidden until `show_message`.

    ``message`` may be a domain error (`AnjunganError`), shown in the current language and
    re-shown on a language change, or text the screen has already translated.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBanner")
        self._message: str | AnjunganError = ""
        self._next_step: NextStep | str = NextStep.NONE
        self.level = Level.INFO
        self.icon = named(QLabel(), "BannerIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setFixedSize(56, 56)
        self.text = named(QLabel(), "MessageBannerText")
        self.step = named(QLabel(), "MessageBannerStep")
        for label in (self.text, self.step):
            label.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.text)
        texts.addWidget(self.step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(20)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        set_state(self, "level", self.level.value)
        self.hide()

    def show_message(
        self,
        level: Level,
        message: str | AnjunganError,
        next_step: NextStep | str = NextStep.NONE,
    ) -> None:
        """Show ``message``; ``next_step`` is a shared `NextStep` or translated text."""
        self.level = level
        self._message = message
        self._next_step = next_step
        set_state(self, "level", level.value)
        set_state(self.icon, "level", level.value)
        self.icon.setText(LEVEL_ICONS[level])
        self.retranslate()
        self.show()

    def clear(self) -> None:
        """Hide and forget the message (it may mention what the participant typed)."""
        self._message = ""
        self._next_step = NextStep.NONE
        self.text.clear()
        self.step.clear()
        self.hide()

    def retranslate(self) -> None:
        message = self._message
        self.text.setText(
            message.message(current_language()) if isinstance(message, AnjunganError) else message
        )
        step = self._next_step
        if isinstance(step, NextStep):
            step_text = self.tr(step.value) if step.value else ""
        else:
            step_text = step
        self.step.setText(step_text)
        self.step.setVisible(bool(step_text))
        self.icon.setAccessibleName(
            {
                Level.INFO: self.tr("Information"),
                Level.WARNING: self.tr("Warning"),
                Level.ERROR: self.tr("Error"),
            }[self.level]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
