"""Where each field of a data-change form travels in the pushed record, and the re-check.

Owns `LAYOUT` (per change type: form field -> ``card_number``, ``nik``, ``reason``,
``old_values.<key>`` or ``new_values.<key>`` of the `DataChange` payload), `payload_field`
(the payload path of a form field, for reasons a server returns) and `form_from_payload`,
which turns a stored or pushed record back into the form the officer filled. With it,
`recheck_payload` runs the counter's own `check_change` on a pushed record and compares
what the record says the change does (reason, values, effective date) with what the
rules in force make of it, so a counter with old rules or an edited payload is answered
field by field. Pure: no store, no clock.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from anjungan.core.domain.change_types import ChangeDocument, ChangeType
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import ValidationError
from anjungan.core.services.data_change_checks import ChangeDecision, check_change
from anjungan.core.services.data_change_forms import FORMS, ChangeForm, Subject

_DOCS = "new_values.documents"

LAYOUT: dict[ChangeType, dict[str, str]] = {
    ChangeType.IDENTITY: {
        "new_nik": "new_values.nik",
        "new_kk": "new_values.kk",
        "new_name": "new_values.name",
        "note": "new_values.note",
        "documents": _DOCS,
    },
    ChangeType.CONTACT: {
        "phone": "new_values.phone",
        "email": "new_values.email",
        "address": "new_values.address",
    },
    ChangeType.RANK_SALARY: {
        "rank": "new_values.rank",
        "salary": "new_values.salary",
        "documents": _DOCS,
    },
    ChangeType.FAMILY_ADD: {
        "kind": "reason",
        "member_nik": "new_values.member_nik",
        "member_name": "new_values.member_name",
        "documents": _DOCS,
    },
    ChangeType.FAMILY_REMOVE: {
        "cause": "reason",
        "member_nik": "new_values.member_nik",
        "event_on": "new_values.event_on",
        "documents": _DOCS,
    },
    ChangeType.FKTP: {
        "segment": "old_values.segment",
        "reason": "reason",
        "fktp_code": "new_values.fktp_code",
        "last_change_on": "old_values.last_change_on",
        "tni_polri": "old_values.tni_polri",
        "documents": _DOCS,
    },
    ChangeType.CARE_CLASS: {
        "segment": "old_values.segment",
        "current_class": "old_values.care_class",
        "requested_class": "new_values.care_class",
        "class_since": "old_values.class_since",
        "months_in_arrears": "old_values.months_in_arrears",
        "family_members": "old_values.family_members",
        "members_requested": "old_values.members_requested",
        "first_payment_made": "old_values.first_payment_made",
    },
    ChangeType.REACTIVATION: {
        "segment": "old_values.segment",
        "care_class": "old_values.care_class",
        "family_members": "old_values.family_members",
        "months_in_arrears": "old_values.months_in_arrears",
        "inacbg_cost": "old_values.inacbg_cost",
    },
    ChangeType.ABROAD_OUT: {
        "segment": "old_values.segment",
        "departure_on": "new_values.departure_on",
        "months_abroad": "new_values.months_abroad",
        "documents": _DOCS,
    },
    ChangeType.ABROAD_IN: {"return_on": "new_values.return_on", "documents": _DOCS},
    ChangeType.SEGMENT: {
        "segment": "old_values.segment",
        "target_segment": "new_values.segment",
        "cause": "reason",
        "care_class": "new_values.care_class",
        "family_members": "old_values.family_members",
        "bank": "new_values.bank",
        "account_number": "new_values.account_number",
        "documents": _DOCS,
    },
}


def payload_field(change: ChangeType, field: str) -> str:
    """``phone`` -> ``new_values.phone``; subject fields and unknown names are kept."""
    return LAYOUT[change].get(field, field)


def form_from_payload(
    payload: Mapping[str, Any],
) -> tuple[ChangeForm | None, list[ValidationError]]:
    """The form a record was made from, or the reasons it cannot be read (by payload path)."""
    errors: list[ValidationError] = []
    try:
        change = ChangeType(str(payload.get("change_type")))
    except ValueError:
        return None, [_bad("change_type", "unknown_change_type")]
    parts: dict[str, Any] = {}
    for part in ("old_values", "new_values"):
        value = payload.get(part)
        if value is not None and not isinstance(value, dict):
            errors.append(_bad(part, "not_an_object"))
        parts[part] = value if isinstance(value, dict) else {}
    if errors:
        return None, errors
    cls = FORMS[change]
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for spec in fields(cls):
        if spec.name == "subject":
            continue
        path = LAYOUT[change].get(spec.name)
        if path is None:
            continue
        raw = _at(payload, parts, path)
        read = _read(raw, hints[spec.name], spec.default)
        if read is _BAD:
            errors.append(_bad(path, "bad_value"))
        else:
            values[spec.name] = read
    subject = Subject(card_number=_text(payload.get("card_number")), nik=_text(payload.get("nik")))
    if errors:
        return None, errors
    return cls(subject=subject, **values), []


def recheck_payload(
    payload: Mapping[str, Any], today: date, *, book: TariffBook | None = None
) -> list[ValidationError]:
    """Why a pushed data change is not what the rules make of it; empty when it is.

    ``today`` is the day the counter recorded it (the rules of that day apply). Errors
    are named by payload path (``new_values.phone``, ``old_values.last_change_on``).
    """
    form, errors = form_from_payload(payload)
    if form is None:
        return errors
    checked = check_change(form, today, book=book)
    if checked.decision is None:
        return [_renamed(form.change_type, error) for error in checked.errors]
    return _differences(payload, checked.decision)


def _differences(payload: Mapping[str, Any], decision: ChangeDecision) -> list[ValidationError]:
    found: list[ValidationError] = []
    effective = decision.effective_on.isoformat() if decision.effective_on else None
    for name, expected in (
        ("card_number", decision.card_number),
        ("nik", decision.nik),
        ("reason", decision.reason),
        ("effective_date", effective),
    ):
        if payload.get(name) != expected:
            found.append(_not_as_computed(name))
    for part, expected_values in (
        ("old_values", decision.old_values or {}),
        ("new_values", decision.new_values),
    ):
        given = payload.get(part) or {}
        for key in sorted(set(given) | set(expected_values)):
            if given.get(key) != expected_values.get(key):
                found.append(_not_as_computed(f"{part}.{key}"))
    return found


_BAD = object()


def _at(payload: Mapping[str, Any], parts: Mapping[str, dict[str, Any]], path: str) -> Any:
    head, _, key = path.partition(".")
    return parts[head].get(key) if key else payload.get(head)


def _read(raw: Any, hint: Any, default: Any) -> Any:
    """The form's value for ``raw`` (a JSON value), or `_BAD` when it cannot be one."""
    if raw is None:
        return default if not isinstance(default, frozenset) else frozenset()
    if hint is str:
        ok = isinstance(raw, str) or (isinstance(raw, int) and not isinstance(raw, bool))
        return str(raw) if ok else _BAD
    if hint is bool:
        return raw if isinstance(raw, bool) else _BAD
    if get_origin(hint) is frozenset:
        if not isinstance(raw, list):
            return _BAD
        try:
            return frozenset(ChangeDocument(str(item)) for item in raw)
        except ValueError:
            return _BAD
    enum = _enum_of(hint)
    if enum is not None:
        try:
            return enum(raw)
        except ValueError:
            return _BAD
    return _BAD


def _enum_of(hint: Any) -> type[Enum] | None:
    if get_origin(hint) in (Union, types.UnionType):
        return next(
            (a for a in get_args(hint) if isinstance(a, type) and issubclass(a, Enum)), None
        )
    return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _renamed(change: ChangeType, error: ValidationError) -> ValidationError:
    path = payload_field(change, error.field)
    return ValidationError(path, error.code, error.message_id, error.message_en)


def _bad(path: str, code: str) -> ValidationError:
    return ValidationError(
        path,
        code,
        "Isian ini tidak dapat dibaca (jenis atau nilainya salah). Perbaiki lalu kirim ulang.",
        "This entry cannot be read (wrong type or value). Correct it and send it again.",
    )


def _not_as_computed(path: str) -> ValidationError:
    return ValidationError(
        path,
        "not_as_computed",
        "Nilai ini berbeda dari hasil aturan yang berlaku di server. Perbarui aplikasi "
        "loket, periksa isian, lalu kirim ulang.",
        "This value differs from what the rules in force on the server give. Update the "
        "counter program, check the entry, then send it again.",
    )
