"""A pushed registration: every check, then card numbers and virtual accounts.

Owns the server's acceptance of a new-participant registration (outbox kind
``registration``, payload = `core.store.models.Registration.to_payload()`, optionally
with ``documents`` (`registration.Document` values) and ``kk_members`` (the NIKs on
the family card), and ``studying`` per member). The rules are the domain's: NIK
(`nik.parse_nik`), names (`names.normalize_name`), phone (`contact.parse_phone`),
segment and documents, whole family and autodebit (`registration`, seeds 003/004,
DOMAIN.md "New PBPU registration"), a PPU child's cover age (`changes.child_covered`,
Perpres 82/2018 as amended). Every problem is reported, not only the first.

On acceptance the server assigns one 13-digit card number per member from a row-locked
counter (DOMAIN.md "Identity": 13 digits, leading zeros kept) and the family's VAs
from the head's card (`card.virtual_accounts`: one VA per KK). Must not commit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.card import virtual_accounts
from anjungan.core.domain.changes import child_covered
from anjungan.core.domain.contact import normalize_phone
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import Sex, parse_kk, parse_nik
from anjungan.core.domain.registration import (
    Document,
    check_autodebit,
    check_documents,
    check_whole_family,
    required_documents,
)
from anjungan.core.domain.segments import Segment
from anjungan.core.errors import ValidationError
from anjungan.server.models.sync import (
    RegistrationMemberRecord,
    RegistrationRecord,
    SyncCounter,
)
from anjungan.server.services.complaint_intake import Findings

CARD_COUNTER = "card_number"
# Server-assigned cards start at 0010000000001: clear of the demo data's ranges
# (0001..., 0002000000000-0009999999999), and still 13 digits with leading zeros.
CARD_NUMBER_BASE = 10_000_000_000
HEAD_ROLE = "head"
CHILD_ROLE = "child"


def _invalid(name: str, code: str, what_id: str, what_en: str) -> ValidationError:
    return ValidationError(
        name,
        code,
        f"{what_id} Perbaiki lalu kirim ulang.",
        f"{what_en} Correct it and send it again.",
    )


def _text(payload: dict[str, Any], key: str) -> str | None:
    value = payload.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return str(value).strip()


@dataclass(frozen=True)
class Member:
    position: int
    nik: str
    name: str
    sex: str
    birth_date: date
    family_role: str
    fktp_code: str | None


@dataclass(frozen=True)
class CheckedRegistration:
    kk_number: str
    segment: Segment
    care_class: int | None
    phone: str | None
    members: tuple[Member, ...]


def check_registration(
    session: Session, payload: dict[str, Any], today: date
) -> tuple[CheckedRegistration | None, Findings]:
    """Every check of a pushed registration; the findings name the payload fields."""
    findings = Findings()
    kk = findings.check("kk_number", parse_kk, str(payload.get("kk_number") or ""))
    segment = _segment(findings, payload.get("segment"))
    if segment is not None:
        _segment_rules(findings, payload, segment, today)
    phone = _text(payload, "phone")
    the_phone = findings.check("phone", normalize_phone, phone) if phone else None
    care_class = payload.get("care_class")
    known_class = type(care_class) is int and care_class in (1, 2, 3)
    if segment is not None and segment.is_mandiri and not known_class:
        findings.add(
            "care_class",
            _invalid(
                "care_class",
                "care_class_required",
                "Peserta mandiri harus memilih kelas rawat 1, 2, atau 3.",
                "A self-paying participant must choose care class 1, 2 or 3.",
            ),
        )
    elif care_class is not None and not known_class:
        findings.add(
            "care_class",
            _invalid(
                "care_class",
                "bad_care_class",
                "Kelas rawat harus 1, 2, atau 3.",
                "The care class must be 1, 2 or 3.",
            ),
        )
    members = _members(findings, session, payload.get("members"), segment, today)
    if segment is not None and segment.is_mandiri and "kk_members" in payload:
        kk_members = [str(n) for n in _listed(findings, payload, "kk_members")]
        findings.check("kk_members", check_whole_family, kk_members, [m.nik for m in members])
    if findings.items or kk is None or segment is None:
        return None, findings
    checked = CheckedRegistration(
        kk_number=kk.kk,
        segment=segment,
        care_class=care_class if known_class else None,
        phone=the_phone,
        members=tuple(members),
    )
    return checked, findings


def _listed(findings: Findings, payload: dict[str, Any], key: str) -> list[Any]:
    """``payload[key]`` when it is a list (missing or null: empty); else a finding and []."""
    value = payload.get(key)
    if value is None or isinstance(value, list):
        return value or []
    findings.add(
        key,
        _invalid(key, "not_a_list", "Isian ini harus berupa daftar.", "This field must be a list."),
    )
    return []


def _segment(findings: Findings, value: object) -> Segment | None:
    try:
        return Segment(value)
    except ValueError:
        findings.add(
            "segment",
            _invalid(
                "segment",
                "unknown_segment",
                "Segmen kepesertaan tidak dikenal.",
                "Unknown participant segment.",
            ),
        )
        return None


def _segment_rules(
    findings: Findings, payload: dict[str, Any], segment: Segment, today: date
) -> None:
    if findings.check("segment", required_documents, segment) is None:
        return  # not registered at a counter at all: the other checks do not apply
    if "documents" in payload:
        documents = []
        for i, value in enumerate(_listed(findings, payload, "documents")):
            try:
                documents.append(Document(value))
            except ValueError:
                findings.add(
                    f"documents[{i}]",
                    _invalid(
                        "documents",
                        "unknown_document",
                        "Jenis dokumen tidak dikenal.",
                        "Unknown document type.",
                    ),
                )
        findings.check("documents", check_documents, segment, documents)
    findings.check(
        "bank_code", lambda: check_autodebit(segment, _text(payload, "bank_code"), on=today)
    )


def _members(
    findings: Findings,
    session: Session,
    raw: object,
    segment: Segment | None,
    today: date,
) -> list[Member]:
    if not isinstance(raw, list) or not raw:
        findings.add(
            "members",
            _invalid(
                "members",
                "members_required",
                "Pendaftaran harus memuat minimal satu anggota keluarga.",
                "A registration needs at least one family member.",
            ),
        )
        return []
    members = []
    for i, item in enumerate(raw):
        member = _member(findings, f"members[{i}]", item if isinstance(item, dict) else {}, today)
        if member is None:
            continue
        if segment is not None and segment.is_ppu and member.family_role == CHILD_ROLE:
            studying = bool(item.get("studying")) if isinstance(item, dict) else False
            if not child_covered(member.birth_date, today, studying):
                findings.add(
                    f"members[{i}].birth_date",
                    _invalid(
                        "birth_date",
                        "child_over_age_limit",
                        "Anak berusia 21 tahun ke atas (25 bila masih sekolah) tidak "
                        "termasuk tanggungan PPU; daftarkan sebagai peserta sendiri.",
                        "A child aged 21 or over (25 if still studying) is not covered as "
                        "a PPU family member; register them on their own.",
                    ),
                )
        members.append(member)
    _family_shape(findings, members, session)
    return members


def _member(findings: Findings, at: str, item: dict[str, Any], today: date) -> Member | None:
    before = len(findings.items)
    nik = findings.check(f"{at}.nik", parse_nik, str(item.get("nik") or ""), today)
    name = findings.check(f"{at}.name", normalize_name, str(item.get("name") or ""))
    sex = item.get("sex")
    if sex not in (Sex.MALE.value, Sex.FEMALE.value):
        findings.add(
            f"{at}.sex",
            _invalid("sex", "unknown_sex", "Jenis kelamin harus L atau P.", "Sex must be L or P."),
        )
    birth = _birth_date(findings, f"{at}.birth_date", item.get("birth_date"), today)
    role = _text(item, "family_role")
    if role is None or len(role) > 16:
        findings.add(
            f"{at}.family_role",
            _invalid(
                "family_role",
                "family_role_required",
                "Hubungan dalam keluarga wajib diisi.",
                "The family relationship is required.",
            ),
        )
    position = item.get("position")
    if not isinstance(position, int) or isinstance(position, bool) or not 1 <= position <= 99:
        findings.add(
            f"{at}.position",
            _invalid("position", "bad_position", "Urutan anggota tidak sah.", "Bad member order."),
        )
    if len(findings.items) > before or nik is None or name is None or birth is None:
        return None
    assert role is not None and isinstance(position, int)  # checked just above
    return Member(position, nik.nik, name, str(sex), birth, role.lower(), _text(item, "fktp_code"))


def _birth_date(findings: Findings, at: str, value: object, today: date) -> date | None:
    try:
        birth = date.fromisoformat(str(value))
    except ValueError:
        birth = None
    if birth is None or birth > today:
        findings.add(
            at,
            _invalid(
                "birth_date",
                "bad_birth_date",
                "Tanggal lahir tidak sah atau setelah hari ini.",
                "The birth date is not valid or is after today.",
            ),
        )
        return None
    return birth


def _family_shape(findings: Findings, members: list[Member], session: Session) -> None:
    heads = sum(1 for m in members if m.family_role == HEAD_ROLE)
    if members and heads != 1:
        findings.add(
            "members",
            _invalid(
                "members",
                "one_head_required",
                "Satu anggota, dan hanya satu, harus tercatat sebagai kepala keluarga.",
                "Exactly one member must be recorded as the head of the family.",
            ),
        )
    if len({m.position for m in members}) != len(members):
        findings.add(
            "members",
            _invalid(
                "members", "duplicate_position", "Urutan anggota ganda.", "Duplicate member order."
            ),
        )
    if len({m.nik for m in members}) != len(members):
        findings.add(
            "members",
            _invalid(
                "members",
                "duplicate_nik",
                "NIK yang sama tercatat dua kali dalam satu pendaftaran.",
                "The same NIK appears twice in one registration.",
            ),
        )
    known = set(
        session.scalars(
            select(RegistrationMemberRecord.nik).where(
                RegistrationMemberRecord.nik.in_([m.nik for m in members])
            )
        )
    )
    for i, member in enumerate(members):
        if member.nik in known:
            findings.add(
                f"members[{i}].nik",
                _invalid(
                    "nik",
                    "nik_already_registered",
                    "NIK ini sudah terdaftar melalui pendaftaran lain.",
                    "This NIK is already registered through another registration.",
                ),
            )


def next_card_numbers(session: Session, count: int) -> list[str]:
    """``count`` new card numbers, unique: the counter row is locked until commit."""
    counter = session.scalar(
        select(SyncCounter).where(SyncCounter.name == CARD_COUNTER).with_for_update()
    )
    if counter is None:
        counter = SyncCounter(name=CARD_COUNTER, value=0)
        session.add(counter)
    first = counter.value + 1
    counter.value += count
    return [f"{CARD_NUMBER_BASE + n:013d}" for n in range(first, first + count)]


def register(
    session: Session,
    checked: CheckedRegistration,
    payload: dict[str, Any],
    *,
    record_uuid: uuid.UUID,
    office_code: str,
    device_id: str,
    now: datetime,
) -> RegistrationRecord:
    """Store an accepted registration with its card numbers and the family's VAs."""
    members = sorted(checked.members, key=lambda m: m.position)
    cards = next_card_numbers(session, len(members))
    head_card = next(c for m, c in zip(members, cards, strict=True) if m.family_role == HEAD_ROLE)
    created = payload.get("created_at")
    record = RegistrationRecord(
        record_uuid=record_uuid,
        office_code=office_code,
        device_id=device_id,
        officer_id=_text(payload, "officer_id"),
        kk_number=checked.kk_number,
        segment=checked.segment.value,
        care_class=checked.care_class,
        fktp_code=_text(payload, "fktp_code"),
        address=_text(payload, "address"),
        phone=checked.phone,
        email=_text(payload, "email"),
        bank_code=_text(payload, "bank_code"),
        bank_account_number=_text(payload, "bank_account_number"),
        bank_account_holder=_text(payload, "bank_account_holder"),
        status="registered",
        virtual_accounts={b.value: va for b, va in virtual_accounts(head_card).items()},
        created_at=_aware(created) or now,
        registered_at=now,
        members=[
            RegistrationMemberRecord(
                position=m.position,
                nik=m.nik,
                name=m.name,
                sex=m.sex,
                birth_date=m.birth_date,
                family_role=m.family_role,
                fktp_code=m.fktp_code,
                card_number=card,
            )
            for m, card in zip(members, cards, strict=True)
        ],
    )
    session.add(record)
    session.flush()
    return record


def _aware(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def registration_result(record: RegistrationRecord) -> dict[str, Any]:
    """What the device stores: card numbers per member position, VAs per bank, status."""
    return {
        "record_uuid": str(record.record_uuid),
        "registration_ref": record.reference,
        "status": record.status,
        "members": [{"position": m.position, "card_number": m.card_number} for m in record.members],
        "virtual_accounts": dict(record.virtual_accounts),
    }
