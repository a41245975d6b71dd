"""Fixing a record the server refused: what the officer is shown, what is checked, what is
queued again (a new outbox row with the corrected payload; nothing else changes)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import pytest

from anjungan.core.errors import StoreError
from anjungan.core.services.forms import FormInvalid
from anjungan.core.services.resubmission import (
    check_correction,
    corrected_value,
    parse_path,
    pending_corrections,
    resubmit_corrected,
)
from anjungan.core.store import outbox
from anjungan.core.store.models import OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from tests.helpers import store_factories
from tests.integration.services.conftest import UowFactory

TODAY = date(2026, 11, 23)
TAKEN = {
    "field": "members[1].nik",
    "code": "nik_already_registered",
    "message_id": "NIK ini sudah terdaftar melalui pendaftaran lain.",
    "message_en": "This NIK is already registered through another registration.",
}
WHOLE_FAMILY = {
    "field": "kk_members",
    "code": "family_incomplete",
    "message_id": "Seluruh anggota KK harus didaftarkan.",
    "message_en": "Every member on the KK must be registered.",
}


def _rejected(make_uow: UowFactory, *reasons: dict[str, Any]) -> UUID:
    with make_uow() as uow:
        entry = uow.add_record(store_factories.registration(member_count=2))
        outbox.mark_rejected(uow, entry.client_uuid, list(reasons))
        uow.commit()
        return entry.client_uuid


def _payload(uow: UnitOfWork, client_uuid: UUID) -> dict[str, Any]:
    entry = uow.outbox.get(client_uuid)
    assert entry is not None
    return entry.payload


def test_paths_name_nested_payload_fields() -> None:
    assert parse_path("members[2].nik") == ("members", 2, "nik")
    assert parse_path("phone") == ("phone",)
    assert parse_path("members[") is None


def test_a_correction_lists_the_named_fields_with_their_pushed_values(
    make_uow: UowFactory,
) -> None:
    client_uuid = _rejected(make_uow, TAKEN, WHOLE_FAMILY)
    with make_uow() as uow:
        [correction] = pending_corrections(uow)
        pushed = _payload(uow, client_uuid)
    assert correction.client_uuid == client_uuid and correction.kind == "registration"
    assert correction.subject == "Anggota 1"  # the head
    [field] = correction.fields
    assert field.path == "members[1].nik"
    assert field.value == pushed["members"][1]["nik"]
    assert [r.code for r in field.reasons] == ["nik_already_registered"]
    # "kk_members" is not in the payload: nothing to type, the reason is shown on its own.
    assert [r.code for r in correction.general] == ["family_incomplete"]
    assert correction.general[0].message("en").startswith("Every member")


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("members[0].nik", "3171 0112 0580 0001", "3171011205800001"),
        ("kk_number", "3171-0120-0123-0004", "3171012001230004"),
        ("members[0].name", "  budi   santoso ", "BUDI SANTOSO"),
        ("phone", "0812 3456 7890", "+6281234567890"),
        ("card_number", "0001 9443 5891 1", "0001944358911"),
        ("reporter_phone", "", None),
        ("description", "  Kartu   tidak aktif. ", "Kartu tidak aktif."),
    ],
)
def test_each_corrected_value_goes_through_the_domain_parser(
    path: str, text: str, expected: object
) -> None:
    assert corrected_value(path, text, TODAY) == expected


@pytest.mark.parametrize(
    ("path", "text", "code"),
    [
        ("members[0].nik", "3171011513100001", "invalid_month"),
        ("members[0].name", "Budi 2", "has_digits"),
        ("phone", "0812 34S6 7890", "has_letters"),
        ("kk_number", "31710", "wrong_length"),
        ("members[0].name", "   ", "required"),
    ],
)
def test_a_bad_correction_is_named_on_its_own_path(path: str, text: str, code: str) -> None:
    [error] = check_correction(path, text, TODAY)
    assert error.field == path
    assert error.code == code


def test_resubmitting_queues_the_corrected_payload_and_keeps_the_nik_birth_date_and_sex_in_step(
    make_uow: UowFactory,
) -> None:
    client_uuid = _rejected(make_uow, TAKEN)
    new_uuid = resubmit_corrected(
        make_uow(), client_uuid, {"members[1].nik": "3171014308830002"}, today=TODAY
    )
    with make_uow() as uow:
        old, new = uow.outbox.get(client_uuid), uow.outbox.get(new_uuid)
        assert old is not None and new is not None
        assert old.status is OutboxStatus.REJECTED and old.resubmitted_as == new_uuid
        assert new.status is OutboxStatus.PENDING and new.record_uuid == old.record_uuid
        member = new.payload["members"][1]
        assert (member["nik"], member["birth_date"], member["sex"]) == (
            "3171014308830002",
            "1983-08-03",
            "P",
        )
        assert new.payload["members"][0] == old.payload["members"][0]
        assert pending_corrections(uow) == []


def test_an_invalid_correction_writes_nothing_and_names_the_field(make_uow: UowFactory) -> None:
    client_uuid = _rejected(make_uow, TAKEN)
    with pytest.raises(FormInvalid) as raised:
        resubmit_corrected(make_uow(), client_uuid, {"members[1].nik": "12345"}, today=TODAY)
    assert raised.value.fields == ("members[1].nik",)
    with make_uow() as uow:
        assert uow.outbox.counts()[OutboxStatus.PENDING] == 0
        assert len(pending_corrections(uow)) == 1


def test_a_field_the_server_did_not_name_cannot_be_changed(make_uow: UowFactory) -> None:
    client_uuid = _rejected(make_uow, TAKEN)
    with pytest.raises(ValueError, match="not fields of this correction"):
        resubmit_corrected(make_uow(), client_uuid, {"kk_number": "3171012001230004"}, today=TODAY)


def test_a_row_already_resubmitted_cannot_be_resubmitted_again(make_uow: UowFactory) -> None:
    client_uuid = _rejected(make_uow, TAKEN)
    values = {"members[1].nik": "3171014308830002"}
    resubmit_corrected(make_uow(), client_uuid, values, today=TODAY)
    with pytest.raises(StoreError):
        resubmit_corrected(make_uow(), client_uuid, values, today=TODAY)
