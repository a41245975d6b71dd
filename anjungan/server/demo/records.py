"""The plain records the participant generator yields: `Family`, `Member`, `Payment`.

Frozen, slotted dataclasses holding only values (str, int, date, enums of the domain),
so the server can map them onto its own tables without importing anything else from
the demo package. Money is whole rupiah (`Rupiah`), phones are E.164, names upper case.
Nothing here computes a rule; derived values (the family's virtual accounts) delegate
to `anjungan.core.domain`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.card import Bank, virtual_accounts
from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.nik import Sex
from anjungan.core.domain.segments import CareClass, Segment


class Relation(StrEnum):
    """A member's place on the family card (KK)."""

    HEAD = "HEAD"
    SPOUSE = "SPOUSE"
    CHILD = "CHILD"


class MembershipStatus(StrEnum):
    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"
    """Cover stopped for arrears (nonaktif karena tunggakan)."""


@dataclass(frozen=True, slots=True)
class Member:
    nik: str
    """16 digits; its 6-digit prefix is where it was issued, usually the family's kecamatan."""
    name: str
    sex: Sex
    birth_date: date
    relation: Relation
    card_number: str
    """13-digit JKN card number (noKartu)."""
    phone: str | None
    """E.164 mobile number, or None (children, some spouses)."""


@dataclass(frozen=True, slots=True)
class Payment:
    """One month's iuran as paid: ``amount`` is the whole iuran of that month, every payer's
    part included (for PBI and Pemda-registered families the government pays it all)."""

    month: YearMonth
    amount: Rupiah
    paid_on: date


@dataclass(frozen=True, slots=True)
class Family:
    """A family card (KK) and its JKN membership: one segment, class and FKTP for all."""

    kk: str
    members: tuple[Member, ...]
    segment: Segment
    care_class: CareClass
    wage: Rupiah | None
    """PPU only: the head's monthly wage and allowances."""
    fktp_code: str
    """Code of a generated FKTP (`facilities.py`) in the family's kab/kota."""
    province_code: str
    kabkota_code: str
    kecamatan_code: str
    """Where the family lives (address); a member's NIK may have been issued elsewhere."""
    address: str
    registered_on: date
    status: MembershipStatus
    paid_through: YearMonth
    """Every month up to and including this one is paid."""
    months_in_arrears: int
    """Unpaid months before the current month (0 when active), as `billing.py` counts."""
    monthly_amount: Rupiah
    """The family's whole iuran for the current month, every payer's part included
    (`contributions.monthly_contribution(...).total`)."""
    monthly_own_share: Rupiah
    """The part the family pays itself (`Contribution.participant`): PBPU class III pays
    Rp35,000 of Rp42,000 per person; PPU the worker's 1% (and extra members); PBI and
    Pemda-registered families 0."""
    payments: tuple[Payment, ...]
    """Paid months within the last 12 months (current month included), oldest first."""
    persona: str | None = None
    """The `personas.PERSONAS` key of a fixed demo family, None for a generated one."""

    @property
    def head(self) -> Member:
        return self.members[0]

    def virtual_accounts(self) -> dict[Bank, str]:
        """The family's VA per bank, from the head's card number (DOMAIN.md "Identity")."""
        return virtual_accounts(self.head.card_number)
