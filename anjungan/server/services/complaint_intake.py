"""Checking a new complaint before it is stored, from the API or from a pushed record.

Owns `Findings` (every problem found in one record, each with the field it concerns:
the API answers the first, a push rejects with all of them) and `check_intake`, which
runs the domain's checks on what was recorded at receipt: identity (`nik.parse_nik`,
`card.parse_card_number`), reporter name and phone (`names`, `contact`), channel and
category (`complaint_sla.Channel`, `complaints.Category`), and `Complaint.receive`
(seed 000: identity, problem and cause are required). Stores nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.complaint_sla import document_deadline_days, sla_working_days
from anjungan.core.domain.complaints import Category, Channel, Complaint
from anjungan.core.domain.contact import normalize_phone
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import parse_nik
from anjungan.core.errors import AnjunganError, RuleError, ValidationError

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

# A device clock a little ahead is not a reason to refuse a complaint.
CLOCK_SKEW = timedelta(minutes=15)


@dataclass
class Findings:
    """Errors found while checking one record, each with the payload field it concerns."""

    items: list[tuple[str | None, AnjunganError]] = field(default_factory=list)

    def check(self, name: str | None, check: Callable[..., T], *args: Any) -> T | None:
        try:
            return check(*args)
        except (ValidationError, RuleError) as error:
            self.items.append((name, error))
            return None

    def check_fields(self, check: Callable[[], T]) -> T | None:
        """Like `check`, naming each finding by the field the error itself names."""
        try:
            return check()
        except ValidationError as error:
            self.items.append((error.field, error))
        except RuleError as error:
            self.items.append((None, error))
        return None

    def rename(self, names: dict[str, str]) -> None:
        """Translate field names (the domain's, or a check's) into the caller's."""
        self.items = [(names.get(n, n) if n else n, e) for n, e in self.items]

    def add(self, name: str | None, error: AnjunganError) -> None:
        self.items.append((name, error))

    def raise_first(self) -> None:
        """For the API: the first finding as a 422 (or the rule's 409) on the body field."""
        if not self.items:
            return
        name, error = self.items[0]
        if isinstance(error, ValidationError) and name is not None:
            raise ValidationError(name, error.code, error.message_id, error.message_en)
        raise error


def in_future(name: str) -> ValidationError:
    return ValidationError(
        name,
        "time_in_future",
        "Waktu yang dicatat ada di masa depan. Periksa jam perangkat.",
        "The recorded time is in the future. Check the device clock.",
    )


@dataclass(frozen=True)
class Intake:
    """A checked complaint, ready to store."""

    uuid: uuid.UUID
    channel: Channel
    category: Category
    participant_nik: str | None
    participant_card: str | None
    reporter_name: str
    reporter_phone: str | None
    problem: str
    cause: str
    needs_coordination: bool
    received_at: datetime
    note: str


def check_intake(
    findings: Findings,
    *,
    record_uuid: uuid.UUID,
    channel: str,
    category: str,
    nik: str | None,
    card: str | None,
    reporter_name: str,
    reporter_phone: str | None,
    problem: str,
    cause: str,
    needs_coordination: bool,
    received_at: datetime,
    note: str,
    now: datetime,
) -> Intake | None:
    """Every check of a new complaint; the findings carry what is wrong (seed 000)."""
    the_channel = findings.check("channel", _enum, Channel, channel, "channel", "Kanal", "channel")
    the_category = findings.check(
        "category", _enum, Category, category, "category", "Kategori", "category"
    )
    the_nik = findings.check("nik", parse_nik, nik, now.date()) if nik else None
    the_card = findings.check("card_number", parse_card_number, card) if card else None
    name = findings.check("reporter_name", normalize_name, reporter_name)
    phone = (
        findings.check("reporter_phone", normalize_phone, reporter_phone)
        if reporter_phone
        else None
    )
    if received_at.tzinfo is not None:
        if received_at > now + CLOCK_SKEW:
            findings.add("received_at", in_future("received_at"))
        # A date the rule tables do not cover has no SLA and no 30-day deadline
        # (seed 000 applies from 2015, seed 002 from 2018): refuse it at receipt.
        received_on = received_at.date()
        channel_or_any = the_channel or Channel.DIRECT
        if findings.check(
            "received_at", sla_working_days, channel_or_any, needs_coordination, received_on
        ):
            findings.check("received_at", document_deadline_days, received_on)
    # The domain's receipt checks: identity, problem and cause required, time aware. Its
    # field names (participant_id, problem, cause, at) are the callers' to translate.
    domain = findings.check_fields(
        lambda: Complaint.receive(
            participant_id=nik or card or "",
            channel=the_channel or Channel.DIRECT,
            category=the_category or Category.OTHER,
            problem=problem,
            cause=cause,
            at=received_at,
        ),
    )
    if findings.items or domain is None or the_channel is None or the_category is None:
        return None
    assert name is not None  # checked above: no finding means it parsed
    return Intake(
        uuid=record_uuid,
        channel=the_channel,
        category=the_category,
        participant_nik=the_nik.nik if the_nik else None,
        participant_card=the_card,
        reporter_name=name,
        reporter_phone=phone,
        problem=domain.problem,
        cause=domain.cause,
        needs_coordination=needs_coordination,
        received_at=received_at,
        note=note.strip(),
    )


def _enum(kind: type[E], value: str, name: str, label_id: str, label_en: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(
            name,
            f"unknown_{name}",
            f"{label_id} pengaduan tidak dikenal. Pilih dari daftar yang tersedia.",
            f"Unknown complaint {label_en}. Choose one from the list.",
        ) from None
