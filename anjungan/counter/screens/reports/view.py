"""The Reports screen (view): the period, then the figures as tables and bar charts.

Owns `ReportsView`: a period chooser (today, this month, or two dates), a refresh
button (F5), and one block per table of `tables.ScreenTable`: heading, table, note,
bar chart and a "Save as CSV" button. The queue and SKM blocks come from the office
server and are replaced by a plain "unavailable offline" notice when it cannot be
reached; the services and complaint blocks come from this computer's store and are
always there. Numbers are written the interface language's way (decimal comma in
Indonesian). View only: the controller reads and fills it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.report_figures import ReportPeriod
from anjungan.counter.screens.reports.chart import BarChart
from anjungan.counter.screens.reports.tables import (
    LOCAL_SLUGS,
    SERVER_SLUGS,
    Cell,
    ScreenTable,
)
from anjungan.counter.widgets.fields import mark_invalid
from anjungan.counter.widgets.formatting import format_date, locale_for
from anjungan.kiosk.ui.widgets import named

REFRESH_KEY = "F5"
NO_DATA = "–"
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PeriodKind(StrEnum):
    TODAY = "today"
    MONTH = "month"
    CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_cell(value: Cell, lang: str, places: int = 1) -> str:
    """``1.234`` and ``25,1`` in Indonesian, ``1,234`` and ``25.1`` in English."""
    if value is None:
        return NO_DATA
    if isinstance(value, str):
        return value
    locale = locale_for(lang)
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", places)


def _label_column(content: ScreenTable) -> int:
    """The column that takes the spare width: the first one holding names."""
    for column in range(len(content.columns)):
        if any(isinstance(row[column], str) for row in content.rows):
            return column
    return 0


class TableBlock(QFrame):
    """One table of the report: heading, rows, note, chart, "Save as CSV"."""

    def __init__(self, slug: str, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.slug = slug
        self.lang = lang
        self.content: ScreenTable | None = None
        self.title = named(QLabel(), "PanelTitle")
        self.export = QPushButton()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = named(QLabel(), "Hint")
        self.note = named(QLabel(), "Hint")
        self.note.setWordWrap(True)
        self.chart = BarChart(self._chart_number)
        self.chart.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.chart)
        self.retranslate()

    def _chart_number(self, value: float) -> str:
        places = self.content.decimals if self.content else 1
        shown = int(value) if value.is_integer() else value
        return format_cell(shown, self.lang(), places)

    def show_table(self, content: ScreenTable) -> None:
        self.content = content
        lang = self.lang()
        self.title.setText(content.title)
        table = self.table
        table.setColumnCount(len(content.columns))
        table.setHorizontalHeaderLabels(list(content.columns))
        table.setRowCount(len(content.rows))
        for row, cells in enumerate(content.rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(format_cell(value, lang, content.decimals))
                if value is None or not isinstance(value, str):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(len(content.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if content.columns:
            header.setSectionResizeMode(_label_column(content), QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader().defaultSectionSize() * len(content.rows)
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame + 2)
        table.setVisible(bool(content.rows))
        self.empty.setVisible(not content.rows)
        self.note.setText(content.note)
        self.note.setVisible(bool(content.note))
        self.chart.set_chart(content.chart if content.rows else None)
        self.export.setEnabled(True)

    def clear(self) -> None:
        self.content = None
        self.table.setRowCount(0)
        self.export.setEnabled(False)
        self.chart.set_chart(None)

    def cell_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests and screen readers read the same)."""
        table = self.table
        return [
            [
                (item.text() if (item := table.item(r, c)) else "")
                for c in range(table.columnCount())
            ]
            for r in range(table.rowCount())
        ]

    def retranslate(self) -> None:
        self.export.setText(self.tr("Save as CSV"))
        self.empty.setText(self.tr("No data in this period."))


class ReportsView(QWidget):
    language_changed = Signal()
    shown = Signal()
    period_changed = Signal()
    export_requested = Signal(str)

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.title = named(QLabel(), "ScreenTitle")
        self.period_kind = QComboBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        self.date_caption = named(QLabel(), "Caption")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.hide()
        self.date_caption.hide()
        self.refresh_button = named(QPushButton(), "Primary")
        self.status = named(QLabel(), "Saved")
        self.status.setWordWrap(True)
        self.period_text = named(QLabel(), "Hint")
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.period_kind)
        bar.addWidget(self.date_from)
        bar.addWidget(self.date_caption)
        bar.addWidget(self.date_to)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.period_text, 1)
        self.server_title = named(QLabel(), "PageTitle")
        self.server_notice = named(QLabel(), "Offline")
        self.server_notice.setWordWrap(True)
        self.server_notice.hide()
        self.local_title = named(QLabel(), "PageTitle")
        self.blocks: dict[str, TableBlock] = {}
        page = QWidget()
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(10)
        body.addWidget(self.server_title)
        body.addWidget(self.server_notice)
        for slug in SERVER_SLUGS:
            body.addWidget(self._block(slug))
        body.addWidget(self.local_title)
        for slug in LOCAL_SLUGS:
            body.addWidget(self._block(slug))
        body.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.area, 1)
        self.refresh_shortcut = QShortcut(QKeySequence(REFRESH_KEY), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self._server: tuple[ScreenTable, ...] | None = None
        self.period_kind.currentIndexChanged.connect(self._kind_changed)
        self.set_server_unavailable("")
        self.retranslate()

    def _block(self, slug: str) -> TableBlock:
        block = TableBlock(slug, self.lang)
        block.export.clicked.connect(lambda: self.export_requested.emit(slug))
        block.export.setEnabled(False)
        self.blocks[slug] = block
        return block

    def focus_first(self) -> None:
        self.period_kind.setFocus()

    # -- the period ------------------------------------------------------------------------

    def kind(self) -> PeriodKind:
        return PeriodKind(self.period_kind.currentData() or PeriodKind.TODAY)

    def period(self, today: date) -> ReportPeriod:
        """The period chosen; raises `ValidationError` for a reversed custom one."""
        kind = self.kind()
        if kind is PeriodKind.TODAY:
            return ReportPeriod.day(today)
        if kind is PeriodKind.MONTH:
            return ReportPeriod.month_of(today)
        return ReportPeriod(_pydate(self.date_from.date()), _pydate(self.date_to.date()))

    def set_custom(self, period: ReportPeriod) -> None:
        for edit, day in ((self.date_from, period.date_from), (self.date_to, period.date_to)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _kind_changed(self) -> None:
        custom = self.kind() is PeriodKind.CUSTOM
        for widget in (self.date_from, self.date_caption, self.date_to):
            widget.setVisible(custom)
        self.period_changed.emit()

    def show_period(self, period: ReportPeriod) -> None:
        lang = self.lang()
        first = format_date(period.date_from, lang, long=False)
        last = format_date(period.date_to, lang, long=False)
        text = first if period.date_from == period.date_to else f"{first} – {last}"
        self.period_text.setText(self.tr("Period: {period}").format(period=text))

    def show_status(self, text: str, *, problem: bool = False) -> None:
        """The line under the period: green for a saved file, red when something failed."""
        self.status.setText(text)
        mark_invalid(self.status, problem)

    # -- the figures -----------------------------------------------------------------------

    def show_local(self, tables: tuple[ScreenTable, ...]) -> None:
        for table in tables:
            self.blocks[table.slug].show_table(table)

    def show_server(self, tables: tuple[ScreenTable, ...]) -> None:
        self._server = tables
        self.server_notice.hide()
        for table in tables:
            block = self.blocks[table.slug]
            block.show_table(table)
            block.show()

    def set_server_unavailable(self, text: str) -> None:
        """Hide the server's blocks and say why (``text``); empty: loading, say nothing."""
        self._server = None
        self.server_notice.setText(text)
        self.server_notice.setVisible(bool(text))
        for slug in SERVER_SLUGS:
            self.blocks[slug].clear()
            self.blocks[slug].hide()

    @property
    def server_shown(self) -> bool:
        return self._server is not None

    def _ask_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save table as CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        chosen = self.period_kind.currentData() or PeriodKind.TODAY
        self.period_kind.blockSignals(True)
        self.period_kind.clear()
        for text, kind in (
            (self.tr("Today"), PeriodKind.TODAY),
            (self.tr("This month"), PeriodKind.MONTH),
            (self.tr("Choose dates"), PeriodKind.CUSTOM),
        ):
            self.period_kind.addItem(text, kind.value)
        self.period_kind.setCurrentIndex(max(0, self.period_kind.findData(chosen)))
        self.period_kind.blockSignals(False)
        self.date_caption.setText(self.tr("to"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.server_title.setText(self.tr("Queue and satisfaction survey (office server)"))
        self.local_title.setText(self.tr("Services and complaints (this computer)"))
        for block in self.blocks.values():
            block.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.shown.emit()
