"""The complaints screen: the new-complaint form on the left, the officer's list on the right.

The form shows the SLA due date for the chosen channel as it is picked; the list shows
each complaint's due date with a countdown badge (due today in amber, overdue in red),
with filters and a search box; Enter or a double click on a row opens the complaint
(`detail.py`), and the export for SIPP / SP4N-LAPOR! sits under the list. View only:
the controller validates, saves and fills the list; the colours of a badge are chosen
here from the row's flags.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.complaints import Category, Channel, ComplaintState
from anjungan.core.services.complaints import ComplaintForm, ComplaintRow, StatusFilter
from anjungan.counter.widgets.fields import FormErrors, FormGrid, mark_invalid
from anjungan.counter.widgets.formatting import format_date, format_time
from anjungan.kiosk.ui.widgets import named

# Channels an officer logs at the counter (the kiosk logs its own).
COUNTER_CHANNELS = (Channel.DIRECT, Channel.ORAL, Channel.WRITTEN, Channel.OTHER_OFFICIAL)
COLUMNS = 6
BADGE_COLUMN = 5
_RED, _AMBER, _GREEN, _GREY = "#C62828", "#FFB300", "#E3F1E8", "#ECEFF1"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Countdown(Protocol):
    """What a badge is drawn from: a list row or an opened complaint."""

    @property
    def state(self) -> ComplaintState: ...

    @property
    def working_days_left(self) -> int | None: ...

    @property
    def overdue(self) -> bool: ...

    @property
    def due_today(self) -> bool: ...


class ExportPeriod(StrEnum):
    """Which complaints go to the SIPP / SP4N-LAPOR! export, by the day received."""

    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    ALL = "all"

    def days(self, today: date) -> tuple[date | None, date | None]:
        first = today.replace(day=1)
        if self is ExportPeriod.THIS_MONTH:
            return first, today
        if self is ExportPeriod.LAST_MONTH:
            last = date.fromordinal(first.toordinal() - 1)
            return last.replace(day=1), last
        return None, None


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
    combo.blockSignals(False)


class ComplaintFormPanel(QFrame):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.title = named(QLabel(), "PanelTitle")
        self.channel = QComboBox()
        self.category = QComboBox()
        self.identifier = QLineEdit()
        self.identifier.setMaxLength(24)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.phone = QLineEdit()
        self.phone.setMaxLength(24)
        self.problem = QPlainTextEdit()
        self.cause = QPlainTextEdit()
        for box in (self.problem, self.cause):
            box.setTabChangesFocus(True)  # Tab leaves the box; Enter is a new line
            box.setFixedHeight(64)
        self.coordination = QCheckBox()
        grid = FormGrid(input_width=240, errors_below=True)
        self.captions: dict[str, QLabel] = {}
        for name, widget in (
            ("channel", self.channel),
            ("category", self.category),
            ("identifier", self.identifier),
            ("name", self.name),
            ("phone", self.phone),
            ("problem", self.problem),
            ("cause", self.cause),
            ("needs_coordination", self.coordination),
        ):
            caption, error = grid.add_field(widget)
            self.captions[name] = caption
            errors.bind(name, error, widget)
        self.due = named(QLabel(), "DuePreview")
        self.due.setWordWrap(True)
        self.save_button = named(QPushButton(), "Primary")
        self.save_button.setAutoDefault(True)
        self.status = named(QLabel(), "Saved")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.due)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def form(self) -> ComplaintForm:
        channel, category = self.channel.currentData(), self.category.currentData()
        return ComplaintForm(
            channel=Channel(channel) if channel else None,
            category=Category(category) if category else None,
            identifier=self.identifier.text(),
            name=self.name.text(),
            phone=self.phone.text(),
            problem=self.problem.toPlainText(),
            cause=self.cause.toPlainText(),
            needs_coordination=self.coordination.isChecked(),
        )

    def show_status(self, text: str, *, problem: bool = False) -> None:
        """The line under the save button: green when saved, red when something is wrong."""
        self.status.setText(text)
        mark_invalid(self.status, problem)

    def clear(self) -> None:
        """Empty the form for the next participant; the channel stays (same desk)."""
        for edit in (self.identifier, self.name, self.phone):
            edit.clear()
        for box in (self.problem, self.cause):
            box.clear()
        self.coordination.setChecked(False)
        self.category.setCurrentIndex(0)


class ComplaintListPanel(QFrame):
    open_requested = Signal(int)  # the row to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.title = named(QLabel(), "PanelTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.channel_filter = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.channel_filter, 1)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names and categories take what is left; long ones are elided, never the dates.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._double_clicked)
        self.count = named(QLabel(), "Hint")
        self.export_period = QComboBox()
        self.export_button = QPushButton()
        self.export_button.setAutoDefault(False)
        export = QHBoxLayout()
        export.addWidget(self.export_period, 1)
        export.addWidget(self.export_button)
        self.export_status = named(QLabel(), "Saved")
        self.export_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(export)
        layout.addWidget(self.export_status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and self.table.currentRow() >= 0
        ):
            self.open_requested.emit(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.row())

    def period(self) -> ExportPeriod:
        return ExportPeriod(self.export_period.currentData() or ExportPeriod.THIS_MONTH)

    def status(self) -> StatusFilter:
        return StatusFilter(self.status_filter.currentData() or StatusFilter.ALL)

    def channel(self) -> Channel | None:
        data = self.channel_filter.currentData()
        return Channel(data) if data else None


class ComplaintsView(QWidget):
    language_changed = Signal()
    shown = Signal()  # the countdowns move with the day: read the list again

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.errors = FormErrors(lang)
        self.title = named(QLabel(), "ScreenTitle")
        self.form = ComplaintFormPanel(self.errors)
        self.listing = ComplaintListPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.form)
        splitter.addWidget(self.listing)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.form.setMinimumWidth(430)
        self.form.setMaximumWidth(560)
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.search_shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        self.search_shortcut.activated.connect(self.listing.search.setFocus)
        self._rows: list[ComplaintRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def focus_first(self) -> None:
        self.form.channel.setFocus()

    def row_uuid(self, index: int) -> UUID | None:
        return self._rows[index].record_uuid if 0 <= index < len(self._rows) else None

    def show_rows(self, rows: list[ComplaintRow]) -> None:
        self._rows = rows
        lang = self._lang()
        table = self.listing.table
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            day = format_date(row.received_at.date(), lang, long=False, year=False)
            received = f"{day} {format_time(row.received_at, lang)}"
            cells = (
                received,
                row.reporter_name,
                self.short_channel(row.channel),
                row.category.label(lang),
                format_date(row.due_date, lang, long=False),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.problem if column == 1 else text)
                table.setItem(index, column, item)
            table.setItem(index, BADGE_COLUMN, self._badge(row))
        self.listing.count.setText(self.tr("{n} complaints shown").format(n=len(rows)))

    def short_channel(self, channel: Channel) -> str:
        return {
            Channel.DIRECT: self.tr("In person"),
            Channel.ORAL: self.tr("Phone, hotline, 165"),
            Channel.WRITTEN: self.tr("Written"),
            Channel.KIOSK: self.tr("Kiosk"),
            Channel.OTHER_OFFICIAL: self.tr("Other official"),
        }[channel]

    def badge(self, row: Countdown) -> tuple[str, str, str]:
        """The countdown as (text, background, foreground): red when overdue, amber on
        the due day, green before, grey once answered or while waiting for documents."""
        if row.overdue:
            late = -(row.working_days_left or 0)
            return self.tr("Overdue {n} working day(s)").format(n=late), _RED, "#FFFFFF"
        if row.working_days_left is None or row.state is ComplaintState.WAITING_FOR_PARTICIPANT:
            return row.state.label(self._lang()), _GREY, "#37474F"
        if row.due_today:
            return self.tr("Due today"), _AMBER, "#000000"
        text = self.tr("{n} working day(s) left").format(n=row.working_days_left)
        return text, _GREEN, "#0B2A17"

    def _badge(self, row: ComplaintRow) -> QTableWidgetItem:
        text, background, foreground = self.badge(row)
        item = QTableWidgetItem(text)
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def set_choices(self, lang: str) -> None:
        choose = self.tr("– choose –")
        channels = [(self.short_channel(c), c.value) for c in COUNTER_CHANNELS]
        _fill(self.form.channel, [(choose, ""), *channels])
        for index, channel in enumerate(COUNTER_CHANNELS, start=1):
            # The long name says which ways in belong to the channel (hotline, 165...).
            self.form.channel.setItemData(index, channel.label(lang), Qt.ItemDataRole.ToolTipRole)
        _fill(self.form.category, [(choose, ""), *((c.label(lang), c.value) for c in Category)])
        _fill(
            self.listing.status_filter,
            [
                (self.tr("All"), StatusFilter.ALL.value),
                (self.tr("Not yet answered"), StatusFilter.OPEN.value),
                (self.tr("Due today"), StatusFilter.DUE_TODAY.value),
                (self.tr("Overdue"), StatusFilter.OVERDUE.value),
            ],
        )
        _fill(
            self.listing.channel_filter,
            [(self.tr("All channels"), ""), *((self.short_channel(c), c.value) for c in Channel)],
        )
        _fill(
            self.listing.export_period,
            [
                (self.tr("Received this month"), ExportPeriod.THIS_MONTH.value),
                (self.tr("Received last month"), ExportPeriod.LAST_MONTH.value),
                (self.tr("All complaints on this computer"), ExportPeriod.ALL.value),
            ],
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Complaints"))
        f = self.form
        f.title.setText(self.tr("New complaint"))
        texts = {
            "channel": self.tr("Channel"),
            "category": self.tr("Category"),
            "identifier": self.tr("NIK or card no."),
            "name": self.tr("Reporter's name"),
            "phone": self.tr("Phone (optional)"),
            "problem": self.tr("Problem"),
            "cause": self.tr("Cause"),
            "needs_coordination": self.tr("Coordination"),
        }
        for name, text in texts.items():
            f.captions[name].setText(text)
        f.identifier.setPlaceholderText(self.tr("16-digit NIK or 13-digit card number"))
        f.coordination.setText(self.tr("Needs input from other work units"))
        f.save_button.setText(self.tr("Save complaint (Ctrl+S)"))
        self.listing.title.setText(self.tr("Complaint list"))
        self.listing.search.setPlaceholderText(self.tr("Search name, NIK, card, problem (Ctrl+F)"))
        self.listing.table.setToolTip(self.tr("Enter or double click opens the complaint"))
        self.listing.export_button.setText(self.tr("Export for SIPP / SP4N-LAPOR!…"))
        self.listing.table.setHorizontalHeaderLabels(
            [
                self.tr("Received"),
                self.tr("Reporter"),
                self.tr("Channel"),
                self.tr("Category"),
                self.tr("Due"),
                self.tr("Time left"),
            ]
        )
        self.set_choices(self._lang())
        self.show_rows(self._rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.errors.render()
            self.language_changed.emit()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.shown.emit()
