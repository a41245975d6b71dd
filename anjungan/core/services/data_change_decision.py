"""What the data-change checks share: the decision of a valid change and the check context.

Owns `ChangeDecision` (the values a `DataChange` stores and what the officer tells the
participant), `CheckContext` (the day, the tariff book, the errors found so far and the
participant's identity while one form is checked), `documents_needed` and the small
checks every change type repeats (the participant, a chosen segment or class, a family
size, the documents ticked, a member's NIK). Holds no JKN rule of its own. Must not
import Qt or the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.change_types import ChangeDocument, ChangeType, documents_for
from anjungan.core.domain.contributions import Contribution, monthly_contribution
from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.nik import NikInfo, parse_nik
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import ValidationError
from anjungan.core.services.data_change_forms import (
    ChangeForm,
    FamilyAddition,
    FamilyRemoval,
    FktpChange,
    Subject,
)
from anjungan.core.services.data_change_inputs import check_documents, read_count
from anjungan.core.services.forms import collect, must_choose

MAX_FAMILY = 30


@dataclass(frozen=True)
class ChangeDecision:
    """What a valid change records and what the officer tells the participant."""

    change_type: ChangeType
    card_number: str
    nik: str
    reason: str | None
    old_values: dict[str, Any] | None
    new_values: dict[str, Any]
    effective_on: date | None
    amount_to_pay: Rupiah | None = None
    """Reactivation: counted arrears plus the current month."""
    months_counted: int | None = None
    penalty_if_inpatient: Rupiah | None = None
    monthly_payable: Rupiah | None = None
    """The family's own monthly iuran after the change (class, segment, reactivation)."""
    contribution: Contribution | None = None
    """Rank and salary: the wage earner's iuran, employer and worker parts."""
    care_class: CareClass | None = None
    pay_by: date | None = None
    """Back from abroad: pay the iuran by this day. Newborn: register by this day."""
    late: bool = False
    """Newborn registered after the deadline: the iuran is owed from the birth month."""


@dataclass(frozen=True)
class CheckContext:
    """One form being checked: its day, tariffs, errors so far and the participant."""

    today: date
    book: TariffBook | None
    errors: list[ValidationError]
    card: str | None
    person: NikInfo | None

    def decision(self, form: ChangeForm, **fields: Any) -> ChangeDecision | None:
        if self.errors or self.card is None or self.person is None:
            return None
        return ChangeDecision(form.change_type, self.card, self.person.nik, **fields)


def documents_needed(form: ChangeForm) -> tuple[ChangeDocument, ...]:
    """The documents to tick for ``form`` as it stands (family kind and FKTP reason matter)."""
    if isinstance(form, FamilyAddition):
        return documents_for(form.change_type, family_kind=form.kind)
    if isinstance(form, FamilyRemoval):
        return documents_for(form.change_type, family_kind=form.cause)
    if isinstance(form, FktpChange):
        return documents_for(form.change_type, fktp_reason=form.reason)
    return documents_for(form.change_type)


def read_subject(
    subject: Subject, today: date, errors: list[ValidationError]
) -> tuple[str | None, NikInfo | None]:
    card = collect(errors, "card_number", partial(parse_card_number, subject.card_number))
    person = collect(errors, "nik", partial(parse_nik, subject.nik, today))
    return card, person


def checked_documents(form: Any, ctx: CheckContext) -> list[str]:
    check_documents(ctx.errors, documents_needed(form), form.documents)
    return sorted(doc.value for doc in form.documents)


def member_of(ctx: CheckContext, text: str) -> NikInfo | None:
    return collect(ctx.errors, "member_nik", partial(parse_nik, text, ctx.today))


def refuse_same_person(
    ctx: CheckContext, member: NikInfo | None, code_id: str, code_en: str
) -> None:
    if member is not None and ctx.person is not None and member.nik == ctx.person.nik:
        ctx.errors.append(ValidationError("member_nik", "same_person", code_id, code_en))


def chosen_segment(
    ctx: CheckContext, segment: Segment | None, field: str = "segment"
) -> Segment | None:
    if segment is None:
        ctx.errors.append(must_choose(field, "segmen kepesertaan", "participant segment"))
    return segment


def chosen_class(ctx: CheckContext, value: CareClass | None, field: str) -> CareClass | None:
    if value is None:
        ctx.errors.append(must_choose(field, "kelas rawat", "care class"))
    return value


def family_size(
    ctx: CheckContext,
    text: str,
    field: str = "family_members",
    what: tuple[str, str] = ("Jumlah anggota keluarga", "number of family members"),
) -> int | None:
    count = read_count(ctx.errors, field, text, what_id=what[0], what_en=what[1], minimum=1)
    if count is not None and count > MAX_FAMILY:
        ctx.errors.append(
            ValidationError(
                field,
                "out_of_range",
                f"Jumlah anggota keluarga paling banyak {MAX_FAMILY}. Periksa KK.",
                f"A family has at most {MAX_FAMILY} members. Check the KK.",
            )
        )
        return None
    return count


def family_payable(segment: Segment, members: int, klass: CareClass, ctx: CheckContext) -> Rupiah:
    """What the family itself pays each month (a class III family: its own part only)."""
    contribution = monthly_contribution(
        segment, members, on=ctx.today, care_class=klass, book=ctx.book
    )
    return contribution.participant


def not_this_kind(field: str) -> ValidationError:
    return ValidationError(
        field,
        "wrong_kind",
        "Jenis perubahan ini tidak cocok dengan formulirnya. Pilih dari daftar.",
        "This kind does not belong to this form. Choose from the list.",
    )
