"""A family's bill and every member's cover status, computed from stored facts and today.

Owns the mapping of a `Family` row onto the domain rules: the monthly iuran
(`contributions.monthly_contribution`, priced per month so a tariff change prices each
month at its own rate), the arrears, suspension and reactivation (`billing`), the
service-penalty parameters in force, the virtual accounts of the head's card, and the
plain-language status sentences. Government-paid segments (PBI JK, Pemda-registered)
are never in arrears here; PPU arrears are the employer's. Must not query the
database: callers pass the rows.

Sources: DOMAIN.md "Payment, suspension, reactivation, penalty" and "Identity" (VA);
seed 001_68780b126929f050.txt; Perpres 64/2020 art. 42.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from anjungan.core.domain.billing import Bill, YearMonth, bill_for_paid_through
from anjungan.core.domain.card import virtual_accounts
from anjungan.core.domain.contributions import Contribution, monthly_contribution
from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.names import mask_name
from anjungan.core.domain.segments import CareClass, Payer, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.wire.participants import (
    CoverStatus,
    FamilyBill,
    Label,
    PayerShare,
    PenaltyRule,
    VirtualAccount,
)
from anjungan.server.models.participants import Family, Participant

GOVERNMENT_PAID = frozenset({Segment.PBI_JK, Segment.PBPU_PEMDA})
# PPU members outside the nuclear family: each costs 1% of the wage (DOMAIN.md PPU row).
EXTRA_RELATIONS = frozenset({"PARENT", "PARENT_IN_LAW", "OTHER"})

_MONTHS_ID = (
    *("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli"),
    *("Agustus", "September", "Oktober", "November", "Desember"),
)
_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June", "July"),
    *("August", "September", "October", "November", "December"),
)


def date_id(day: date) -> str:
    return f"{day.day} {_MONTHS_ID[day.month - 1]} {day.year}"


def date_en(day: date) -> str:
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def segment_label(segment: Segment) -> Label:
    return Label(code=segment.value, label_id=segment.label_id, label_en=segment.label_en)


def class_label(care_class: CareClass) -> Label:
    return Label(code=care_class.value, label_id=care_class.label_id, label_en=care_class.label_en)


@dataclass(frozen=True)
class FamilyAccount:
    """The family's iuran and bill on ``today``."""

    segment: Segment
    care_class: CareClass
    contribution: Contribution
    monthly_payable: Rupiah
    bill: Bill
    self_paid: bool

    @property
    def employer_paid(self) -> bool:
        return self.segment.is_ppu


def covered(members: Sequence[Participant]) -> list[Participant]:
    """Members the iuran is paid for: everyone not made inactive for a stored reason."""
    return [m for m in members if m.status == "ACTIVE"]


def family_account(
    family: Family,
    members: Sequence[Participant],
    today: date,
    *,
    care_class: CareClass | None = None,
) -> FamilyAccount:
    """``care_class``: the class in effect today when a change has not been written back."""
    segment = Segment(family.segment)
    klass = care_class or CareClass(family.care_class)
    paying = covered(members) or list(members)  # a wholly inactive family still prices
    extra = sum(1 for m in paying if m.relation in EXTRA_RELATIONS) if segment.is_ppu else 0
    nuclear = max(1, len(paying) - extra)

    def contribution_on(day: date) -> Contribution:
        return monthly_contribution(
            segment,
            nuclear,
            on=day,
            care_class=klass if segment.is_mandiri else None,
            wage=family.wage if segment.is_ppu else None,
            umk=family.umk if segment.is_ppu else None,
            extra_members=extra,
        )

    @cache
    def payable(month: YearMonth) -> Rupiah:
        contribution = contribution_on(month.first_day)
        # A mandiri family pays its own part (class III: Rp35,000, the rest is subsidy);
        # an employer or the government pays the whole iuran.
        return contribution.participant if segment.is_mandiri else contribution.total

    current = contribution_on(today)
    paid_through = YearMonth.of(family.paid_through)
    if segment in GOVERNMENT_PAID:
        # Paid from APBN/APBD: a late transfer is never the participant's arrears.
        paid_through = max(paid_through, YearMonth.of(today))
    return FamilyAccount(
        segment=segment,
        care_class=current.care_class,
        contribution=current,
        monthly_payable=payable(YearMonth.of(today)),
        bill=bill_for_paid_through(paid_through, today, payable),
        self_paid=segment.is_mandiri,
    )


_STORED_REASONS: dict[str, tuple[str, str]] = {
    "PBI_DEACTIVATED": (
        "Nonaktif: status PBI dinonaktifkan oleh pemerintah{since_id}. Tanyakan ke Dinas "
        "Sosial setempat, atau beralih ke peserta mandiri di loket.",
        "Inactive: the PBI (government-paid) status was withdrawn{since_en}. Ask the local "
        "social affairs office, or switch to self-paying cover at a counter.",
    ),
    "DECEASED": (
        "Nonaktif: peserta tercatat meninggal dunia{since_id}.",
        "Inactive: the participant is recorded as deceased{since_en}.",
    ),
    "MOVED_ABROAD": (
        "Nonaktif: peserta tercatat tinggal di luar negeri{since_id}. Aktifkan kembali di "
        "loket setelah kembali ke Indonesia.",
        "Inactive: the participant is recorded as living abroad{since_en}. Reactivate at a "
        "counter after returning to Indonesia.",
    ),
    "EMPLOYMENT_ENDED": (
        "Nonaktif: tidak lagi didaftarkan oleh pemberi kerja{since_id}. Beralih ke peserta "
        "mandiri atau PBI di loket.",
        "Inactive: no longer registered by an employer{since_en}. Switch to self-paying or "
        "PBI cover at a counter.",
    ),
    "CHILD_OVER_AGE": (
        "Nonaktif: anak sudah melewati batas usia tanggungan (21 tahun, atau 25 tahun bila "
        "masih sekolah){since_id}. Daftarkan sebagai peserta sendiri di loket.",
        "Inactive: the child is past the age of family cover (21, or 25 if still "
        "studying){since_en}. Register as a participant in their own right at a counter.",
    ),
}
_OTHER_REASON = (
    "Nonaktif{since_id}. Silakan tanyakan penyebabnya kepada petugas di loket.",
    "Inactive{since_en}. Please ask an officer at a counter why.",
)


def cover_status(member: Participant, account: FamilyAccount) -> CoverStatus:
    """Active or not, why, since when, in a sentence for the person at the screen."""
    if member.status != "ACTIVE":
        reason = member.inactive_reason or "OTHER"
        text_id, text_en = _STORED_REASONS.get(reason, _OTHER_REASON)
        since = member.status_since
        return CoverStatus(
            active=False,
            reason=reason,
            since=since,
            message_id=text_id.format(since_id=f" sejak {date_id(since)}" if since else ""),
            message_en=text_en.format(since_en=f" since {date_en(since)}" if since else ""),
        )
    bill = account.bill
    if bill.suspended_since is not None:
        months, since = bill.months_in_arrears, bill.suspended_since
        if account.employer_paid:
            return CoverStatus(
                active=False,
                reason="EMPLOYER_ARREARS",
                since=since,
                months_in_arrears=months,
                message_id=f"Nonaktif karena iuran dari pemberi kerja tertunggak {months} "
                f"bulan, sejak {date_id(since)}. Hubungi bagian personalia pemberi kerja.",
                message_en=f"Inactive because the employer's contributions are {months} "
                f"months in arrears, since {date_en(since)}. Contact your employer's HR.",
            )
        return CoverStatus(
            active=False,
            reason="ARREARS",
            since=since,
            months_in_arrears=months,
            message_id=f"Nonaktif karena tunggakan iuran {months} bulan, sejak "
            f"{date_id(since)}. Bayar tagihan untuk aktif kembali.",
            message_en=f"Inactive because of {months} months of unpaid contributions, since "
            f"{date_en(since)}. Pay the bill to reactivate.",
        )
    status = CoverStatus(active=True, message_id="Aktif.", message_en="Active.")
    if account.self_paid and bill.suspends_on is not None:
        due, stop = bill.due_date, bill.suspends_on
        return status.model_copy(
            update={
                "warning_id": f"Iuran bulan ini belum dibayar (jatuh tempo {date_id(due)}). "
                f"Bila belum dibayar sampai akhir bulan, kepesertaan nonaktif mulai "
                f"{date_id(stop)}.",
                "warning_en": f"This month's contribution is unpaid (due {date_en(due)}). "
                f"If it is still unpaid at the end of the month, cover stops on "
                f"{date_en(stop)}.",
            }
        )
    return status


def family_bill(
    family: Family,
    members: Sequence[Participant],
    today: date,
    *,
    care_class: CareClass | None = None,
    book: TariffBook | None = None,
) -> FamilyBill:
    """The bill body: iuran, arrears, reactivation, penalty rule and VAs of the head's card."""
    account = family_account(family, members, today, care_class=care_class)
    bill = account.bill
    head = next((m for m in members if m.relation == "HEAD"), members[0])
    rules = (book or TariffBook.load()).tariffs_on(today).arrears
    accounts = virtual_accounts(head.card_number) if account.self_paid else {}
    payers = account.contribution.by_payer()
    return FamilyBill(
        masked_head_name=mask_name(head.name),
        segment=segment_label(account.segment),
        care_class=class_label(account.care_class),
        people=account.contribution.people,
        monthly_iuran=account.contribution.total,
        monthly_payable=account.monthly_payable,
        payers=[
            PayerShare(payer=_payer_label(payer), amount=amount) for payer, amount in payers.items()
        ],
        self_paid=account.self_paid,
        current_month=str(bill.current_month),
        paid_through=str(YearMonth.of(family.paid_through)),
        due_date=bill.due_date,
        current_month_unpaid=bill.current_month_unpaid,
        past_due=bill.past_due_date,
        months_in_arrears=bill.months_in_arrears,
        months_counted=len(bill.counted_arrears_months),
        arrears_amount=bill.arrears_amount,
        current_amount=bill.current_amount,
        amount_owed=bill.amount_owed,
        suspended=bill.is_suspended,
        suspended_since=bill.suspended_since,
        suspends_on=bill.suspends_on,
        reactivation_amount=bill.reactivation_amount,
        penalty=PenaltyRule(
            rate=rules.penalty_rate,
            max_months=rules.penalty_max_months,
            window_days=rules.penalty_window_days,
            cap=rules.penalty_cap,
            months_that_would_count=min(bill.months_in_arrears, rules.penalty_max_months),
        ),
        virtual_accounts=[
            VirtualAccount(bank=bank.value, number=number) for bank, number in accounts.items()
        ],
        tariff_schedule_from=account.contribution.schedule_from,
    )


def _payer_label(payer: Payer) -> Label:
    return Label(code=payer.value, label_id=payer.label_id, label_en=payer.label_en)
