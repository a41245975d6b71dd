"""Column types and payload encoding of the store, without a database."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from anjungan.core.clock import WIB
from anjungan.core.store.models import OutboxKind, OutboxStatus
from anjungan.core.store.types import EnumText, UtcDateTime, json_value
from tests.helpers import store_factories as make

SQLITE = sqlite.dialect()
POSTGRES = postgresql.dialect()


def test_sqlite_stores_the_utc_wall_clock_of_an_aware_time() -> None:
    stored = UtcDateTime().process_bind_param(datetime(2026, 11, 23, 9, 0, tzinfo=WIB), SQLITE)
    assert stored == datetime(2026, 11, 23, 2, 0)


def test_postgres_receives_an_aware_utc_time() -> None:
    stored = UtcDateTime().process_bind_param(datetime(2026, 11, 23, 9, 0, tzinfo=WIB), POSTGRES)
    assert stored == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    assert stored is not None and stored.utcoffset() == timedelta(0)


def test_read_times_are_utc_aware_on_both_backends() -> None:
    naive = UtcDateTime().process_result_value(datetime(2026, 11, 23, 2, 0), SQLITE)
    aware = UtcDateTime().process_result_value(datetime(2026, 11, 23, 9, 0, tzinfo=WIB), POSTGRES)
    assert naive == aware == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    assert naive is not None and naive.tzinfo is UTC


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        UtcDateTime().process_bind_param(datetime(2026, 11, 23, 9, 0), SQLITE)


def test_enum_text_checks_values_on_the_way_in_and_rebuilds_members_on_the_way_out() -> None:
    column = EnumText(OutboxStatus, 16)
    assert column.process_bind_param(OutboxStatus.SENT, SQLITE) == "sent"
    assert column.process_bind_param("rejected", SQLITE) == "rejected"
    assert column.process_result_value("pending", SQLITE) is OutboxStatus.PENDING
    with pytest.raises(ValueError):
        column.process_bind_param("lost", SQLITE)


def test_json_value_encodes_store_values_as_plain_json() -> None:
    value = {
        "id": uuid.UUID(int=1),
        "at": datetime(2026, 11, 23, 9, 0, tzinfo=WIB),
        "day": date(2026, 12, 1),
        "rate": Decimal("0.05"),
        "kind": OutboxKind.SURVEY,
        "list": (1, None, True),
    }
    assert json_value(value) == {
        "id": "00000000-0000-0000-0000-000000000001",
        "at": "2026-11-23T02:00:00+00:00",
        "day": "2026-12-01",
        "rate": "0.05",
        "kind": "survey",
        "list": [1, None, True],
    }


def test_json_value_refuses_what_it_cannot_encode_faithfully() -> None:
    with pytest.raises(ValueError, match="naive"):
        json_value(datetime(2026, 1, 1))
    with pytest.raises(TypeError, match="set"):
        json_value({1, 2})


zones = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(),
    st.uuids(),
    st.dates(),
    st.datetimes(timezones=zones, min_value=datetime(1900, 1, 2), max_value=datetime(2999, 1, 1)),
)
trees = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)


@given(trees)
def test_encoded_values_survive_a_json_round_trip_unchanged(value: object) -> None:
    encoded = json_value(value)
    assert json.loads(json.dumps(encoded)) == encoded
    assert json_value(encoded) == encoded


def test_a_registration_payload_carries_its_members_but_no_local_or_server_fields() -> None:
    record = make.registration(2, uuid=uuid.UUID(int=9), device_id="d", created_at=None)
    record.server_ref = "8888801944358911"
    payload = record.to_payload()
    assert payload["uuid"] == "00000000-0000-0000-0000-000000000009"
    assert {"id", "server_status", "server_ref"}.isdisjoint(payload)
    assert [m["position"] for m in payload["members"]] == [1, 2]
    assert {"id", "registration_id", "card_number"}.isdisjoint(payload["members"][0])
