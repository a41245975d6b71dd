"""One complaint opened from the list: its facts, due date and countdown, its timeline,
and the moves the logged-in officer's role may make, each with its note.

View only (`ComplaintDetailDialog`): the controller reads the complaint, checks the
note and makes the move; the actions offered are the ones the detail says the role
may take (`ComplaintDetail.actions`, from the domain's table), nothing else. Enter
moves from the action to its note and on to "Apply"; Ctrl+Enter applies from the note,
Ctrl+P prints the receipt, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.domain.complaints import Action, Role
from anjungan.core.services.complaint_actions import ComplaintDetail, Move, TimelineEntry
from anjungan.counter.widgets.fields import FormErrors, FormGrid, mark_invalid
from anjungan.counter.widgets.formatting import format_date, format_time
from anjungan.kiosk.ui.widgets import named

TIMELINE_COLUMNS = 4


class ComplaintDetailDialog(QDialog):
    language_changed = Signal()

    def __init__(
        self,
        lang: Callable[[], str],
        badge: Callable[[ComplaintDetail], tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintDetail")
        self._lang = lang
        self._badge = badge
        self.detail: ComplaintDetail | None = None
        self.errors = FormErrors(lang)
        self.heading = named(QLabel(), "PanelTitle")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts = named(QLabel(), "Summary")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documents = named(QLabel(), "Hint")
        self.documents.setWordWrap(True)
        self.timeline_title = named(QLabel(), "PanelTitle")
        self.timeline = QTableWidget(0, TIMELINE_COLUMNS)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setWordWrap(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.actions_title = named(QLabel(), "PanelTitle")
        self.role = named(QLabel(), "Hint")
        self.action = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.satisfied = QComboBox()
        grid = FormGrid(input_width=360)
        self.captions: dict[str, QLabel] = {}
        for name, widget in (
            ("action", self.action),
            ("note", self.note),
            ("satisfied", self.satisfied),
        ):
            caption, error = grid.add_field(widget)
            self.captions[name] = caption
            self.errors.bind(name, error, widget)
        self.apply_button = named(QPushButton(), "Primary")
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.apply_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.status = named(QLabel(), "Saved")
        self.status.setWordWrap(True)
        self.apply_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.print_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.badge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.documents)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.actions_title)
        layout.addWidget(self.role)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.resize(820, 680)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------
    def action_label(self, action: Action) -> str:
        return {
            Action.RECEIVE: self.tr("Received"),
            Action.START: self.tr("Take up and draft the answer"),
            Action.ESCALATE: self.tr("Escalate to the head of unit"),
            Action.RETURN_TO_OFFICER: self.tr("Return to the officer with direction"),
            Action.REQUEST_DOCUMENTS: self.tr("Wait for the participant's documents (30 days)"),
            Action.DOCUMENTS_RECEIVED: self.tr("Documents received"),
            Action.CLOSE_INCOMPLETE: self.tr("Close: documents not completed in 30 days"),
            Action.ANSWER: self.tr("Answer the participant"),
            Action.CONFIRM: self.tr("Record the participant's satisfaction"),
            Action.REOPEN: self.tr("Reopen"),
            Action.CLOSE: self.tr("Close (reported to SIPP / SP4N-LAPOR!)"),
            Action.WITHDRAW: self.tr("Withdraw (withdrawn or a duplicate)"),
        }[action]

    def note_caption(self, action: Action | None) -> str:
        captions = {
            Action.ESCALATE: self.tr("Reason and related work unit"),
            Action.RETURN_TO_OFFICER: self.tr("Direction or the unit's solution"),
            Action.REQUEST_DOCUMENTS: self.tr("Documents to bring"),
            Action.ANSWER: self.tr("Answer given"),
            Action.REOPEN: self.tr("Why it is reopened"),
            Action.WITHDRAW: self.tr("Reason"),
        }
        return captions.get(action, self.tr("Note (optional)")) if action else self.tr("Note")

    def role_label(self, role: Role | None) -> str:
        if role is None:
            return ""
        return {
            Role.OFFICER: self.tr("officer"),
            Role.SUPERVISOR: self.tr("head of unit"),
            Role.ADMIN: self.tr("administrator"),
        }[role]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.actions_title.setText(self.tr("Next step"))
        self.captions["action"].setText(self.tr("Action"))
        self.captions["satisfied"].setText(self.tr("Participant"))
        self.apply_button.setText(self.tr("Apply (Ctrl+Enter)"))
        self.print_button.setText(self.tr("Print receipt (Ctrl+P)"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Note")]
        )
        chosen = self.satisfied.currentData()
        self.satisfied.clear()
        self.satisfied.addItem(self.tr("– choose –"), None)
        self.satisfied.addItem(self.tr("Satisfied with the answer"), True)
        self.satisfied.addItem(self.tr("Not satisfied"), False)
        self.satisfied.setCurrentIndex(max(0, self.satisfied.findData(chosen)))
        if self.detail is not None:
            self.show_detail(self.detail, keep_input=True)
        else:
            self.show_action()

    # -- content -----------------------------------------------------------------------
    def show_detail(self, detail: ComplaintDetail, *, keep_input: bool = False) -> None:
        self.detail = detail
        lang = self._lang()
        title = self.tr("Complaint {ref}").format(ref=detail.reference)
        if not detail.synced:
            title += " " + self.tr("(provisional number until sent to the server)")
        self.heading.setText(title)
        text, background, foreground = self._badge(detail)
        self.badge.setText(text)
        self.badge.setStyleSheet(
            f"background: {background}; color: {foreground}; padding: 4px 10px; "
            "border-radius: 4px; font-weight: 600;"
        )
        self._show_facts(detail, lang)
        self._show_timeline(detail.timeline, lang)
        self.role.setText(
            self.tr("Actions open to you as {role}.").format(role=self.role_label(detail.role))
            if detail.actions
            else self.tr("No action is open to you as {role} now.").format(
                role=self.role_label(detail.role)
            )
        )
        chosen = self.action.currentData() if keep_input else None
        self.action.blockSignals(True)
        self.action.clear()
        for action in detail.actions:
            self.action.addItem(self.action_label(action), action.value)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)
        if not keep_input:
            self.note.clear()
            self.satisfied.setCurrentIndex(0)
            self.errors.reset()
        self.show_action()

    def _show_facts(self, detail: ComplaintDetail, lang: str) -> None:
        received = (
            f"{format_date(detail.received_at.date(), lang)} "
            f"{format_time(detail.received_at, lang)}"
        )
        rows = [
            (self.tr("Received"), received),
            (self.tr("Reporter"), detail.reporter_name),
            (self.tr("NIK or card no."), detail.identifier),
            (self.tr("Phone"), detail.reporter_phone or "–"),
            (self.tr("Channel"), detail.channel.label(lang)),
            (self.tr("Category"), detail.category.label(lang)),
            (self.tr("Problem"), detail.problem),
            (self.tr("Cause"), detail.cause),
            (self.tr("Status"), detail.state.label(lang)),
            (self.tr("Answer due"), format_date(detail.due_date, lang)),
        ]
        if detail.needs_coordination:
            rows.append((self.tr("Coordination"), self.tr("Needs input from other work units")))
        self.facts.setText(
            "<table cellspacing='0' cellpadding='3'>"
            + "".join(
                f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
                for label, value in rows
            )
            + "</table>"
        )
        if detail.documents_due is not None:
            self.documents.setText(
                self.tr(
                    "Waiting for the participant's documents: they may bring them until "
                    "{date}. After that the head of unit may close the complaint as finished."
                ).format(date=format_date(detail.documents_due, lang))
            )
        self.documents.setVisible(detail.documents_due is not None)

    def _show_timeline(self, entries: tuple[TimelineEntry, ...], lang: str) -> None:
        table = self.timeline
        table.setRowCount(len(entries))
        for index, entry in enumerate(entries):
            when = f"{format_date(entry.at.date(), lang, long=False)} {format_time(entry.at, lang)}"
            if entry.from_server:
                who = self.tr("on the server")
            elif entry.by_role is not None:
                who = f"{entry.actor} ({self.role_label(entry.by_role)})"
            else:
                who = entry.actor
            note = entry.note
            if entry.satisfied is not None:
                answer = self.tr("Satisfied") if entry.satisfied else self.tr("Not satisfied")
                note = f"{answer}. {note}".strip()
            cells = (when, self.action_label(entry.action), who, note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(index, column, item)
        table.resizeRowsToContents()

    def show_action(self) -> None:
        """Caption and fields for the chosen action: the satisfaction only for CONFIRM."""
        action = self.chosen_action()
        self.captions["note"].setText(self.note_caption(action))
        confirming = action is Action.CONFIRM
        self.satisfied.setVisible(confirming)
        self.captions["satisfied"].setVisible(confirming)
        usable = action is not None
        for widget in (self.action, self.note, self.apply_button):
            widget.setEnabled(usable)

    def chosen_action(self) -> Action | None:
        value = self.action.currentData()
        return Action(value) if value else None

    def requested_move(self) -> Move | None:
        action = self.chosen_action()
        if action is None:
            return None
        satisfied = self.satisfied.currentData() if action is Action.CONFIRM else None
        return Move(action, self.note.toPlainText(), satisfied)

    def show_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        mark_invalid(self.status, problem)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.errors.render()
            self.language_changed.emit()
        super().changeEvent(event)
