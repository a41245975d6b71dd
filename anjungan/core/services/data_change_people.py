"""The checks of the changes about people: identity, contact, rank and salary, family.

Owns one check per change type (`PEOPLE_CHECKS`): an identity correction (NIK, KK
number, name, with its reason and documents), a new phone, e-mail or address, an ASN's
rank and wage (class and iuran shares by `contributions.py`), a newborn or a spouse
joining the family (`member_changes.check_new_child`, the 28-day newborn deadline), and a
member leaving by death or divorce (`member_changes.check_family_event`). Each files
every error under its form field and, when there is none, gives the `ChangeDecision`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.changes import FamilyChangeKind
from anjungan.core.domain.contact import normalize_email, parse_phone
from anjungan.core.domain.contributions import monthly_contribution, ppu_class
from anjungan.core.domain.member_changes import (
    check_family_event,
    check_new_child,
    newborn_registration,
    normalize_rank,
)
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import parse_kk, parse_nik
from anjungan.core.domain.segments import Segment
from anjungan.core.errors import ValidationError
from anjungan.core.services.data_change_decision import (
    ChangeDecision,
    CheckContext,
    checked_documents,
    member_of,
    not_this_kind,
    refuse_same_person,
)
from anjungan.core.services.data_change_forms import (
    ADD_KINDS,
    REMOVE_KINDS,
    ContactChange,
    FamilyAddition,
    FamilyRemoval,
    IdentityChange,
    RankSalaryChange,
)
from anjungan.core.services.data_change_inputs import (
    apply_rule,
    read_day,
    read_rupiah,
    text_limit,
)
from anjungan.core.services.forms import collect, must_choose, required

NOTE_MAX_LENGTH = 200
ADDRESS_MAX_LENGTH = 200


def _identity(form: IdentityChange, ctx: CheckContext) -> ChangeDecision | None:
    values: dict[str, Any] = {}
    if form.new_nik.strip():
        info = collect(ctx.errors, "new_nik", partial(parse_nik, form.new_nik, ctx.today))
        if info is not None and ctx.person is not None and info.nik == ctx.person.nik:
            ctx.errors.append(
                ValidationError(
                    "new_nik",
                    "same_as_current",
                    "NIK baru sama dengan NIK saat ini. Kosongkan bila NIK tidak berubah.",
                    "The new NIK is the current NIK. Leave it empty if the NIK stays.",
                )
            )
        elif info is not None:
            values["nik"] = info.nik
            values["birth_date"] = info.birth_date.isoformat()
            values["sex"] = info.sex.value
    if form.new_kk.strip():
        kk = collect(ctx.errors, "new_kk", partial(parse_kk, form.new_kk))
        if kk is not None:
            values["kk"] = kk.kk
    if form.new_name.strip():
        name = collect(ctx.errors, "new_name", partial(normalize_name, form.new_name))
        if name is not None:
            values["name"] = name
    if not (form.new_nik.strip() or form.new_kk.strip() or form.new_name.strip()):
        ctx.errors.append(
            ValidationError(
                "new_nik",
                "nothing_to_change",
                "Isi setidaknya satu: NIK baru, nomor KK baru atau nama baru.",
                "Fill in at least one: the new NIK, the new KK number or the new name.",
            )
        )
    note = text_limit(ctx.errors, "note", form.note, NOTE_MAX_LENGTH)
    if not note:
        ctx.errors.append(required("note", "Alasan perbaikan", "reason for the correction"))
    values["note"] = note
    values["documents"] = checked_documents(form, ctx)
    return ctx.decision(form, reason=None, old_values=None, new_values=values, effective_on=None)


def _contact(form: ContactChange, ctx: CheckContext) -> ChangeDecision | None:
    values: dict[str, Any] = {}
    if form.phone.strip():
        phone = collect(ctx.errors, "phone", partial(parse_phone, form.phone))
        if phone is not None:
            values["phone"] = phone.e164
    if form.email.strip():
        email = collect(ctx.errors, "email", partial(normalize_email, form.email))
        if email is not None:
            values["email"] = email
    address = text_limit(ctx.errors, "address", form.address, ADDRESS_MAX_LENGTH)
    if address:
        values["address"] = address
    if not (form.phone.strip() or form.email.strip() or address):
        ctx.errors.append(
            ValidationError(
                "phone",
                "nothing_to_change",
                "Isi setidaknya satu: nomor HP, email atau alamat.",
                "Fill in at least one: the phone number, the e-mail or the address.",
            )
        )
    return ctx.decision(form, reason=None, old_values=None, new_values=values, effective_on=None)


def _rank_salary(form: RankSalaryChange, ctx: CheckContext) -> ChangeDecision | None:
    rank = collect(ctx.errors, "rank", partial(normalize_rank, form.rank))
    salary = read_rupiah(
        ctx.errors, "salary", form.salary, what_id="Gaji dan tunjangan", what_en="wage"
    )
    documents = checked_documents(form, ctx)
    if salary is None:
        return None
    klass = ppu_class(salary, on=ctx.today, book=ctx.book)
    contribution = monthly_contribution(Segment.PPU_PN, 1, on=ctx.today, wage=salary, book=ctx.book)
    return ctx.decision(
        form,
        reason=None,
        old_values=None,
        new_values={
            "rank": rank,
            "salary": salary,
            "care_class": klass.value,
            "documents": documents,
        },
        effective_on=None,
        contribution=contribution,
        care_class=klass,
    )


def _family_add(form: FamilyAddition, ctx: CheckContext) -> ChangeDecision | None:
    kind = form.kind
    if kind is None:
        ctx.errors.append(must_choose("kind", "jenis penambahan", "kind of addition"))
    elif kind not in ADD_KINDS:
        ctx.errors.append(not_this_kind("kind"))
    member = member_of(ctx, form.member_nik)
    refuse_same_person(
        ctx,
        member,
        "NIK anggota baru sama dengan NIK peserta. Ketik NIK anggota yang ditambahkan.",
        "The new member's NIK is the participant's. Type the NIK of the member added.",
    )
    name = collect(ctx.errors, "member_name", partial(normalize_name, form.member_name))
    documents = checked_documents(form, ctx)
    newborn = None
    if kind is FamilyChangeKind.ADD_NEWBORN and member is not None:
        parent = ctx.person.birth_date if ctx.person is not None else None
        rule = partial(
            check_new_child,
            member.birth_date,
            ctx.today,
            parent_birth_date=parent,
            book=ctx.book,
        )
        apply_rule(ctx.errors, rule, {}, "member_nik")
        newborn = newborn_registration(member.birth_date, ctx.today, book=ctx.book)
    if kind is None or member is None:
        return None
    relationship = "child" if kind is FamilyChangeKind.ADD_NEWBORN else "spouse"
    return ctx.decision(
        form,
        reason=kind.value,
        old_values=None,
        new_values={
            "member_nik": member.nik,
            "member_name": name,
            "relationship": relationship,
            "birth_date": member.birth_date.isoformat(),
            "sex": member.sex.value,
            "documents": documents,
        },
        effective_on=None,
        pay_by=newborn.deadline if newborn is not None else None,
        late=newborn.late if newborn is not None else False,
    )


def _family_remove(form: FamilyRemoval, ctx: CheckContext) -> ChangeDecision | None:
    cause = form.cause
    if cause is None:
        ctx.errors.append(must_choose("cause", "sebab pengurangan", "cause of the removal"))
    elif cause not in REMOVE_KINDS:
        ctx.errors.append(not_this_kind("cause"))
    member = member_of(ctx, form.member_nik)
    if cause is FamilyChangeKind.REMOVE_DIVORCE:
        refuse_same_person(
            ctx,
            member,
            "Untuk perceraian, isi NIK mantan pasangan, bukan NIK peserta.",
            "For a divorce, enter the former spouse's NIK, not the participant's.",
        )
    event_on = read_day(ctx.errors, "event_on", form.event_on, needed=True)
    if event_on is not None:
        born = member.birth_date if member is not None else None
        rule = partial(check_family_event, event_on, ctx.today, member_birth_date=born)
        apply_rule(ctx.errors, rule, {}, "event_on")
    documents = checked_documents(form, ctx)
    if cause is None or member is None or event_on is None:
        return None
    status = "DECEASED" if cause is FamilyChangeKind.REMOVE_DEATH else "DIVORCED"
    return ctx.decision(
        form,
        reason=cause.value,
        old_values=None,
        new_values={
            "member_nik": member.nik,
            "status": status,
            "event_on": event_on.isoformat(),
            "documents": documents,
        },
        effective_on=event_on,
    )


PEOPLE_CHECKS: dict[ChangeType, Callable[[Any, CheckContext], ChangeDecision | None]] = {
    ChangeType.IDENTITY: _identity,
    ChangeType.CONTACT: _contact,
    ChangeType.RANK_SALARY: _rank_salary,
    ChangeType.FAMILY_ADD: _family_add,
    ChangeType.FAMILY_REMOVE: _family_remove,
}
