"""Correcting a record the server refused, then sending it again (DESIGN.md data flow 2).

Owns what the officer sees and does for a rejected outbox row. `Correction`: the row's
reasons, every payload field they name with its value as pushed (`FieldToFix`), and
the reasons that name no field the officer can type into. `check_correction`: one
corrected value through the domain's parser for that kind of field (NIK, KK, names,
phones, card numbers; a plain text is only trimmed). `resubmit_corrected`: the
corrected values written into a copy of the payload, queued again under a new client
uuid (`core.store.outbox.resubmit`: the server keeps the first answer per uuid). A
corrected NIK of a registered member also sets that member's birth date and sex, which
the NIK encodes (DOMAIN.md "Identity"). The local record itself is append-only and
keeps what was typed first; the outbox carries the correction. Must not import Qt.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.digit_input import strip_separators
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import parse_kk, parse_nik
from anjungan.core.errors import RuleError, StoreError, ValidationError
from anjungan.core.services.forms import on_field, raise_if_any, required
from anjungan.core.store import outbox
from anjungan.core.store.models import OutboxEntry
from anjungan.core.store.uow import UnitOfWork

REGISTRATION_KIND = "registration"
Step = str | int
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")
_INDEX = re.compile(r"\[(\d+)\]")
# Fields that may be left empty: the record is whole without them.
_OPTIONAL = frozenset({"reporter_phone", "email"})
_NAMES = frozenset({"name", "reporter_name", "bank_account_holder"})
_PHONES = frozenset({"phone", "reporter_phone"})


@dataclass(frozen=True)
class Refusal:
    """One reason the server gave: the payload field it names (or None), two sentences."""

    field: str | None
    code: str
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


@dataclass(frozen=True)
class FieldToFix:
    """A payload field the server named: its path, its value as pushed (``pushed``, and as
    text in ``value``), why it was refused."""

    path: str
    value: str
    pushed: str | int | None
    reasons: tuple[Refusal, ...]


@dataclass(frozen=True)
class Correction:
    """A rejected row awaiting the officer. ``subject``: whom it is about (the family
    head, the reporter), so the officer recognises it; ``general``: reasons that name
    no field the officer can type into (the whole family, a document)."""

    client_uuid: UUID
    local_seq: int
    kind: str
    record_uuid: UUID
    saved_at: datetime
    subject: str
    fields: tuple[FieldToFix, ...]
    general: tuple[Refusal, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.fields)


def parse_path(path: str) -> tuple[Step, ...] | None:
    """``members[2].nik`` -> ``("members", 2, "nik")``; None when it is not a path."""
    steps: list[Step] = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            return None
        steps.append(match.group(1))
        steps += [int(i) for i in _INDEX.findall(match.group(2))]
    return tuple(steps)


def _lookup(payload: Any, steps: Sequence[Step]) -> tuple[bool, Any]:
    here = payload
    for step in steps:
        in_list = isinstance(step, int) and isinstance(here, list) and 0 <= step < len(here)
        in_dict = isinstance(step, str) and isinstance(here, dict) and step in here
        if not (in_list or in_dict):
            return False, None
        here = here[step]
    return True, here


def _editable(payload: Mapping[str, Any], path: str | None) -> tuple[bool, str | int | None]:
    """Whether ``path`` names one value the officer can type, and that value."""
    steps = parse_path(path) if path else None
    if not steps:
        return False, None
    found, value = _lookup(payload, steps)
    if not found or isinstance(value, bool) or not isinstance(value, str | int | None):
        return False, None
    return True, value


def _refusals(entry: OutboxEntry) -> list[Refusal]:
    return [
        Refusal(
            field=r.get("field") if isinstance(r.get("field"), str) else None,
            code=str(r.get("code") or ""),
            message_id=str(r.get("message_id") or ""),
            message_en=str(r.get("message_en") or ""),
        )
        for r in entry.rejection_reasons or []
        if isinstance(r, dict)
    ]


def _subject(kind: str, payload: Mapping[str, Any]) -> str:
    if kind == REGISTRATION_KIND:
        members = [m for m in payload.get("members") or [] if isinstance(m, dict)]
        head = next((m for m in members if m.get("family_role") == "head"), None)
        chosen = head or (members[0] if members else {})
        return str(chosen.get("name") or "")
    return str(payload.get("reporter_name") or "")


def correction_of(entry: OutboxEntry) -> Correction:
    payload = entry.payload
    fields: dict[str, list[Refusal]] = {}
    values: dict[str, str | int | None] = {}
    general: list[Refusal] = []
    for refusal in _refusals(entry):
        editable, value = _editable(payload, refusal.field)
        if editable and refusal.field is not None:
            fields.setdefault(refusal.field, []).append(refusal)
            values[refusal.field] = value
        else:
            general.append(refusal)
    return Correction(
        client_uuid=entry.client_uuid,
        local_seq=entry.local_seq,
        kind=entry.kind.value,
        record_uuid=entry.record_uuid,
        saved_at=entry.created_at,
        subject=_subject(entry.kind.value, payload),
        fields=tuple(
            FieldToFix(p, "" if values[p] is None else str(values[p]), values[p], tuple(r))
            for p, r in fields.items()
        ),
        general=tuple(general),
    )


def pending_corrections(uow: UnitOfWork) -> list[Correction]:
    """Every rejected row not yet resubmitted, oldest first (inside an open unit of work)."""
    return [correction_of(entry) for entry in outbox.awaiting_officer(uow)]


# --- checking one corrected value ------------------------------------------------------


def _leaf(steps: Sequence[Step]) -> str:
    return next((s for s in reversed(steps) if isinstance(s, str)), "")


def _digits_text(text: str) -> str:
    digits = strip_separators(text)
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            "value",
            "not_digits",
            "Isian ini hanya boleh berisi angka.",
            "This field may contain digits only.",
        )
    return digits


def _birth_date(text: str, today: date) -> str:
    try:
        born = date.fromisoformat(text.strip())
    except ValueError:
        born = None
    if born is None or born > today:
        raise ValidationError(
            "birth_date",
            "bad_birth_date",
            "Tanggal lahir ditulis TTTT-BB-HH dan tidak boleh setelah hari ini.",
            "Write the birth date as YYYY-MM-DD; it cannot be after today.",
        )
    return born.isoformat()


def _whole_number(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(
            "value", "not_number", "Isian ini harus berupa angka.", "This field must be a number."
        ) from None


def _parser(leaf: str, today: date) -> Callable[[str], Any]:
    parsers: dict[str, Callable[[str], Any]] = {
        "nik": lambda t: parse_nik(t, today).nik,
        "kk_number": lambda t: parse_kk(t).kk,
        "card_number": parse_card_number,
        "bank_account_number": _digits_text,
        "birth_date": lambda t: _birth_date(t, today),
        "fktp_code": lambda t: t.strip().upper(),
        "sex": lambda t: t.strip().upper(),
    }
    if leaf in _NAMES:
        return normalize_name
    if leaf in _PHONES:
        return lambda t: parse_phone(t).e164
    return parsers.get(leaf, lambda t: " ".join(t.split()))


def corrected_value(path: str, text: str, today: date, original: object = "") -> Any:
    """``text`` as the payload keeps it at ``path``; `ValidationError` on ``path`` if not.

    An empty answer is allowed where the field may be empty (or was empty when pushed).
    """
    steps = parse_path(path) or (path,)
    leaf = _leaf(steps)
    if not text.strip():
        if leaf in _OPTIONAL or original is None:
            return None
        raise required(path, "Isian ini", "value")
    try:
        if isinstance(original, int) and not isinstance(original, bool):
            return _whole_number(text)
        return _parser(leaf, today)(text)
    except (ValidationError, RuleError) as error:
        raise on_field(error, path) from None


def check_correction(
    path: str, text: str, today: date, original: object = ""
) -> list[ValidationError]:
    """The errors of one corrected value (none: it can be sent); for live checking."""
    try:
        corrected_value(path, text, today, original)
    except ValidationError as error:
        return [error]
    return []


def _put(payload: Any, steps: Sequence[Step], value: Any) -> None:
    here = payload
    for step in steps[:-1]:
        here = here[step]
    here[steps[-1]] = value


def corrected_payload(
    correction: Correction,
    payload: Mapping[str, Any],
    values: Mapping[str, str],
    today: date,
) -> tuple[dict[str, Any], list[ValidationError]]:
    """A copy of ``payload`` with ``values`` (path -> text) in place, and every error."""
    unknown = set(values) - set(correction.paths)
    if unknown:
        raise ValueError(f"not fields of this correction: {sorted(unknown)}")
    fixed = copy.deepcopy(dict(payload))
    errors: list[ValidationError] = []
    for path, text in values.items():
        steps = parse_path(path)
        assert steps is not None  # a correction's paths all parsed
        _found, original = _lookup(fixed, steps)
        try:
            value = corrected_value(path, text, today, original)
        except ValidationError as error:
            errors.append(error)
            continue
        _put(fixed, steps, value)
        if correction.kind == REGISTRATION_KIND and _leaf(steps) == "nik" and len(steps) > 1:
            # The NIK encodes the birth date and sex (women: day + 40): keep them in step.
            info = parse_nik(value, today)
            _found, member = _lookup(fixed, steps[:-1])
            if isinstance(member, dict):
                member["birth_date"] = info.birth_date.isoformat()
                member["sex"] = info.sex.value
    return fixed, errors


def _missing() -> StoreError:
    return StoreError(
        "Data yang ditolak ini sudah tidak menunggu perbaikan. Muat ulang layar sinkronisasi.",
        "This rejected item is no longer waiting for a correction. Reload the sync screen.",
    )


def resubmit_corrected(
    uow: UnitOfWork, client_uuid: UUID, values: Mapping[str, str], *, today: date
) -> UUID:
    """Check ``values`` (path -> text), then queue the corrected payload; the new client
    uuid. Raises `FormInvalid` (errors on their paths) having written nothing.
    ``uow`` must not be open: this use case owns its transaction."""
    with uow:
        entry = uow.outbox.get(client_uuid)
        if entry is None or entry.resubmitted_as is not None:
            raise _missing()
        correction = correction_of(entry)
        payload, errors = corrected_payload(correction, entry.payload, values, today)
        raise_if_any(errors)
        new = outbox.resubmit(uow, client_uuid, payload)
        uow.commit()
        return new.client_uuid
