"""The counter's queue panel (view): the ticket at this desk, the moves, the waiting list.

Owns `CounterQueueView`: the current ticket in large type, one button per move with its
function key (F5 call next, F6 recall, F7 start, F8 finish with an outcome, F9 no-show,
F10 transfer with return to a chosen line), the waiting list (double-click or Enter
calls the chosen ticket), a "server unreachable" banner and a message line for the
server's refusals. The supervisor-only row (open or close this counter) is hidden from
other roles. Shortcuts work only while this panel is shown. No network, no store: the
controller in `queue_controller` fills it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.wire.queue import TicketOut, TicketOutcome, WaitingList
from anjungan.kiosk.ui.widgets import named

MOVES = ("call_next", "recall", "start", "finish", "no_show", "transfer")
KEYS = {
    "call_next": "F5",
    "recall": "F6",
    "start": "F7",
    "finish": "F8",
    "no_show": "F9",
    "transfer": "F10",
}


class WaitingTable(QTableWidget):
    """The waiting list; Enter on a row emits `entered` (call that ticket)."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return
        super().keyPressEvent(event)


class CounterQueueView(QWidget):
    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.counter_number = 1
        self.current: TicketOut | None = None
        self.waiting: WaitingList | None = None
        self.title = named(QLabel(), "ScreenTitle")
        self.banner = named(QLabel(), "Offline")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.message = named(QLabel(), "FieldError")
        self.message.setWordWrap(True)
        # -- the ticket at this desk -----------------------------------------------------
        card = named(QFrame(), "Panel")
        self.ticket_caption = named(QLabel(), "PanelTitle")
        self.ticket_label = named(QLabel("---"), "TicketNumber")
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_state = named(QLabel(), "Body")
        self.ticket_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_state.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, move in enumerate(MOVES):
            button = QPushButton()
            button.setObjectName("Primary" if move == "call_next" else "Move")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[move] = button
            grid.addWidget(button, index // 2, index % 2)
        self.outcome_caption = named(QLabel(), "Caption")
        self.outcome = QComboBox()
        for outcome in TicketOutcome:
            self.outcome.addItem("", outcome.value)
        self.transfer_caption = named(QLabel(), "Caption")
        self.transfer_to = QComboBox()
        self.with_return = QCheckBox()
        self.with_return.setChecked(True)
        options = QGridLayout()
        options.setHorizontalSpacing(8)
        options.addWidget(self.outcome_caption, 0, 0)
        options.addWidget(self.outcome, 0, 1)
        options.addWidget(self.transfer_caption, 1, 0)
        options.addWidget(self.transfer_to, 1, 1)
        options.addWidget(self.with_return, 2, 1)
        options.setColumnStretch(1, 1)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.ticket_caption)
        card_layout.addWidget(self.ticket_label)
        card_layout.addWidget(self.ticket_state)
        card_layout.addLayout(grid)
        card_layout.addLayout(options)
        card_layout.addStretch(1)
        # -- supervisor only -------------------------------------------------------------
        self.supervisor_row = QWidget()
        self.open_counter = QPushButton()
        self.close_counter = QPushButton()
        sup = QHBoxLayout(self.supervisor_row)
        sup.setContentsMargins(0, 0, 0, 0)
        self.supervisor_caption = named(QLabel(), "Caption")
        sup.addWidget(self.supervisor_caption)
        sup.addWidget(self.open_counter)
        sup.addWidget(self.close_counter)
        sup.addStretch(1)
        self.supervisor_row.hide()
        card_layout.addWidget(self.supervisor_row)
        # -- the waiting list -----------------------------------------------------------
        self.list_caption = named(QLabel(), "PanelTitle")
        self.table = WaitingTable(0, 4)
        self.table.setObjectName("WaitingList")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.updated = named(QLabel(), "Hint")
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.list_caption)
        right.addWidget(self.table, 1)
        right.addWidget(self.updated)
        body = QHBoxLayout()
        body.setSpacing(16)
        card.setMinimumWidth(430)
        body.addWidget(card, 0)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.shortcuts: dict[str, QShortcut] = {}
        for move, key in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcuts[move] = shortcut
        self.show_ticket(None)
        self.retranslate()

    # -- filling ------------------------------------------------------------------------

    def show_ticket(self, ticket: TicketOut | None) -> None:
        self.current = ticket
        self.ticket_label.setText(ticket.label if ticket else "---")
        allowed = set(ticket.actions) if ticket else set()
        for move, button in self.buttons.items():
            button.setEnabled(move == "call_next" or move in allowed)
        self._retranslate_state()

    def show_waiting(self, waiting: WaitingList, updated: str) -> None:
        self.waiting = waiting
        chosen = self.chosen_ticket()
        english = self.lang() == "en"
        rows = [(line, t) for line in waiting.lines for t in line.tickets]
        # Sized once, after the fill: with ResizeToContents on, each replaced cell made the
        # header measure every row again (0.4 s for 150 people waiting, every refresh).
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(i) for i in range(header.count())]
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setRowCount(len(rows))
        for row, (line, ticket) in enumerate(rows):
            priority = "" if ticket.priority.value == "none" else " *"
            cells = (
                ticket.label + priority,
                line.name_en if english else line.name_id,
                self.tr("{n} min").format(n=ticket.waiting_minutes),
                str(ticket.position) if ticket.position is not None else "-",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ticket.id)
                self.table.setItem(row, column, item)
            if ticket.id == chosen:
                self.table.selectRow(row)
        for index, mode in enumerate(modes):
            header.setSectionResizeMode(index, mode)
        current_service = self.transfer_to.currentData()
        self.transfer_to.clear()
        for line in waiting.lines:
            self.transfer_to.addItem(line.name_en if english else line.name_id, line.service)
        found = self.transfer_to.findData(current_service)
        self.transfer_to.setCurrentIndex(max(found, 0))
        self.updated.setText(self.tr("Updated {time}").format(time=updated))

    def chosen_ticket(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def set_offline(self, offline: bool) -> None:
        self.banner.setVisible(offline)

    def set_supervisor(self, supervisor: bool) -> None:
        self.supervisor_row.setVisible(supervisor)

    def focus_first(self) -> None:
        self.table.setFocus()

    # -- words --------------------------------------------------------------------------

    def _retranslate_state(self) -> None:
        ticket = self.current
        if ticket is None:
            self.ticket_state.setText(self.tr("No ticket at this counter. Press F5 to call."))
            return
        states = {
            "called": self.tr("Called ({n} recalls)").format(n=ticket.recall_count),
            "serving": self.tr("Being served"),
            "done": self.tr("Finished"),
            "no_show": self.tr("Did not come"),
            "transferred": self.tr("Transferred; comes back here afterwards")
            if ticket.hops and ticket.hops[-1].with_return
            else self.tr("Transferred"),
            "cancelled": self.tr("Cancelled"),
            "issued": self.tr("Waiting"),
        }
        self.ticket_state.setText(states.get(ticket.state.value, ticket.state.value))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Queue - counter {n}").format(n=self.counter_number))
        self.banner.setText(
            self.tr(
                "Server unreachable. The queue cannot be called now; registrations, "
                "complaints and information still work offline."
            )
        )
        names = {
            "call_next": self.tr("Call next"),
            "recall": self.tr("Recall"),
            "start": self.tr("Start service"),
            "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"),
            "transfer": self.tr("Transfer"),
        }
        for move, button in self.buttons.items():
            button.setText(f"{names[move]} ({KEYS[move]})")
        self.ticket_caption.setText(self.tr("Ticket at this counter"))
        self.outcome_caption.setText(self.tr("Outcome"))
        outcomes = {
            TicketOutcome.COMPLETED.value: self.tr("Completed"),
            TicketOutcome.INCOMPLETE_REQUIREMENTS.value: self.tr("Requirements incomplete"),
            TicketOutcome.REFERRED.value: self.tr("Referred elsewhere"),
            TicketOutcome.OTHER.value: self.tr("Other"),
        }
        for index in range(self.outcome.count()):
            self.outcome.setItemText(index, outcomes[self.outcome.itemData(index)])
        self.transfer_caption.setText(self.tr("Transfer to"))
        self.with_return.setText(self.tr("Comes back to this counter afterwards"))
        self.supervisor_caption.setText(self.tr("Supervisor:"))
        self.open_counter.setText(self.tr("Open this counter"))
        self.close_counter.setText(self.tr("Close this counter"))
        self.list_caption.setText(self.tr("Waiting (double-click or Enter to call)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Service"), self.tr("Waiting"), self.tr("Order")]
        )
        self._retranslate_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
