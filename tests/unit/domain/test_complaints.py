"""The complaint record: receipt, effective due date with pauses, overdue, 30-day close.

Seed 000 (what is recorded, SLA per channel) and seed 002 art. 10 (30 days to complete
data; the SLA clock pauses meanwhile). Dates: January 2026 (Mon 5 ... Fri 9, Mon 12) and
the 2026 Nyepi/Idul Fitri block (18-24 March) of the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import (
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintState,
    Outcome,
    Role,
    auto_close_due,
    effective_due_date,
    overdue,
    sla_due_date,
    working_days_left,
)
from anjungan.core.errors import RuleError, ValidationError

CAL = WorkingCalendar()
NIK = "3171014101900001"
A = Action


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=WIB)


MONDAY_0900 = at(1, 5)


def received(
    when: datetime = MONDAY_0900,
    channel: Channel = Channel.DIRECT,
    needs_coordination: bool = False,
) -> Complaint:
    return Complaint.receive(
        participant_id=NIK,
        channel=channel,
        category=Category.FKTP_SERVICE,
        problem="Ditolak berobat di puskesmas",
        cause="Status kepesertaan tampil nonaktif",
        at=when,
        needs_coordination=needs_coordination,
    )


def started(when: datetime = MONDAY_0900, channel: Channel = Channel.DIRECT) -> Complaint:
    c = received(when, channel)
    return c.apply(A.START, c.received_at + timedelta(minutes=5), Role.OFFICER)


# --- Receipt ----------------------------------------------------------------------------


def test_receipt_records_identity_problem_and_cause_in_state_received() -> None:
    c = received()
    assert c.state is ComplaintState.RECEIVED
    assert c.participant_id == NIK
    assert c.problem == "Ditolak berobat di puskesmas"
    assert c.cause == "Status kepesertaan tampil nonaktif"
    assert c.received_on == date(2026, 1, 5)
    assert len(c.events) == 1 and c.events[0].action is A.RECEIVE


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("participant_id", {"participant_id": "   "}),
        ("problem", {"problem": ""}),
        ("cause", {"cause": " \n\t "}),
    ],
)
def test_receipt_without_identity_problem_or_cause_names_the_field(
    field: str, kwargs: dict[str, str]
) -> None:
    values = {"participant_id": NIK, "problem": "Masalah", "cause": "Penyebab", **kwargs}
    with pytest.raises(ValidationError) as err:
        Complaint.receive(
            participant_id=values["participant_id"],
            channel=Channel.ORAL,
            category=Category.OTHER,
            problem=values["problem"],
            cause=values["cause"],
            at=MONDAY_0900,
        )
    assert err.value.field == field
    assert err.value.code == "required"
    assert err.value.message("id") and err.value.message("en")


def test_receipt_text_is_stored_stripped() -> None:
    c = Complaint.receive(
        participant_id=f" {NIK} ",
        channel=Channel.KIOSK,
        category=Category.DIGITAL,
        problem="  Aplikasi gagal login ",
        cause=" OTP tidak terkirim\n",
        at=at(1, 5),
    )
    assert (c.participant_id, c.problem, c.cause) == (
        NIK,
        "Aplikasi gagal login",
        "OTP tidak terkirim",
    )


def test_receipt_time_without_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        received(when=datetime(2026, 1, 5, 9, 0))
    assert err.value.field == "at"


def test_participant_identity_stays_out_of_repr_and_errors() -> None:
    c = received()
    assert NIK not in repr(c)
    with pytest.raises(ValidationError) as err:
        Complaint.receive(
            participant_id=NIK, channel=Channel.DIRECT, category=Category.OTHER,
            problem=" ", cause="x", at=at(1, 5),
        )  # fmt: skip
    assert NIK not in str(err.value)


def test_category_labels_exist_in_indonesian_and_english() -> None:
    assert Category.CONTRIBUTIONS.label("id") == "Iuran dan tagihan"
    assert Category.CONTRIBUTIONS.label("en") == "Contributions and billing"
    for category in Category:
        assert category.label("id") and category.label("en")


# --- Effective due date -----------------------------------------------------------------


def test_due_date_of_a_fresh_complaint_is_the_channel_sla() -> None:
    assert effective_due_date(received(), CAL) == date(2026, 1, 6)
    written = received(channel=Channel.WRITTEN)
    assert effective_due_date(written, CAL) == date(2026, 1, 8)


def test_coordination_flagged_at_receipt_gives_three_working_days() -> None:
    assert effective_due_date(received(needs_coordination=True), CAL) == date(2026, 1, 8)


def test_complaint_received_before_eid_2026_is_due_after_the_collective_leave() -> None:
    c = received(when=at(3, 17))
    assert effective_due_date(c, CAL) == date(2026, 3, 25)
    assert effective_due_date(c, CAL) == sla_due_date(date(2026, 3, 17), Channel.DIRECT, False, CAL)


def test_escalation_on_time_switches_to_the_coordination_sla() -> None:
    c = started().apply(A.ESCALATE, at(1, 6, 10), Role.OFFICER, note="perlu unit kepesertaan")
    assert effective_due_date(c, CAL) == date(2026, 1, 8)


def test_escalation_after_the_due_date_does_not_make_a_late_complaint_on_time() -> None:
    c = started().apply(A.ESCALATE, at(1, 7, 10), Role.OFFICER, note="perlu unit kepesertaan")
    assert effective_due_date(c, CAL) == date(2026, 1, 6)
    assert overdue(c, date(2026, 1, 7), CAL)


def test_sla_pause_shifts_due_date_by_exactly_the_paused_working_days() -> None:
    # Written complaint Mon 5 Jan, due Thu 8 Jan. Waiting Tue 6 -> Mon 12 Jan:
    # Wed 7, Thu 8, Fri 9, Mon 12 = 4 working days, so due Wed 14 Jan.
    c = started(channel=Channel.WRITTEN)
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 6), Role.OFFICER, note="kurang fotokopi KK")
    c = c.apply(A.DOCUMENTS_RECEIVED, at(1, 12), Role.OFFICER)
    due = effective_due_date(c, CAL)
    assert due == date(2026, 1, 14)
    assert CAL.working_days_between(date(2026, 1, 8), due) == 4
    assert c.pauses() == ((date(2026, 1, 6), date(2026, 1, 12)),)


def test_pause_over_the_eid_2026_block_counts_only_working_days() -> None:
    # Direct complaint Mon 16 March, due Tue 17. Waiting Tue 17 -> Wed 25 March: only
    # the 25th is a working day in (17, 25], so the due date moves one working day, past
    # Nyepi and the Idul Fitri cuti bersama, to Wed 25: the day the data arrived, because
    # the officer had no working day left when the pause began.
    c = started(when=at(3, 16))
    c = c.apply(A.REQUEST_DOCUMENTS, at(3, 17), Role.OFFICER, note="kurang surat rujukan")
    c = c.apply(A.DOCUMENTS_RECEIVED, at(3, 25), Role.OFFICER)
    assert effective_due_date(c, CAL) == date(2026, 3, 25)
    assert working_days_left(c, date(2026, 3, 25), CAL) == 0


def test_pause_within_one_day_does_not_move_the_due_date() -> None:
    c = started()
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 5, 10), Role.OFFICER, note="kurang KTP")
    c = c.apply(A.DOCUMENTS_RECEIVED, at(1, 5, 15), Role.OFFICER)
    assert effective_due_date(c, CAL) == date(2026, 1, 6)


def test_open_pause_counts_up_to_today_when_given() -> None:
    c = started(channel=Channel.WRITTEN)
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 6), Role.OFFICER, note="kurang KK")
    assert effective_due_date(c, CAL) == date(2026, 1, 8)
    assert effective_due_date(c, CAL, today=date(2026, 1, 9)) == date(2026, 1, 13)


# --- Overdue and working days left -------------------------------------------------------


def test_working_days_left_counts_down_to_zero_on_the_due_date_then_negative() -> None:
    c = started()  # due Tue 6 Jan
    assert working_days_left(c, date(2026, 1, 5), CAL) == 1
    assert working_days_left(c, date(2026, 1, 6), CAL) == 0
    assert working_days_left(c, date(2026, 1, 7), CAL) == -1
    assert working_days_left(c, date(2026, 1, 12), CAL) == -4


def test_complaint_is_overdue_only_after_its_due_date() -> None:
    c = started()
    assert not overdue(c, date(2026, 1, 6), CAL)
    assert overdue(c, date(2026, 1, 7), CAL)


def test_complaint_due_friday_is_overdue_on_saturday() -> None:
    c = started(when=at(1, 8))  # Thu, due Fri 9 Jan
    assert overdue(c, date(2026, 1, 10), CAL)


def test_answered_complaint_is_never_overdue_and_has_no_days_left() -> None:
    c = started().apply(A.ANSWER, at(1, 6), Role.OFFICER, note="status sudah aktif")
    assert not overdue(c, date(2026, 2, 1), CAL)
    assert working_days_left(c, date(2026, 2, 1), CAL) is None


def test_reopened_complaint_is_overdue_again_after_its_due_date() -> None:
    c = started().apply(A.ANSWER, at(1, 6), Role.OFFICER, note="status sudah aktif")
    c = c.apply(A.REOPEN, at(1, 7), Role.OFFICER, note="peserta masih ditolak")
    assert overdue(c, date(2026, 1, 7), CAL)


def test_waiting_complaint_is_not_overdue_and_its_days_left_are_frozen() -> None:
    c = started(channel=Channel.WRITTEN)  # due Thu 8 Jan
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 6), Role.OFFICER, note="kurang KK")
    for today in (date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)):
        assert not overdue(c, today, CAL)
        assert working_days_left(c, today, CAL) == 2


def test_complaint_already_late_when_paused_stays_overdue() -> None:
    c = started()  # due Tue 6 Jan
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 8), Role.OFFICER, note="kurang KK")
    assert overdue(c, date(2026, 1, 9), CAL)
    assert working_days_left(c, date(2026, 1, 9), CAL) == -2


# --- 30-day close -------------------------------------------------------------------------


def waiting_since_6_january() -> Complaint:
    return started().apply(A.REQUEST_DOCUMENTS, at(1, 6), Role.OFFICER, note="kurang KK")


def test_auto_close_is_due_only_after_more_than_30_days_of_waiting() -> None:
    c = waiting_since_6_january()
    assert not auto_close_due(c, date(2026, 1, 6))
    assert not auto_close_due(c, date(2026, 2, 5))  # day 30: the data may still come
    assert auto_close_due(c, date(2026, 2, 6))  # day 31


def test_auto_close_is_never_due_when_not_waiting() -> None:
    c = waiting_since_6_january().apply(A.DOCUMENTS_RECEIVED, at(1, 7), Role.OFFICER)
    assert not auto_close_due(c, date(2026, 6, 1))


def test_closing_incomplete_before_the_deadline_is_a_rule_error() -> None:
    c = waiting_since_6_january()
    with pytest.raises(RuleError) as err:
        c.apply(A.CLOSE_INCOMPLETE, at(2, 5, 23), Role.SUPERVISOR)
    assert err.value.code == "documents_deadline_not_passed"


def test_closing_incomplete_after_the_deadline_is_declared_finished() -> None:
    c = waiting_since_6_january().apply(A.CLOSE_INCOMPLETE, at(2, 6, 0), Role.ADMIN)
    assert c.state is ComplaintState.CLOSED
    assert c.outcome is Outcome.INCOMPLETE_DATA


def test_the_30_days_restart_with_each_new_request_for_documents() -> None:
    c = waiting_since_6_january().apply(A.DOCUMENTS_RECEIVED, at(1, 20), Role.OFFICER)
    c = c.apply(A.REQUEST_DOCUMENTS, at(1, 21), Role.OFFICER, note="kurang surat kuasa")
    assert not auto_close_due(c, date(2026, 2, 10))
    assert auto_close_due(c, date(2026, 2, 21))


# --- Properties -------------------------------------------------------------------------


working_starts = st.dates(min_value=date(2025, 1, 6), max_value=date(2027, 11, 30)).map(
    CAL.working_day_on_or_after
)


@settings(deadline=None)
@given(
    start=working_starts,
    channel=st.sampled_from(Channel),
    pause_offset=st.integers(min_value=0, max_value=5),
    pause_days=st.integers(min_value=0, max_value=40),
)
def test_property_pause_shifts_the_due_date_by_exactly_the_paused_working_days(
    start: date, channel: Channel, pause_offset: int, pause_days: int
) -> None:
    t0 = datetime(start.year, start.month, start.day, 8, 0, tzinfo=WIB)
    base_due = sla_due_date(start, channel, False, CAL)
    pause_start = min(start + timedelta(days=pause_offset), base_due)
    pause_end = pause_start + timedelta(days=pause_days)
    c = received(when=t0, channel=channel).apply(A.START, t0, Role.OFFICER)
    c = c.apply(
        A.REQUEST_DOCUMENTS,
        datetime.combine(pause_start, t0.timetz()).replace(hour=9),
        Role.OFFICER,
        note="kurang data",
    )
    c = c.apply(
        A.DOCUMENTS_RECEIVED,
        datetime.combine(pause_end, t0.timetz()).replace(hour=10),
        Role.OFFICER,
    )
    due = effective_due_date(c, CAL)
    assert CAL.working_days_between(base_due, due) == CAL.working_days_between(
        pause_start, pause_end
    )
    assert CAL.is_working_day(due)
