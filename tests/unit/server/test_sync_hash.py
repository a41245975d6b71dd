"""The push fingerprint: the same item in any key order is the same; any change is not."""

from __future__ import annotations

import json
import uuid
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.wire.sync import PushItem
from anjungan.server.services.sync import item_hash

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)
PAYLOADS = st.dictionaries(st.text(min_size=1, max_size=6), JSON_VALUES, min_size=1, max_size=6)
CLIENT = uuid.UUID(int=1)


def push_item(payload: dict[str, Any], **changes: object) -> PushItem:
    fields: dict[str, Any] = {
        "client_uuid": CLIENT,
        "device_id": "C-BPN-01",
        "local_seq": 7,
        "kind": "complaint",
        "record_uuid": CLIENT,
        "payload": payload,
    }
    return PushItem.model_validate(fields | changes)


def _reordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reordered(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(v) for v in value]
    return value


@given(PAYLOADS)
def test_key_order_does_not_change_the_fingerprint(payload: dict[str, Any]) -> None:
    assert item_hash(push_item(payload)) == item_hash(push_item(_reordered(payload)))


@given(PAYLOADS, st.text(min_size=1, max_size=6), JSON_VALUES)
def test_any_change_of_the_payload_changes_the_fingerprint(
    payload: dict[str, Any], key: str, value: Any
) -> None:
    changed = dict(payload)
    changed[key] = value
    same = json.dumps(changed, sort_keys=True) == json.dumps(payload, sort_keys=True)
    assert (item_hash(push_item(changed)) == item_hash(push_item(payload))) == same


def test_the_item_around_the_payload_is_part_of_the_fingerprint() -> None:
    base = item_hash(push_item({"a": 1}))
    assert item_hash(push_item({"a": 1}, local_seq=8)) != base
    assert item_hash(push_item({"a": 1}, kind="survey")) != base
    assert item_hash(push_item({"a": 1}, record_uuid=uuid.UUID(int=2))) != base
    # The client uuid is the key it is stored under, not part of what is compared.
    assert item_hash(push_item({"a": 1}, client_uuid=uuid.UUID(int=3))) == base
