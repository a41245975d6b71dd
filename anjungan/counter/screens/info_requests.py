"""The information log screen: pick the channel, press the topic, done (two clicks).

View: the channel buttons (the choice stays for the next question, so a busy desk logs
most questions in one click), one big button per topic with today's count on it, the
day's total and a line confirming the last question logged. Controller: each topic press
runs `log_info_request` on the database worker and shows the new counts. Must not
import the store: `InfoPort` is implemented by the composition root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.complaint_sla import Channel
from anjungan.core.errors import AnjunganError
from anjungan.core.services.info_requests import INFO_CHANNELS, InfoTopic
from anjungan.counter.widgets.formatting import format_time
from anjungan.counter.worker import DbWorker
from anjungan.kiosk.ui.widgets import named

log = logging.getLogger(__name__)
TOPIC_COLUMNS = 2

Counts = dict[InfoTopic, int]


class InfoPort(Protocol):
    def now(self) -> datetime: ...

    def log_info(self, topic: InfoTopic, channel: Channel) -> Counts: ...

    def info_counts(self) -> Counts: ...


class InfoRequestsView(QWidget):
    language_changed = Signal()
    shown = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.title = named(QLabel(), "ScreenTitle")
        self.channel_caption = named(QLabel(), "Caption")
        self.channel_group = QButtonGroup(self)
        self.channels: dict[Channel, QPushButton] = {}
        channels = QHBoxLayout()
        channels.addWidget(self.channel_caption)
        for channel in INFO_CHANNELS:
            button = named(QPushButton(), "Choice")
            button.setCheckable(True)
            self.channel_group.addButton(button)
            self.channels[channel] = button
            channels.addWidget(button)
        channels.addStretch(1)
        self.channels[INFO_CHANNELS[0]].setChecked(True)
        self.topics: dict[InfoTopic, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, topic in enumerate(InfoTopic):
            button = named(QPushButton(), "Topic")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumHeight(52)
            self.topics[topic] = button
            grid.addWidget(button, index // TOPIC_COLUMNS, index % TOPIC_COLUMNS)
        self.total = named(QLabel(), "Total")
        self.last = named(QLabel(), "Saved")
        self.last.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(channels)
        layout.addLayout(grid, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.last)
        self._counts: Counts = dict.fromkeys(InfoTopic, 0)
        self.retranslate()

    def focus_first(self) -> None:
        self.topics[InfoTopic.REGISTRATION].setFocus()

    def channel(self) -> Channel:
        return next(c for c, b in self.channels.items() if b.isChecked())

    def show_counts(self, counts: Counts) -> None:
        self._counts = counts
        lang = self._lang()
        for topic, button in self.topics.items():
            button.setText(f"{topic.label(lang)}   ({counts.get(topic, 0)})")
        self.total.setText(
            self.tr("Today: {n} information requests").format(n=sum(counts.values()))
        )

    def channel_label(self, channel: Channel) -> str:
        return {
            Channel.DIRECT: self.tr("In person"),
            Channel.ORAL: self.tr("Phone"),
            Channel.WRITTEN: self.tr("Written"),
        }.get(channel, channel.label(self._lang()))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Information requests"))
        self.channel_caption.setText(self.tr("Channel:"))
        for channel, button in self.channels.items():
            button.setText(self.channel_label(channel))
        self.show_counts(self._counts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.shown.emit()


class InfoRequestsController(QObject):
    def __init__(
        self,
        view: InfoRequestsView,
        port: InfoPort,
        worker: DbWorker,
        lang: Callable[[], str],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.lang = lang
        self._last: tuple[InfoTopic, Channel, datetime] | None = None
        for topic, button in view.topics.items():
            button.clicked.connect(lambda _=False, t=topic: self.log(t))
        view.language_changed.connect(self._show_last)
        # Today's counts are read each time the screen shows (the day may have changed).
        view.shown.connect(self.refresh)
        self._show_last()

    def log(self, topic: InfoTopic) -> None:
        channel = self.view.channel()
        self.worker.submit(
            lambda: self.port.log_info(topic, channel),
            lambda counts: self._logged(topic, channel, counts),
            self._failed,
        )

    def refresh(self) -> None:
        self.worker.submit(self.port.info_counts, self.view.show_counts, self._failed)

    def _logged(self, topic: InfoTopic, channel: Channel, counts: Counts) -> None:
        self._last = (topic, channel, self.port.now())
        self.view.show_counts(counts)
        self._show_last()

    def _show_last(self) -> None:
        if self._last is None:
            self.view.last.setText(self.tr("Press a topic to log a question answered."))
            return
        topic, channel, at = self._last
        self.view.last.setText(
            self.tr("Logged at {time}: {topic} ({channel}).").format(
                time=format_time(at, self.lang()),
                topic=topic.label(self.lang()),
                channel=self.view.channel_label(channel),
            )
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, AnjunganError):
            self.view.last.setText(error.message(self.lang()))
            return
        log.error("information log failed", exc_info=error)
        self.view.last.setText(
            self.tr("Not logged because of an unexpected error. Press the topic again.")
        )
