"""Complaints at the counter: required fields, working-day due dates, the officer's list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaints import Action, Category, Channel, ComplaintState
from anjungan.core.services.complaints import (
    ComplaintFilters,
    ComplaintForm,
    StatusFilter,
    list_complaints,
    log_complaint,
    store_calendar,
    validate_complaint,
)
from anjungan.core.services.forms import Desk, FormInvalid
from anjungan.core.store.models import ComplaintEvent, OutboxKind
from tests.integration.services.conftest import PHONE_COMPLAINT, UowFactory

# 2026: Tue 17 March is the last working day before Nyepi (18 cuti bersama, 19) and
# Idul Fitri (20 cuti bersama, 21-22, 23-24 cuti bersama); work resumes Wed 25 March.
BEFORE_NYEPI = datetime(2026, 3, 17, 10, 30, tzinfo=WIB)


def _codes(form: ComplaintForm) -> dict[str, str]:
    return {e.field: e.code for e in validate_complaint(form, date(2026, 11, 23))}


def test_a_complete_phone_complaint_is_valid() -> None:
    assert validate_complaint(PHONE_COMPLAINT, date(2026, 11, 23)) == []


def test_problem_and_cause_are_required() -> None:
    assert _codes(replace(PHONE_COMPLAINT, cause="  ")) == {"cause": "required"}
    assert _codes(replace(PHONE_COMPLAINT, problem="")) == {"problem": "required"}
    assert _codes(replace(PHONE_COMPLAINT, channel=None, category=None)) == {
        "channel": "required",
        "category": "required",
    }


def test_the_identity_is_a_valid_nik_or_card_number() -> None:
    assert _codes(replace(PHONE_COMPLAINT, identifier="3171011205800001")) == {}
    assert _codes(replace(PHONE_COMPLAINT, identifier="3171011299800001")) == {
        "identifier": "invalid_month"
    }
    assert _codes(replace(PHONE_COMPLAINT, identifier="12345")) == {"identifier": "wrong_length"}
    assert _codes(replace(PHONE_COMPLAINT, identifier="")) == {"identifier": "required"}


def test_the_phone_is_optional_but_checked_when_given() -> None:
    assert _codes(replace(PHONE_COMPLAINT, phone="0812 3456 789O")) == {"phone": "has_letters"}
    assert _codes(replace(PHONE_COMPLAINT, phone="(021) 555-1234")) == {}


def test_an_empty_cause_saves_nothing(make_uow: UowFactory, desk: Desk, clock: FixedClock) -> None:
    with pytest.raises(FormInvalid) as raised:
        log_complaint(make_uow(), replace(PHONE_COMPLAINT, cause=""), clock=clock, desk=desk)
    assert raised.value.fields == ("cause",)
    with make_uow() as uow:
        assert uow.complaints.count() == 0
        assert sum(uow.outbox.counts().values()) == 0


def test_a_logged_complaint_is_stored_with_its_outbox_row(
    make_uow: UowFactory, desk: Desk, clock: FixedClock
) -> None:
    form = replace(PHONE_COMPLAINT, phone="0812-3456-7890", name="siti  aminah")
    record, due = log_complaint(make_uow(), form, clock=clock, desk=desk)
    assert due == date(2026, 11, 24)  # oral: 1 working day after Monday
    with make_uow() as uow:
        stored = uow.complaints.get(record.uuid)
        assert stored is not None
        assert (stored.card_number, stored.nik) == ("0001944358911", None)
        assert stored.reporter_name == "SITI AMINAH"
        assert stored.reporter_phone == "+6281234567890"
        assert stored.received_at == clock.now()
        [entry] = uow.outbox.for_record(record.uuid)
        assert entry.kind is OutboxKind.COMPLAINT


def test_a_phone_complaint_before_nyepi_and_eid_is_due_after_the_collective_leave(
    make_uow: UowFactory, desk: Desk
) -> None:
    clock = FixedClock(BEFORE_NYEPI)
    _, due = log_complaint(make_uow(), PHONE_COMPLAINT, clock=clock, desk=desk)
    assert due == date(2026, 3, 25)
    [row] = list_complaints(make_uow(), clock=clock)
    assert row.due_date == date(2026, 3, 25)
    assert row.working_days_left == 1 and not row.overdue


@pytest.mark.parametrize(
    ("channel", "coordination", "due"),
    [
        (Channel.DIRECT, False, date(2026, 3, 25)),
        (Channel.ORAL, True, date(2026, 3, 27)),
        (Channel.WRITTEN, False, date(2026, 3, 27)),
        (Channel.WRITTEN, True, date(2026, 3, 31)),
        (Channel.KIOSK, False, date(2026, 3, 27)),
    ],
)
def test_the_due_date_follows_the_channel_and_coordination(
    make_uow: UowFactory, desk: Desk, channel: Channel, coordination: bool, due: date
) -> None:
    form = replace(PHONE_COMPLAINT, channel=channel, needs_coordination=coordination)
    assert (
        log_complaint(make_uow(), form, clock=FixedClock(BEFORE_NYEPI), desk=desk).due_date == due
    )


def test_the_local_calendar_override_table_moves_the_due_date(
    make_uow: UowFactory, desk: Desk
) -> None:
    clock = FixedClock(BEFORE_NYEPI)
    with make_uow() as uow:
        uow.calendar.put(date(2026, 3, 25), is_holiday=True, name="Cuti bersama tambahan")
        uow.commit()
    assert log_complaint(make_uow(), PHONE_COMPLAINT, clock=clock, desk=desk).due_date == (
        date(2026, 3, 26)
    )
    with make_uow() as uow:
        assert store_calendar(uow).holiday_name(date(2026, 3, 25)) == "Cuti bersama tambahan"


def _log_on(make_uow: UowFactory, desk: Desk, at: datetime, **changes: object) -> None:
    log_complaint(make_uow(), replace(PHONE_COMPLAINT, **changes), clock=FixedClock(at), desk=desk)  # type: ignore[arg-type]


def test_the_list_flags_overdue_and_due_today_most_urgent_first(
    make_uow: UowFactory, desk: Desk, clock: FixedClock
) -> None:
    # Monday 23 Nov 2026. Thu 19 -> due Fri 20 (late); Fri 20 -> due Mon 23 (today).
    _log_on(make_uow, desk, datetime(2026, 11, 23, 8, 0, tzinfo=WIB), name="Cici")
    _log_on(make_uow, desk, datetime(2026, 11, 20, 9, 0, tzinfo=WIB), name="Bima")
    _log_on(make_uow, desk, datetime(2026, 11, 19, 9, 0, tzinfo=WIB), name="Ayu")
    rows = list_complaints(make_uow(), clock=clock)
    assert [r.reporter_name for r in rows] == ["AYU", "BIMA", "CICI"]
    late, today, tomorrow = rows
    assert late.overdue and late.working_days_left == -1 and not late.due_today
    assert today.due_today and not today.overdue and today.due_date == date(2026, 11, 23)
    assert tomorrow.working_days_left == 1 and not tomorrow.due_today


def test_the_list_filters_by_status_channel_category_and_search(
    make_uow: UowFactory, desk: Desk, clock: FixedClock
) -> None:
    _log_on(make_uow, desk, datetime(2026, 11, 19, 9, 0, tzinfo=WIB), name="Ayu")
    _log_on(
        make_uow,
        desk,
        datetime(2026, 11, 20, 9, 0, tzinfo=WIB),
        name="Bima",
        channel=Channel.WRITTEN,
        category=Category.MEDICINES,
        problem="Obat kronis tidak tersedia di apotek PRB.",
    )

    def names(**filters: object) -> list[str]:
        chosen = ComplaintFilters(**filters)  # type: ignore[arg-type]
        return [r.reporter_name for r in list_complaints(make_uow(), clock=clock, filters=chosen)]

    assert names(status=StatusFilter.OVERDUE) == ["AYU"]
    assert names(status=StatusFilter.DUE_TODAY) == []  # written: due Wed 25 Nov
    assert names(channel=Channel.WRITTEN) == ["BIMA"]
    assert names(category=Category.CONTRIBUTIONS) == ["AYU"]
    assert names(search="apotek prb") == ["BIMA"]
    assert names(search="0001944358911") == ["AYU", "BIMA"]
    assert names(search="bima obat") == ["BIMA"]


def test_an_answered_complaint_stops_its_clock(
    make_uow: UowFactory, desk: Desk, clock: FixedClock
) -> None:
    record, _ = log_complaint(make_uow(), PHONE_COMPLAINT, clock=clock, desk=desk)
    with make_uow() as uow:
        parent = uow.complaints.get(record.uuid)
        for action, note in ((Action.START, None), (Action.ANSWER, "Status sudah diperbaiki.")):
            event = ComplaintEvent(
                complaint=parent, event_type=action.value, actor_id="petugas-01", note=note
            )
            uow.add_record(event)
        uow.commit()
    clock.advance(timedelta(days=3))
    [row] = list_complaints(make_uow(), clock=clock)
    assert row.state is ComplaintState.ANSWERED
    assert row.working_days_left is None and not row.overdue
    open_only = ComplaintFilters(status=StatusFilter.OPEN)
    assert list_complaints(make_uow(), clock=clock, filters=open_only) == []


def test_receipt_day_is_the_local_day_not_the_utc_day(make_uow: UowFactory, desk: Desk) -> None:
    # 06:00 WIB on Tuesday is 23:00 UTC on Monday: the complaint belongs to Tuesday.
    early = FixedClock(datetime(2026, 11, 24, 6, 0, tzinfo=WIB))
    _, due = log_complaint(make_uow(), PHONE_COMPLAINT, clock=early, desk=desk)
    [row] = list_complaints(make_uow(), clock=early)
    assert due == row.due_date == date(2026, 11, 25)
    assert row.received_at.date() == date(2026, 11, 24)


def test_an_explicit_calendar_is_used_as_given(make_uow: UowFactory, desk: Desk) -> None:
    no_holidays = WorkingCalendar(loader=lambda _year, _lang: {})
    clock = FixedClock(BEFORE_NYEPI)
    logged = log_complaint(
        make_uow(), PHONE_COMPLAINT, clock=clock, desk=desk, calendar=no_holidays
    )
    assert logged.due_date == date(2026, 3, 18)
