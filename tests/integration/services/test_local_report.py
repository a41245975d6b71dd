"""The counter's own report (`core.services.reports.local_report`) over a seeded store:
every figure checked against an answer computed here from the seeded facts by plain
Python (counting, weekdays), not by the report code."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from anjungan.core.clock import WIB
from anjungan.core.domain.report_figures import ReportPeriod
from anjungan.core.errors import ValidationError
from anjungan.core.services.reports import LocalReport, local_report
from anjungan.core.store.engine import Store
from tests.helpers.local_report_seed import (
    COMPLAINTS,
    DATA_CHANGES,
    INFO_REQUESTS,
    REGISTRATIONS,
    TODAY,
    ComplaintFact,
    seed,
    working_days_after,
)
from tests.integration.services.conftest import UowFactory

MONTH = ReportPeriod(date(2026, 11, 1), TODAY)
SLA_DAYS = {"direct": 1, "oral": 1, "written": 3, "kiosk": 3}


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


def _report(make_uow: UowFactory, period: ReportPeriod) -> LocalReport:
    return local_report(make_uow(), period, zone=WIB, today=TODAY)


def _inside(moment_day: date, period: ReportPeriod) -> bool:
    return period.date_from <= moment_day <= period.date_to


def _due(received: date, days: int) -> date:
    day = received
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


def _answered(fact: ComplaintFact) -> date | None:
    return next((at.date() for action, at, _ in fact.moves if action == "answer"), None)


@pytest.mark.usefixtures("seeded")
def test_todays_report_counts_only_the_records_of_today(make_uow: UowFactory) -> None:
    today = _report(make_uow, ReportPeriod.day(TODAY))
    s = today.services
    assert {c.key: c.count for c in s.registrations_by_segment} == {"PBPU": 2}
    assert s.registered_people == 3 + 2
    assert {c.key: c.count for c in s.data_changes_by_type} == {"fktp": 2, "contact": 1}
    assert {c.key: c.count for c in s.info_requests_by_topic} == {
        "contributions": 3,
        "registration": 1,
    }
    assert today.complaints.received == 1
    assert today.complaints.overdue_tickets == ()  # the phone complaint is due tomorrow


@pytest.mark.usefixtures("seeded")
def test_the_months_services_match_counts_of_the_seeded_facts(make_uow: UowFactory) -> None:
    s = _report(make_uow, MONTH).services
    regs = [r for r in REGISTRATIONS if _inside(r.at.date(), MONTH)]
    assert {c.key: c.count for c in s.registrations_by_segment} == dict(
        Counter(r.segment for r in regs)
    )
    assert s.registered_people == sum(r.members for r in regs) == 10
    changes = Counter(c.key for c in DATA_CHANGES if _inside(c.at.date(), MONTH))
    assert {c.key: c.count for c in s.data_changes_by_type} == dict(changes)
    topics = Counter(i.key for i in INFO_REQUESTS if _inside(i.at.date(), MONTH))
    assert {c.key: c.count for c in s.info_requests_by_topic} == dict(topics)
    assert s.info_requests_by_topic[0].label == "Iuran, tagihan, virtual account"  # most first


@pytest.mark.usefixtures("seeded")
def test_the_months_complaint_sla_overdue_close_days_and_satisfaction(
    make_uow: UowFactory,
) -> None:
    c = _report(make_uow, MONTH).complaints
    facts = [f for f in COMPLAINTS if _inside(f.received.date(), MONTH)]
    dues = {id(f): _due(f.received.date(), SLA_DAYS[f.channel]) for f in facts}
    answered = [f for f in facts if _answered(f) is not None]
    on_time = [f for f in answered if (_answered(f) or date.max) <= dues[id(f)]]
    closed_days = [
        working_days_after(f.received.date(), at.date())
        for f in facts
        for action, at, _ in f.moves
        if action == "close"
    ]
    assert c.received == len(facts) == 4
    assert {x.key: x.count for x in c.by_channel} == dict(Counter(f.channel for f in facts))
    assert {x.key: x.count for x in c.by_category} == dict(Counter(f.category for f in facts))
    assert (c.answered, c.answered_on_time) == (len(answered), len(on_time)) == (2, 1)
    assert c.on_time_share == pytest.approx(0.5)
    assert c.closed == len(closed_days) == 2
    assert c.average_working_days_to_close == pytest.approx(sum(closed_days) / 2)  # (2 + 6) / 2
    overdue = [f for f in facts if _answered(f) is None and dues[id(f)] < TODAY]
    assert len(c.overdue_tickets) == len(overdue) == 1
    assert c.overdue_tickets[0].startswith("LOKAL-")  # not yet sent: no server ticket
    satisfied = [s for f in facts for action, _, s in f.moves if action == "confirm"]
    assert (c.confirmed_satisfied, c.confirmed_not_satisfied) == (
        satisfied.count(True),
        satisfied.count(False),
    )


def test_an_empty_store_gives_zeros_and_no_averages(make_uow: UowFactory) -> None:
    report = _report(make_uow, MONTH)
    assert report.services.registrations_by_segment == ()
    assert report.complaints.received == 0
    assert report.complaints.average_working_days_to_close is None
    assert report.complaints.on_time_share is None


def test_a_reversed_period_is_refused_before_anything_is_read() -> None:
    with pytest.raises(ValidationError) as refused:
        ReportPeriod(TODAY, TODAY - timedelta(days=1))
    assert refused.value.field == "date_to"
