"""A participant's complaint: what it is about, its history, and where it stands on its SLA.

Owns the complaint categories, the `Complaint` aggregate (an immutable record plus an
append-only tuple of events, moved only through the table in ``complaint_flow.py``), and
the questions asked of it: effective due date after pauses, overdue, working days left,
due for the 30-day close. Must not read the clock, touch storage or decide roles itself.

Sources: seed 000 (what is recorded at receipt; SLA per channel); seed 002 art. 10
(30 days to complete data, then declared finished; the SLA pauses meanwhile, DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaint_flow import (
    TRANSITIONS,
    Action,
    ComplaintState,
    Role,
    RoleNotPermitted,
    Transition,
    allowed_actions,
    check_role,
    transition_for,
)
from anjungan.core.domain.complaint_sla import (
    Channel,
    document_deadline_days,
    shift_for_pauses,
    sla_due_date,
)
from anjungan.core.errors import RuleError, ValidationError

# The complaint API in one import; the workflow table and the SLA table live in their
# own modules so each stays small.
__all__ = [
    "TRANSITIONS",
    "Action",
    "Category",
    "Channel",
    "Complaint",
    "ComplaintEvent",
    "ComplaintState",
    "Outcome",
    "Role",
    "RoleNotPermitted",
    "Transition",
    "allowed_actions",
    "auto_close_due",
    "effective_due_date",
    "overdue",
    "sla_due_date",
    "working_days_left",
]


class Category(StrEnum):
    """What a complaint is about, for analysis by group (seed 002 art. 6(2))."""

    MEMBERSHIP = "membership"
    CONTRIBUTIONS = "contributions"
    FKTP_SERVICE = "fktp_service"
    HOSPITAL_SERVICE = "hospital_service"
    MEDICINES = "medicines"
    REFERRAL = "referral"
    DATA_IDENTITY = "data_identity"
    DIGITAL = "digital"
    OTHER = "other"

    def label(self, lang: str = "id") -> str:
        return _CATEGORY_LABELS[self][1 if lang == "en" else 0]


_CATEGORY_LABELS: dict[Category, tuple[str, str]] = {
    Category.MEMBERSHIP: ("Kepesertaan dan administrasi", "Membership and administration"),
    Category.CONTRIBUTIONS: ("Iuran dan tagihan", "Contributions and billing"),
    Category.FKTP_SERVICE: (
        "Pelayanan di FKTP (puskesmas, klinik, dokter)",
        "Service at primary care (FKTP)",
    ),
    Category.HOSPITAL_SERVICE: ("Pelayanan di rumah sakit (FKRTL)", "Service at hospital (FKRTL)"),
    Category.MEDICINES: ("Obat", "Medicines"),
    Category.REFERRAL: ("Rujukan", "Referral"),
    Category.DATA_IDENTITY: ("Data dan identitas (NIK, KK)", "Data and identity (NIK, KK)"),
    Category.DIGITAL: ("Aplikasi Mobile JKN dan layanan digital", "Mobile JKN app and digital"),
    Category.OTHER: ("Lainnya", "Other"),
}


class Outcome(StrEnum):
    """How a closed complaint ended, for reports."""

    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"  # answered; the participant may go further (seed 002 art. 11)
    INCOMPLETE_DATA = "incomplete_data"  # "dinyatakan telah selesai" (seed 002 art. 10(4))
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ComplaintEvent:
    """One move in a complaint's history. ``by_role`` is None for the receipt itself."""

    action: Action
    at: datetime
    by_role: Role | None
    from_state: ComplaintState | None
    to_state: ComplaintState
    note: str = ""
    satisfied: bool | None = None


def _required_text(value: str, name: str, what_id: str, what_en: str) -> str:
    text = value.strip()
    if not text:
        raise ValidationError(
            name,
            "required",
            f"{what_id} wajib diisi. Tuliskan sebelum menyimpan.",
            f"{what_en} is required. Fill it in before saving.",
        )
    return text


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError(
            "at",
            "naive_time",
            "Waktu harus menyertakan zona waktu. Gunakan jam sistem Anjungan.",
            "The time must carry a time zone. Use Anjungan's clock.",
        )
    return at


@dataclass(frozen=True)
class Complaint:
    """A complaint and its history. Every change returns a new `Complaint`.

    Times are timezone-aware and should be in the service point's local zone (what
    `Clock.now()` gives), because a working day is a local date. ``participant_id`` is
    the NIK or card number as an opaque string and is kept out of ``repr``.
    """

    participant_id: str = field(repr=False)
    channel: Channel
    category: Category
    problem: str = field(repr=False)
    cause: str = field(repr=False)
    needs_coordination: bool
    events: tuple[ComplaintEvent, ...]

    @classmethod
    def receive(
        cls,
        *,
        participant_id: str,
        channel: Channel,
        category: Category,
        problem: str,
        cause: str,
        at: datetime,
        needs_coordination: bool = False,
        note: str = "",
    ) -> Complaint:
        """Record a new complaint: identity, problem and cause are required (seed 000)."""
        pid = _required_text(
            participant_id, "participant_id", "NIK atau nomor kartu peserta", "The NIK or card"
        )
        problem_text = _required_text(problem, "problem", "Permasalahan", "The problem")
        cause_text = _required_text(cause, "cause", "Penyebab keluhan", "The cause")
        receipt = ComplaintEvent(
            Action.RECEIVE, _aware(at), None, None, ComplaintState.RECEIVED, note.strip()
        )
        return cls(pid, channel, category, problem_text, cause_text, needs_coordination, (receipt,))

    @property
    def state(self) -> ComplaintState:
        return self.events[-1].to_state

    @property
    def received_at(self) -> datetime:
        return self.events[0].at

    @property
    def received_on(self) -> date:
        return self.received_at.date()

    @property
    def satisfied(self) -> bool | None:
        """The participant's answer at the latest confirmation, None if never confirmed."""
        for event in reversed(self.events):
            if event.action is Action.CONFIRM:
                return event.satisfied
        return None

    @property
    def outcome(self) -> Outcome | None:
        """How it ended; None while the complaint is not closed."""
        if self.state is not ComplaintState.CLOSED:
            return None
        closing = self.events[-1].action
        if closing is Action.CLOSE_INCOMPLETE:
            return Outcome.INCOMPLETE_DATA
        if closing is Action.WITHDRAW:
            return Outcome.WITHDRAWN
        return Outcome.SATISFIED if self.satisfied else Outcome.NOT_SATISFIED

    @property
    def waiting_since(self) -> datetime | None:
        """When the open pause began; None unless waiting for the participant."""
        if self.state is not ComplaintState.WAITING_FOR_PARTICIPANT:
            return None
        return self.events[-1].at

    def pauses(self, today: date | None = None) -> tuple[tuple[date, date], ...]:
        """Each wait for the participant as (declared incomplete, data received) dates.

        An open pause ends ``today`` if given; without ``today`` it is left out.
        """
        result: list[tuple[date, date]] = []
        start: date | None = None
        for event in self.events:
            if event.to_state is ComplaintState.WAITING_FOR_PARTICIPANT:
                start = event.at.date()
            elif start is not None:
                result.append((start, event.at.date()))
                start = None
        if start is not None and today is not None:
            result.append((start, max(start, today)))
        return tuple(result)

    def apply(
        self,
        action: Action,
        at: datetime,
        by_role: Role,
        note: str = "",
        satisfied: bool | None = None,
    ) -> Complaint:
        """This complaint after ``action``; raises instead of making an illegal move.

        Checks, in order: the move is in the table (`IllegalTransition`), the role may make
        it (`RoleNotPermitted`), the time is aware and not before the last event, a note
        is given where the table requires one, ``satisfied`` is given exactly for
        CONFIRM (`ValidationError`), and the 30-day rule for CLOSE_INCOMPLETE (`RuleError`).
        """
        row = transition_for(self.state, action)
        check_role(row, by_role)
        _aware(at)
        if at < self.events[-1].at:
            raise ValidationError(
                "at",
                "before_previous_event",
                "Waktu aksi lebih awal dari riwayat terakhir. Periksa jam perangkat.",
                "The action's time is earlier than the last event. Check the device clock.",
            )
        if row.note_required:
            _required_text(note, "note", "Catatan", "A note")
        if (action is Action.CONFIRM) != (satisfied is not None):
            raise ValidationError(
                "satisfied",
                "confirm_needs_satisfaction",
                "Kepuasan peserta dicatat hanya saat konfirmasi. Pilih puas atau tidak puas.",
                "Satisfaction is recorded only when confirming. Choose satisfied or not.",
            )
        if action is Action.CLOSE_INCOMPLETE and not auto_close_due(self, at.date()):
            raise RuleError(
                "documents_deadline_not_passed",
                "Batas waktu kelengkapan data (30 hari) belum lewat. Tunggu data dari peserta.",
                "The 30-day deadline for the participant's data has not passed. Keep waiting.",
            )
        event = ComplaintEvent(action, at, by_role, self.state, row.target, note.strip(), satisfied)
        return replace(self, events=(*self.events, event))


def _standard_due(complaint: Complaint, coordination: bool, calendar: WorkingCalendar) -> date:
    return sla_due_date(complaint.received_on, complaint.channel, coordination, calendar)


def effective_due_date(
    complaint: Complaint, calendar: WorkingCalendar, today: date | None = None
) -> date:
    """The SLA due date after pauses for the participant's data (seed 000, seed 002 art. 10).

    Starts from the channel's SLA counted from receipt. Coordination applies when it was
    flagged at receipt, or when the complaint was escalated (escalation is the path to
    the head of unit and related work units, i.e. "koordinasi dan masukan dari unit
    kerja lain") no later than the standard due date: escalating a complaint that is
    already late does not make it on time. The date then moves later by the working
    days spent waiting for the participant (`shift_for_pauses`); an open pause counts up
    to ``today`` when given.
    """
    pauses = complaint.pauses(today)
    standard = shift_for_pauses(_standard_due(complaint, False, calendar), pauses, calendar)
    coordination = complaint.needs_coordination or any(
        e.action is Action.ESCALATE and e.at.date() <= standard for e in complaint.events
    )
    if not coordination:
        return standard
    return shift_for_pauses(_standard_due(complaint, True, calendar), pauses, calendar)


_CLOCK_STOPPED = frozenset(
    {ComplaintState.ANSWERED, ComplaintState.CONFIRMED, ComplaintState.CLOSED}
)


def working_days_left(complaint: Complaint, today: date, calendar: WorkingCalendar) -> int | None:
    """Working days from ``today`` to the due date: 0 on the due date, negative when late.

    None once the complaint is answered (the SLA is about giving the answer). While
    waiting for the participant the count is frozen at its value when the pause began.
    """
    if complaint.state in _CLOCK_STOPPED:
        return None
    since = complaint.waiting_since
    if since is not None:
        return calendar.working_days_between(since.date(), effective_due_date(complaint, calendar))
    return calendar.working_days_between(today, effective_due_date(complaint, calendar))


def overdue(complaint: Complaint, today: date, calendar: WorkingCalendar) -> bool:
    """Still unanswered after its due date.

    While waiting for the participant the clock is paused: the complaint is overdue only
    if it already was when the pause began.
    """
    if complaint.state in _CLOCK_STOPPED:
        return False
    since = complaint.waiting_since
    as_of = since.date() if since is not None else today
    return as_of > effective_due_date(complaint, calendar)


def auto_close_due(complaint: Complaint, today: date) -> bool:
    """Waiting for the participant's data for more than 30 calendar days (seed 002 art. 10(3)).

    The participant may still bring the data on the 30th day after it was declared
    incomplete; from the 31st day the complaint may be closed as finished.
    """
    since = complaint.waiting_since
    if since is None:
        return False
    return (today - since.date()).days > document_deadline_days(since.date())
