"""The information log: one click per question, counted per local day."""

from __future__ import annotations

from datetime import date, datetime

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import Channel
from anjungan.core.services.forms import Desk
from anjungan.core.services.info_requests import (
    INFO_CHANNELS,
    InfoTopic,
    info_counts_on,
    log_info_request,
)
from anjungan.core.store.models import OutboxKind
from tests.integration.services.conftest import UowFactory


def test_an_information_request_is_stored_with_its_outbox_row(
    make_uow: UowFactory, desk: Desk
) -> None:
    record = log_info_request(make_uow(), InfoTopic.CONTRIBUTIONS, Channel.ORAL, desk=desk)
    with make_uow() as uow:
        stored = uow.info_requests.get(record.uuid)
        assert stored is not None
        assert (stored.topic, stored.channel) == ("contributions", "oral")
        assert stored.officer_id == desk.officer_id
        [entry] = uow.outbox.for_record(record.uuid)
        assert entry.kind is OutboxKind.INFO_REQUEST


def test_counts_cover_the_local_day_only(
    make_uow: UowFactory, desk: Desk, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 11, 22, 23, 30, tzinfo=WIB)  # Sunday night
    log_info_request(make_uow(), InfoTopic.ARREARS, Channel.DIRECT, desk=desk)
    clock.current = datetime(2026, 11, 23, 6, 30, tzinfo=WIB)  # 23:30 UTC the day before
    for topic in (InfoTopic.ARREARS, InfoTopic.ARREARS, InfoTopic.MOBILE_JKN):
        log_info_request(make_uow(), topic, Channel.DIRECT, desk=desk)

    counts = info_counts_on(make_uow(), date(2026, 11, 23), WIB)
    assert counts[InfoTopic.ARREARS] == 2
    assert counts[InfoTopic.MOBILE_JKN] == 1
    assert sum(counts.values()) == 3
    assert set(counts) == set(InfoTopic)
    assert sum(info_counts_on(make_uow(), date(2026, 11, 22), WIB).values()) == 1


def test_every_topic_and_channel_has_both_languages() -> None:
    for topic in InfoTopic:
        assert topic.label("id") and topic.label("en")
        assert topic.label("id") != topic.label("en") or topic is InfoTopic.MOBILE_JKN
    assert INFO_CHANNELS[0].label("id").startswith("Langsung")
