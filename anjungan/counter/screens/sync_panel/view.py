"""The sync screen: where the counter's work stands on its way to the server.

Owns the frame: the status box (records waiting to be sent, the last successful sync,
the last error as a sentence, "Sync now", the revoked-device warning) and three tabs:
the records the server refused, each with a fix form (`fix.FixPanel`); the recent
registrations with their provisional reference and, once synced, the registration
number, a card number per member and the family's virtual accounts; the recent
complaints with their ticket, state and due date. View only: the controller reads the
store (through its port) and fills these widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.complaint_flow import ComplaintState
from anjungan.core.domain.complaints import Category
from anjungan.core.services.resubmission import Correction
from anjungan.counter.screens.sync_panel.fix import FixPanel
from anjungan.counter.widgets.fields import mark_invalid
from anjungan.counter.widgets.formatting import format_date, format_time
from anjungan.kiosk.ui.widgets import named
from anjungan.sync.report import SyncStatus
from anjungan.sync.review import ComplaintLine, Delivery, RegistrationLine

SYNC_KEY = "F5"
NO_VALUE = "–"


def moment_text(moment: datetime, zone: tzinfo, lang: str, *, long: bool = False) -> str:
    """``23 Nov 09.00`` (or the long date) in the counter's own time zone."""
    local = moment.astimezone(zone)
    day = format_date(local.date(), lang, long=long, year=long)
    return f"{day} {format_time(local, lang)}"


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill_row(table: QTableWidget, row: int, cells: Sequence[str]) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        table.setItem(row, column, item)


class StatusBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.pending_caption = named(QLabel(), "Caption")
        self.pending = named(QLabel("0"), "Total")
        self.sent_caption = named(QLabel(), "Caption")
        self.sent = named(QLabel("0"), "Body")
        self.success_caption = named(QLabel(), "Caption")
        self.last_success = named(QLabel(), "Body")
        self.error_caption = named(QLabel(), "Caption")
        self.last_error = named(QLabel(), "FieldError")
        self.last_error.setWordWrap(True)
        self.rejected_hint = named(QLabel(), "FieldError")
        self.rejected_hint.setWordWrap(True)
        self.sync_button = named(QPushButton(), "Primary")
        self.sync_button.setAutoDefault(True)
        self.progress = named(QLabel(), "Saved")
        self.progress.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        pairs = (
            (self.pending_caption, self.pending),
            (self.sent_caption, self.sent),
            (self.success_caption, self.last_success),
            (self.error_caption, self.last_error),
        )
        for row, (caption, value) in enumerate(pairs):
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        side = QVBoxLayout()
        side.addWidget(self.sync_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(grid, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.rejected_hint)
        layout.addWidget(self.progress)


class SyncPanelView(QWidget):
    language_changed = Signal()
    shown = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.title = named(QLabel(), "ScreenTitle")
        self.banner = named(QLabel(), "Offline")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status_box = StatusBox()
        self.sync_button = self.status_box.sync_button
        self.sync_shortcut = QShortcut(QKeySequence(SYNC_KEY), self)
        self.rejected_list = QListWidget()
        self.rejected_list.setMinimumWidth(300)
        self.rejected_list.setMaximumWidth(420)
        # A long title ("Registration #14 · NAME · 23 Nov 10.15") wraps, no sideways scroll.
        self.rejected_list.setWordWrap(True)
        self.rejected_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fix = FixPanel(lang)
        rejected_page = QWidget()
        rejected_layout = QHBoxLayout(rejected_page)
        rejected_layout.setContentsMargins(0, 8, 0, 0)
        rejected_layout.addWidget(self.rejected_list)
        rejected_layout.addWidget(self.fix, 1)
        self.registrations = _table(6)
        self.complaints = _table(7)
        self.tabs = QTabWidget()
        self.tabs.addTab(rejected_page, "")
        self.tabs.addTab(self.registrations, "")
        self.tabs.addTab(self.complaints, "")
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self._status: SyncStatus | None = None
        self._revoked = self._unconfigured = False
        self._zone: tzinfo | None = None
        self._corrections: tuple[Correction, ...] = ()
        self._registrations: tuple[RegistrationLine, ...] = ()
        self._complaints: tuple[ComplaintLine, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_box)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def focus_first(self) -> None:
        self.sync_button.setFocus()

    # -- the status box ---------------------------------------------------------------------

    def show_status(self, status: SyncStatus, zone: tzinfo) -> None:
        self._status, self._zone = status, zone
        lang = self._lang()
        box = self.status_box
        box.pending.setText(str(status.pending))
        box.sent.setText(str(status.sent))
        if status.last_success is None:
            box.last_success.setText(self.tr("never"))
        else:
            box.last_success.setText(moment_text(status.last_success, zone, lang, long=True))
        problem = status.last_error
        box.last_error.setObjectName("Body" if problem is None else "FieldError")
        box.last_error.style().polish(box.last_error)  # the colour follows the name
        if problem is None:
            box.last_error.setText(NO_VALUE)
        elif problem.at is None:
            box.last_error.setText(problem.message(lang))
        else:
            box.last_error.setText(
                self.tr("{message} ({time})").format(
                    message=problem.message(lang), time=moment_text(problem.at, zone, lang)
                )
            )
        self._revoked = status.revoked
        self._show_banner()

    def show_unconfigured(self) -> None:
        """No device token in the configuration: say so where the revoked warning goes."""
        self._unconfigured = True
        self._show_banner()

    def _show_banner(self) -> None:
        if self._revoked:
            self.banner.setText(
                self.tr(
                    "This counter was revoked by the central server: nothing is sent until "
                    "an admin enrols it again and its new token is in the configuration. "
                    "Work saved here stays safe."
                )
            )
        elif self._unconfigured:
            self.banner.setText(
                self.tr(
                    "This counter has no device token yet, so nothing is sent to the server. "
                    "Work saved here stays safe. Ask an admin to enrol the counter and put "
                    "its token in the configuration."
                )
            )
        self.banner.setVisible(self._revoked or self._unconfigured)

    def show_progress(self, text: str, *, problem: bool = False) -> None:
        self.status_box.progress.setText(text)
        mark_invalid(self.status_box.progress, problem)

    # -- the rejected records ---------------------------------------------------------------

    def correction_title(self, correction: Correction, lang: str) -> str:
        kind = self.kind_label(correction.kind)
        saved = moment_text(correction.saved_at, self._zone_or_utc(), lang)
        parts = [f"{kind} #{correction.local_seq}", saved]
        if correction.subject:
            parts.insert(1, correction.subject)
        return " · ".join(parts)

    def _zone_or_utc(self) -> tzinfo:
        return self._zone or UTC

    def show_corrections(self, corrections: tuple[Correction, ...], chosen: UUID | None) -> None:
        """Fill the list; keep ``chosen`` (a client uuid) selected if it is still there."""
        self._corrections = corrections
        lang = self._lang()
        box = self.rejected_list
        box.blockSignals(True)
        box.clear()
        for correction in corrections:
            item = QListWidgetItem(self.correction_title(correction, lang))
            item.setData(Qt.ItemDataRole.UserRole, correction.client_uuid)
            box.addItem(item)
        rows = [c.client_uuid for c in corrections]
        box.setCurrentRow(rows.index(chosen) if chosen in rows else (0 if rows else -1))
        box.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Rejected ({n})").format(n=len(corrections)))
        if corrections:
            self.status_box.rejected_hint.setText(
                self.tr(
                    "{n} record(s) were refused by the server. Fix them on the Rejected tab "
                    "and send them again."
                ).format(n=len(corrections))
            )
        self.status_box.rejected_hint.setVisible(bool(corrections))

    def current_correction(self) -> Correction | None:
        row = self.rejected_list.currentRow()
        return self._corrections[row] if 0 <= row < len(self._corrections) else None

    def kind_label(self, kind: str) -> str:
        return {
            "registration": self.tr("Registration"),
            "complaint": self.tr("Complaint"),
            "complaint_event": self.tr("Complaint step"),
            "data_change": self.tr("Data change"),
            "info_request": self.tr("Information request"),
            "survey": self.tr("Survey"),
        }.get(kind, kind)

    # -- recent registrations and complaints ------------------------------------------------

    def delivery_label(self, delivery: Delivery) -> str:
        return {
            Delivery.WAITING: self.tr("Waiting to be sent"),
            Delivery.REJECTED: self.tr("Rejected: fix it on the Rejected tab"),
            Delivery.RECEIVED: self.tr("Received by the server"),
        }[delivery]

    def show_registrations(self, lines: tuple[RegistrationLine, ...]) -> None:
        self._registrations = lines
        lang, zone = self._lang(), self._zone_or_utc()
        table = self.registrations
        table.setRowCount(len(lines))
        no_card = self.tr("(no card yet)")
        for row, line in enumerate(lines):
            members = "\n".join(
                f"{m.position}. {m.name}   {m.card_number or no_card}" for m in line.members
            )
            accounts = "\n".join(f"{bank}  {va}" for bank, va in line.virtual_accounts)
            _fill_row(
                table,
                row,
                (
                    moment_text(line.saved_at, zone, lang),
                    line.provisional_ref,
                    self.delivery_label(line.delivery),
                    line.registration_ref or NO_VALUE,
                    members or NO_VALUE,
                    accounts or NO_VALUE,
                ),
            )
        table.resizeRowsToContents()

    def state_label(self, state: str | None, lang: str) -> str:
        if state is None:
            return NO_VALUE
        try:
            return ComplaintState(state).label(lang)
        except ValueError:
            return state

    def show_complaints(self, lines: tuple[ComplaintLine, ...]) -> None:
        self._complaints = lines
        lang, zone = self._lang(), self._zone_or_utc()
        table = self.complaints
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            try:
                category = Category(line.category).label(lang)
            except ValueError:
                category = line.category
            due = format_date(line.due_date, lang, long=False) if line.due_date else NO_VALUE
            _fill_row(
                table,
                row,
                (
                    moment_text(line.saved_at, zone, lang),
                    line.reporter_name,
                    category,
                    self.delivery_label(line.delivery),
                    line.ticket or NO_VALUE,
                    self.state_label(line.state, lang),
                    due,
                ),
            )
        table.resizeRowsToContents()

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync with the server"))
        self._show_banner()
        box = self.status_box
        box.pending_caption.setText(self.tr("Waiting to be sent"))
        box.sent_caption.setText(self.tr("Received by the server"))
        box.success_caption.setText(self.tr("Last successful sync"))
        box.error_caption.setText(self.tr("Last error"))
        box.sync_button.setText(self.tr("Sync now ({key})").format(key=SYNC_KEY))
        self.tabs.setTabText(0, self.tr("Rejected ({n})").format(n=len(self._corrections)))
        self.tabs.setTabText(1, self.tr("Recent registrations"))
        self.tabs.setTabText(2, self.tr("Recent complaints"))
        self.registrations.setHorizontalHeaderLabels(
            [
                self.tr("Saved"),
                self.tr("Provisional ref."),
                self.tr("Status"),
                self.tr("Registration no."),
                self.tr("Members and card numbers"),
                self.tr("Virtual accounts"),
            ]
        )
        self.complaints.setHorizontalHeaderLabels(
            [
                self.tr("Saved"),
                self.tr("Reporter"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Ticket"),
                self.tr("State"),
                self.tr("Answer due"),
            ]
        )
        if self._status is not None and self._zone is not None:
            self.show_status(self._status, self._zone)
        self.show_registrations(self._registrations)
        self.show_complaints(self._complaints)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.shown.emit()
