"""The checks of the changes about cover: FKTP, class, reactivation, abroad, segment.

Owns one check per change type (`COVER_CHECKS`): an FKTP change and a class change by
the eligibility rules of `changes.py` (at a counter), a reactivation priced from the
months in arrears the bill shows (`billing.reactivation_amount`, the service penalty of
an inpatient stay), a citizen leaving for or returning from abroad and a segment change
to PBPU/BP (`member_changes.py`, the autodebit bank of `registration.py`). A refusal is
filed under the field the officer must correct.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from anjungan.core.domain.billing import CareSetting, reactivation_amount, service_penalty
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.changes import (
    ServiceChannel,
    class_change_eligibility,
    fktp_change_eligibility,
)
from anjungan.core.domain.digit_input import strip_separators
from anjungan.core.domain.member_changes import (
    abroad_departure_eligibility,
    abroad_return_pay_by,
    check_reactivation_payer,
    check_segment_change,
)
from anjungan.core.domain.registration import check_autodebit
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import ValidationError
from anjungan.core.services.data_change_decision import (
    ChangeDecision,
    CheckContext,
    checked_documents,
    chosen_class,
    chosen_segment,
    family_payable,
    family_size,
)
from anjungan.core.services.data_change_forms import (
    AbroadDeparture,
    AbroadReturn,
    ClassChange,
    FktpChange,
    Reactivation,
    SegmentChange,
)
from anjungan.core.services.data_change_inputs import (
    apply_rule,
    read_count,
    read_day,
    read_rupiah,
)
from anjungan.core.services.forms import must_choose, required
from anjungan.core.services.registration_checks import ACCOUNT_DIGITS

# DOMAIN.md "Faskes": a facility code (kdProvider) has 8 characters, e.g. 0138U020.
FKTP_CODE_PATTERN = re.compile(r"[0-9A-Z]{8}")


def _fktp(form: FktpChange, ctx: CheckContext) -> ChangeDecision | None:
    segment = chosen_segment(ctx, form.segment)
    if form.reason is None:
        ctx.errors.append(must_choose("reason", "alasan perubahan", "reason for the change"))
    code = form.fktp_code.strip().upper()
    if not code:
        ctx.errors.append(required("fktp_code", "Kode FKTP baru", "new FKTP code"))
    elif not FKTP_CODE_PATTERN.fullmatch(code):
        ctx.errors.append(
            ValidationError(
                "fktp_code",
                "bad_format",
                "Kode FKTP terdiri dari 8 huruf/angka, misalnya 0138U020. Lihat daftar faskes.",
                "An FKTP code has 8 letters or digits, for example 0138U020. See the "
                "facility list.",
            )
        )
    last = read_day(ctx.errors, "last_change_on", form.last_change_on, needed=False)
    documents = checked_documents(form, ctx)
    if segment is None or form.reason is None:
        return None
    reason = form.reason
    eligibility = apply_rule(
        ctx.errors,
        lambda: fktp_change_eligibility(
            segment,
            last,
            ctx.today,
            reason=reason,
            channel=ServiceChannel.COUNTER,
            tni_polri=form.tni_polri,
            book=ctx.book,
        ),
        {"tni_polri": "tni_polri", "job_transfer_ppu_only": "reason"},
        "last_change_on",
    )
    if eligibility is None:
        return None
    return ctx.decision(
        form,
        reason=reason.value,
        old_values={
            "segment": segment.value,
            "last_change_on": last.isoformat() if last is not None else None,
            "tni_polri": form.tni_polri,
        },
        new_values={"fktp_code": code, "documents": documents},
        effective_on=eligibility.effective_on,
    )


def _care_class(form: ClassChange, ctx: CheckContext) -> ChangeDecision | None:
    segment = chosen_segment(ctx, form.segment)
    current = chosen_class(ctx, form.current_class, "current_class")
    wanted = chosen_class(ctx, form.requested_class, "requested_class")
    since = read_day(ctx.errors, "class_since", form.class_since, needed=True)
    arrears = read_count(
        ctx.errors,
        "months_in_arrears",
        form.months_in_arrears,
        what_id="Jumlah bulan tunggakan",
        what_en="months in arrears",
    )
    family = family_size(ctx, form.family_members)
    requested = family_size(
        ctx,
        form.members_requested,
        "members_requested",
        ("Jumlah anggota yang pindah kelas", "number of members changing class"),
    )
    if None in (segment, current, wanted, since, arrears, family, requested):
        return None
    assert segment and current and wanted and since and arrears is not None
    assert family is not None and requested is not None
    eligibility = apply_rule(
        ctx.errors,
        lambda: class_change_eligibility(
            segment,
            current,
            wanted,
            since,
            ctx.today,
            months_in_arrears=arrears,
            members_requested=requested,
            family_members=family,
            first_payment_made=form.first_payment_made,
            book=ctx.book,
        ),
        {
            "class_change_mandiri_only": "segment",
            "class_unchanged": "requested_class",
            "class_change_whole_family": "members_requested",
            "class_change_arrears": "months_in_arrears",
            "months_in_arrears": "months_in_arrears",
            "members_requested": "members_requested",
        },
        "class_since",
    )
    if eligibility is None:
        return None
    payable = family_payable(segment, family, wanted, ctx)
    return ctx.decision(
        form,
        reason=None,
        old_values={
            "segment": segment.value,
            "care_class": current.value,
            "class_since": since.isoformat(),
            "months_in_arrears": arrears,
            "family_members": family,
            "members_requested": requested,
            "first_payment_made": form.first_payment_made,
        },
        new_values={"care_class": wanted.value, "monthly_payable": payable},
        effective_on=eligibility.effective_on,
        monthly_payable=payable,
    )


def _reactivation(form: Reactivation, ctx: CheckContext) -> ChangeDecision | None:
    segment = chosen_segment(ctx, form.segment)
    if segment is not None:
        apply_rule(ctx.errors, partial(check_reactivation_payer, segment), {}, "segment")
    klass = chosen_class(ctx, form.care_class, "care_class")
    family = family_size(ctx, form.family_members)
    arrears = read_count(
        ctx.errors,
        "months_in_arrears",
        form.months_in_arrears,
        what_id="Jumlah bulan tunggakan",
        what_en="months in arrears",
    )
    cost = None
    if form.inacbg_cost.strip():
        cost = read_rupiah(
            ctx.errors,
            "inacbg_cost",
            form.inacbg_cost,
            what_id="Biaya paket INA-CBG",
            what_en="INA-CBG package cost",
        )
    if segment is None or klass is None or family is None or arrears is None or ctx.errors:
        return None
    monthly = family_payable(segment, family, klass, ctx)
    amount = apply_rule(
        ctx.errors,
        partial(reactivation_amount, arrears, monthly, on=ctx.today, book=ctx.book),
        {},
        "months_in_arrears",
    )
    if amount is None:
        return None
    counted = min(arrears, _max_counted(ctx))
    penalty = None
    if cost is not None:
        penalty = service_penalty(
            cost,
            arrears,
            ctx.today,
            ctx.today,
            segment,
            care=CareSetting.INPATIENT,
            book=ctx.book,
        ).amount
    return ctx.decision(
        form,
        reason=None,
        old_values={
            "segment": segment.value,
            "care_class": klass.value,
            "family_members": family,
            "months_in_arrears": arrears,
            "inacbg_cost": cost,
        },
        new_values={
            "status": "ACTIVE",
            "amount_to_pay": amount,
            "months_counted": counted,
            "monthly_payable": monthly,
            "penalty_if_inpatient": penalty,
        },
        effective_on=None,
        amount_to_pay=amount,
        months_counted=counted,
        penalty_if_inpatient=penalty,
        monthly_payable=monthly,
    )


def _max_counted(ctx: CheckContext) -> int:
    return (ctx.book or TariffBook.load()).tariffs_on(ctx.today).arrears.reactivation_max_months


def _abroad_out(form: AbroadDeparture, ctx: CheckContext) -> ChangeDecision | None:
    segment = chosen_segment(ctx, form.segment)
    departure = read_day(ctx.errors, "departure_on", form.departure_on, needed=True)
    months = read_count(
        ctx.errors,
        "months_abroad",
        form.months_abroad,
        what_id="Lama tinggal di luar negeri (bulan)",
        what_en="months abroad",
        minimum=1,
    )
    documents = checked_documents(form, ctx)
    if segment is None or departure is None or months is None:
        return None
    eligibility = apply_rule(
        ctx.errors,
        partial(abroad_departure_eligibility, segment, departure, months, ctx.today, book=ctx.book),
        {"abroad_ppu_still_paid": "segment"},
        "months_abroad",
    )
    if eligibility is None:
        return None
    return ctx.decision(
        form,
        reason=None,
        old_values={"segment": segment.value},
        new_values={
            "status": "ABROAD",
            "departure_on": departure.isoformat(),
            "months_abroad": months,
            "documents": documents,
        },
        effective_on=eligibility.effective_on,
    )


def _abroad_in(form: AbroadReturn, ctx: CheckContext) -> ChangeDecision | None:
    back = read_day(ctx.errors, "return_on", form.return_on, needed=True)
    pay_by = None
    if back is not None:
        pay_by = apply_rule(
            ctx.errors,
            partial(abroad_return_pay_by, back, ctx.today, book=ctx.book),
            {},
            "return_on",
        )
    documents = checked_documents(form, ctx)
    if back is None or pay_by is None:
        return None
    return ctx.decision(
        form,
        reason=None,
        old_values=None,
        new_values={
            "status": "ACTIVE_AFTER_PAYMENT",
            "return_on": back.isoformat(),
            "pay_by": pay_by.isoformat(),
            "documents": documents,
        },
        effective_on=None,
        pay_by=pay_by,
    )


def _segment_change(form: SegmentChange, ctx: CheckContext) -> ChangeDecision | None:
    current = chosen_segment(ctx, form.segment)
    target = form.target_segment
    if target is None:
        ctx.errors.append(must_choose("target_segment", "segmen tujuan", "new segment"))
    elif current is not None:
        apply_rule(ctx.errors, partial(check_segment_change, current, target), {}, "target_segment")
    if form.cause is None:
        ctx.errors.append(must_choose("cause", "sebab peralihan", "cause of the change"))
    klass = chosen_class(ctx, form.care_class, "care_class")
    family = family_size(ctx, form.family_members)
    bank = form.bank.strip().upper()
    if target is not None and target.is_mandiri:
        apply_rule(
            ctx.errors,
            partial(check_autodebit, target, bank or None, on=ctx.today, book=ctx.book),
            {},
            "bank",
        )
    account = _account(ctx, form.account_number)
    documents = checked_documents(form, ctx)
    if None in (current, target, form.cause, klass, family) or ctx.errors:
        return None
    assert current and target and form.cause and klass and family
    payable = family_payable(target, family, klass, ctx)
    return ctx.decision(
        form,
        reason=form.cause.value,
        old_values={"segment": current.value, "family_members": family},
        new_values={
            "segment": target.value,
            "care_class": klass.value,
            "bank": bank,
            "account_number": account,
            "monthly_payable": payable,
            "documents": documents,
        },
        effective_on=None,
        monthly_payable=payable,
    )


def _account(ctx: CheckContext, text: str) -> str | None:
    digits = strip_separators(text)
    low, high = ACCOUNT_DIGITS
    if not digits:
        ctx.errors.append(required("account_number", "Nomor rekening", "account number"))
    elif not (digits.isascii() and digits.isdigit()):
        ctx.errors.append(
            ValidationError(
                "account_number",
                "not_digits",
                "Nomor rekening hanya berisi angka. Salin dari halaman depan buku tabungan.",
                "An account number has digits only. Copy it from the savings book's front page.",
            )
        )
    elif not low <= len(digits) <= high:
        ctx.errors.append(
            ValidationError(
                "account_number",
                "wrong_length",
                f"Nomor rekening terdiri dari {low}-{high} digit. Periksa buku tabungan.",
                f"An account number has {low}-{high} digits. Check the savings book.",
            )
        )
    else:
        return digits
    return None


COVER_CHECKS: dict[ChangeType, Callable[[Any, CheckContext], ChangeDecision | None]] = {
    ChangeType.FKTP: _fktp,
    ChangeType.CARE_CLASS: _care_class,
    ChangeType.REACTIVATION: _reactivation,
    ChangeType.ABROAD_OUT: _abroad_out,
    ChangeType.ABROAD_IN: _abroad_in,
    ChangeType.SEGMENT: _segment_change,
}
