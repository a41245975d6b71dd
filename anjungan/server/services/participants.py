"""Participant lookups by NIK or card number and the two views of what is found.

Owns reading a participant with its family, members and pending changes (`find_by_nik`,
`find_by_card`, `load_household`), the values in effect today (a change request counts
from its effective date even before it is written back), and the bodies built from them:
`public_view` for kiosks (masked name, NIK and card number, age; no address, phone or
birth date), `record_view` for officers, `bill_view`. FKTP names come from the facility
directory when the server has one (another area's table, looked up by name so that this
area does not depend on it). Must not write: change requests are `changes.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.names import mask_name
from anjungan.core.domain.nik import age_on, mask_nik, parse_nik
from anjungan.core.domain.segments import CareClass
from anjungan.core.wire.participants import (
    ChangeKind,
    ChangeRecord,
    FamilyBill,
    Fktp,
    Label,
    MemberPublic,
    MemberRecord,
    ParticipantPublic,
    ParticipantRecord,
    PendingChange,
    SexCode,
)
from anjungan.server.db import ServerBase
from anjungan.server.errors import NotFound
from anjungan.server.models.participants import Family, Participant, ParticipantChange
from anjungan.server.services.billing import (
    FamilyAccount,
    class_label,
    cover_status,
    family_account,
    family_bill,
    segment_label,
)

RELATIONS: dict[str, tuple[str, str]] = {
    "HEAD": ("Kepala keluarga", "Head of family"),
    "SPOUSE": ("Suami/istri", "Spouse"),
    "CHILD": ("Anak", "Child"),
    "PARENT": ("Orang tua", "Parent"),
    "PARENT_IN_LAW": ("Mertua", "Parent-in-law"),
    "OTHER": ("Anggota keluarga lain", "Other family member"),
}
_RELATION_ORDER = {code: rank for rank, code in enumerate(RELATIONS)}
_CARD_SHOWN = 4


@dataclass(frozen=True)
class Household:
    """A family as stored, with its members (head first) and its unapplied changes."""

    family: Family
    members: tuple[Participant, ...]
    pending: tuple[ParticipantChange, ...]

    def due(self, today: date) -> list[ParticipantChange]:
        """Unapplied changes in effect on ``today``, oldest first."""
        return sorted(
            (c for c in self.pending if c.effective_on <= today),
            key=lambda c: (c.effective_on, c.id),
        )

    def upcoming(self, today: date) -> list[ParticipantChange]:
        return sorted(
            (c for c in self.pending if c.effective_on > today), key=lambda c: c.effective_on
        )

    def care_class(self, today: date) -> tuple[CareClass, date]:
        """The class in effect today and the day it started."""
        klass, since = CareClass(self.family.care_class), self.family.class_since
        for change in self.due(today):
            if change.kind == "CLASS":
                klass, since = CareClass(change.new_value), change.effective_on
        return klass, since

    def fktp(self, member: Participant, today: date) -> tuple[str, date]:
        """The member's FKTP code in effect today and the day it took effect."""
        code, since = member.fktp_code, member.fktp_since
        for change in self.due(today):
            if change.kind == "FKTP" and change.participant_id == member.id:
                code, since = change.new_value, change.effective_on
        return code, since

    def account(self, today: date) -> FamilyAccount:
        klass, _since = self.care_class(today)
        return family_account(self.family, self.members, today, care_class=klass)


@dataclass(frozen=True)
class Found:
    participant: Participant
    household: Household


def lookup_nik(text: str, today: date) -> str:
    """The NIK in ``text`` or a `ValidationError` (422) saying what is wrong with it."""
    return parse_nik(text, today).nik


def lookup_card(text: str) -> str:
    return parse_card_number(text)


def _not_found() -> NotFound:
    # The same sentence for NIK and card: it says nothing about which part was wrong.
    return NotFound("Peserta dengan nomor tersebut", "A participant with that number")


def find_by_nik(session: Session, nik: str, *, for_update: bool = False) -> Found:
    return _find(session, Participant.nik == nik, for_update=for_update)


def find_by_card(session: Session, card: str) -> Found:
    return _find(session, Participant.card_number == card, for_update=False)


def _find(session: Session, where: ColumnElement[bool], *, for_update: bool) -> Found:
    query = select(Participant).where(where)
    if for_update:
        # Serialise concurrent change requests for one person (PostgreSQL; SQLite
        # writers are serialised by BEGIN IMMEDIATE already).
        query = query.with_for_update()
    participant = session.scalar(query)
    if participant is None:
        raise _not_found()
    household = load_household(session, participant.family_id, for_update=for_update)
    return Found(participant, household)


def load_household(session: Session, family_id: int, *, for_update: bool = False) -> Household:
    """``for_update`` locks the family row too: class changes are per family."""
    family = session.get(Family, family_id, with_for_update=for_update)
    if family is None:  # the foreign key makes this impossible short of a race
        raise _not_found()
    members = session.scalars(select(Participant).where(Participant.family_id == family_id))
    pending = session.scalars(
        select(ParticipantChange).where(
            ParticipantChange.family_id == family_id, ParticipantChange.applied_at.is_(None)
        )
    )
    ordered = sorted(
        members, key=lambda m: (_RELATION_ORDER.get(m.relation, 99), m.birth_date, m.id)
    )
    return Household(family, tuple(ordered), tuple(pending))


_DIRECTORY_TABLES = ("facility", "faskes")


def _directory() -> Table | None:
    for name in _DIRECTORY_TABLES:
        table = ServerBase.metadata.tables.get(name)
        if table is not None and "code" in table.c and "name" in table.c:
            return table
    return None


def fktp_names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    """Names of FKTP codes from the facility directory, if the server has one.

    Looked up through the metadata (table ``facility`` with ``code`` and ``name``) so
    that this area runs without the faskes area; without it there are no names.
    """
    table = _directory()
    wanted = sorted(set(codes))
    if table is None or not wanted:
        return {}
    query = select(table.c.code, table.c.name).where(table.c.code.in_(wanted))
    if "level" in table.c:
        query = query.where(table.c.level == "fktp")
    return {str(code): str(name) for code, name in session.execute(query)}


def fktp_known(session: Session, code: str) -> bool | None:
    """Whether the directory lists this FKTP; None when there is no directory, or an
    empty one (a server without faskes data accepts any well-formed code)."""
    table = _directory()
    if table is None:
        return None
    any_row = select(table.c.code).limit(1)
    if "level" in table.c:
        any_row = any_row.where(table.c.level == "fktp")
    if session.scalar(any_row) is None:
        return None
    return bool(fktp_names(session, [code]))


def relation_label(code: str) -> Label:
    text_id, text_en = RELATIONS.get(code, RELATIONS["OTHER"])
    return Label(code=code, label_id=text_id, label_en=text_en)


def mask_card(card: str) -> str:
    return "*" * (len(card) - _CARD_SHOWN) + card[-_CARD_SHOWN:]


def _sex(member: Participant) -> SexCode:
    return cast(SexCode, member.sex)


def _pending(found: Found, today: date, *, member: Participant) -> list[PendingChange]:
    return [
        PendingChange(
            kind=cast(ChangeKind, c.kind), new_value=c.new_value, effective_on=c.effective_on
        )
        for c in found.household.upcoming(today)
        if c.kind == "CLASS" or c.participant_id == member.id
    ]


def _fktp(household: Household, member: Participant, today: date, names: dict[str, str]) -> Fktp:
    code, _since = household.fktp(member, today)
    return Fktp(code=code, name=names.get(code))


def _codes(household: Household, today: date) -> list[str]:
    return [household.fktp(m, today)[0] for m in household.members]


def public_view(session: Session, found: Found, today: date) -> ParticipantPublic:
    house, person = found.household, found.participant
    account = house.account(today)
    names = fktp_names(session, _codes(house, today))
    return ParticipantPublic(
        masked_name=mask_name(person.name),
        masked_nik=mask_nik(person.nik),
        masked_card_number=mask_card(person.card_number),
        relation=relation_label(person.relation),
        sex=_sex(person),
        age=age_on(person.birth_date, today),
        segment=segment_label(account.segment),
        care_class=class_label(account.care_class),
        status=cover_status(person, account),
        fktp=_fktp(house, person, today, names),
        pending_changes=_pending(found, today, member=person),
        members=[
            MemberPublic(
                masked_name=mask_name(m.name),
                masked_card_number=mask_card(m.card_number),
                relation=relation_label(m.relation),
                sex=_sex(m),
                age=age_on(m.birth_date, today),
                status=cover_status(m, account),
                fktp=_fktp(house, m, today, names),
            )
            for m in house.members
        ],
    )


def _member_record(
    house: Household, m: Participant, account: FamilyAccount, today: date, names: dict[str, str]
) -> dict[str, Any]:
    code, since = house.fktp(m, today)
    return {
        "id": m.id,
        "nik": m.nik,
        "card_number": m.card_number,
        "name": m.name,
        "relation": relation_label(m.relation),
        "sex": _sex(m),
        "birth_date": m.birth_date,
        "age": age_on(m.birth_date, today),
        "phone": m.phone,
        "status": cover_status(m, account),
        "fktp": Fktp(code=code, name=names.get(code)),
        "fktp_since": since,
    }


def record_view(session: Session, found: Found, today: date) -> ParticipantRecord:
    house, person, family = found.household, found.participant, found.household.family
    account = house.account(today)
    names = fktp_names(session, _codes(house, today))
    _klass, class_since = house.care_class(today)
    return ParticipantRecord(
        **_member_record(house, person, account, today, names),
        kk=family.kk,
        segment=segment_label(account.segment),
        care_class=class_label(account.care_class),
        class_since=class_since,
        wage=family.wage,
        address=family.address,
        province_code=family.province_code,
        kabkota_code=family.kabkota_code,
        kecamatan_code=family.kecamatan_code,
        office_code=family.office_code,
        registered_on=family.registered_on,
        paid_through=str(YearMonth.of(family.paid_through)),
        pending_changes=_pending(found, today, member=person),
        members=[
            MemberRecord(**_member_record(house, m, account, today, names)) for m in house.members
        ],
    )


def bill_view(found: Found, today: date) -> FamilyBill:
    house = found.household
    klass, _since = house.care_class(today)
    return family_bill(house.family, house.members, today, care_class=klass)


def change_history(session: Session, found: Found) -> list[ChangeRecord]:
    """Every change request of the person, and the class changes of their family."""
    person = found.participant
    rows: Sequence[ParticipantChange] = session.scalars(
        select(ParticipantChange)
        .where(ParticipantChange.family_id == person.family_id)
        .order_by(ParticipantChange.id)
    ).all()
    return [
        ChangeRecord(
            id=c.id,
            kind=cast(ChangeKind, c.kind),
            old_value=c.old_value,
            new_value=c.new_value,
            reason=c.reason,
            channel=c.channel,
            requested_at=c.requested_at,
            effective_on=c.effective_on,
            applied=c.applied_at is not None,
        )
        for c in rows
        if c.kind == "CLASS" or c.participant_id == person.id
    ]
