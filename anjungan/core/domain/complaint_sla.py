"""Complaint channels and their service-level deadlines, counted in working days.

Owns the channel list, the SLA table (working-day counts with effective dates, so a new
decree is a new row, not a code change), the 30-day deadline for missing supporting data,
and the arithmetic that turns them into due dates on a `WorkingCalendar`, including the
shift caused by pauses while waiting for the participant. Must not know about complaint
states or roles (see ``complaints.py``) and must not read the clock.

Sources: seed 000 (BPJS Kesehatan, "Sistem Penanganan Pengaduan", 29 Sep 2015,
"Standar Penanganan Pengaduan Peserta"); seed 002 (Peraturan BPJS Ketenagakerjaan 3/2018
art. 10: at most 5 working days; 30 days to complete supporting data).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.errors import RuleError


class SlaClass(StrEnum):
    """The two handling standards of seed 000.

    SPOKEN: "Penyampaian Langsung (Lisan)", the participant is in contact with an officer
    (face to face, or on the phone). WRITTEN: "Penyampaian Tidak Langsung (Tertulis)",
    the complaint arrives as text and is answered later.
    """

    SPOKEN = "spoken"
    WRITTEN = "written"


class Channel(StrEnum):
    """How a complaint reached BPJS Kesehatan (seed 000 "Penyampaian Pengaduan")."""

    DIRECT = "direct"  # at the office counter, UP3 unit or MPP counter
    ORAL = "oral"  # regular phone, hotline, BPJS Kesehatan Care Center 165
    WRITTEN = "written"  # website "Hubungi Kami", email, letter
    KIOSK = "kiosk"  # typed by the participant at the AMAN JKN kiosk
    OTHER_OFFICIAL = "other_official"  # SP4N-LAPOR!, official social media, mass media

    def label(self, lang: str = "id") -> str:
        return _CHANNEL_LABELS[self][1 if lang == "en" else 0]

    @property
    def sla_class(self) -> SlaClass:
        return CHANNEL_SLA_CLASS[self]


_CHANNEL_LABELS: dict[Channel, tuple[str, str]] = {
    Channel.DIRECT: ("Langsung (kantor, UP3, loket MPP)", "In person (office, UP3, MPP counter)"),
    Channel.ORAL: ("Lisan (telepon, hotline, Care Center 165)", "Oral (phone, hotline, 165)"),
    Channel.WRITTEN: ("Tertulis (situs web, email, surat)", "Written (website, email, letter)"),
    Channel.KIOSK: ("Anjungan mandiri (AMAN JKN)", "Self-service kiosk (AMAN JKN)"),
    Channel.OTHER_OFFICIAL: (
        "Kanal resmi lain (SP4N-LAPOR!, media sosial)",
        "Other official channel (SP4N-LAPOR!, social media)",
    ),
}

#: Which standard applies to each channel. Seed 000 puts direct and oral under the spoken
#: standard and website/email/letter under the written one. The kiosk and the other
#: official channels are not in the seed: both deliver a text that no officer is discussing
#: with the participant at that moment, and the answer goes back later, so they are
#: "tidak langsung (tertulis)" and take the written standard. A kiosk complaint is not
#: "direct" merely because the kiosk stands in the office: nobody is at the counter with
#: the participant, and promising one working day would be a promise the office cannot see.
CHANNEL_SLA_CLASS: dict[Channel, SlaClass] = {
    Channel.DIRECT: SlaClass.SPOKEN,
    Channel.ORAL: SlaClass.SPOKEN,
    Channel.WRITTEN: SlaClass.WRITTEN,
    Channel.KIOSK: SlaClass.WRITTEN,
    Channel.OTHER_OFFICIAL: SlaClass.WRITTEN,
}


@dataclass(frozen=True)
class SlaRule:
    """Working days allowed for one SLA class from ``effective_from`` on."""

    effective_from: date
    sla_class: SlaClass
    standard_days: int
    coordination_days: int  # when other work units must give input ("koordinasi")
    source: str

    def days(self, needs_coordination: bool) -> int:
        return self.coordination_days if needs_coordination else self.standard_days


#: Seed 000, "Standar Penanganan Pengaduan Peserta" (presented 29 Sep 2015): spoken 1
#: working day (3 with coordination), written 3 (5 with coordination).
SLA_RULES: tuple[SlaRule, ...] = (
    SlaRule(date(2015, 9, 29), SlaClass.SPOKEN, 1, 3, "seed 000 Standar Penanganan Pengaduan"),
    SlaRule(date(2015, 9, 29), SlaClass.WRITTEN, 3, 5, "seed 000 Standar Penanganan Pengaduan"),
)

#: The outer bound every SLA row must respect: "paling lama 5 (lima) hari kerja sejak
#: diterimanya Pengaduan" (seed 002, Peraturan BPJS Ketenagakerjaan 3/2018 art. 10(2)).
MAX_SLA_WORKING_DAYS = 5


@dataclass(frozen=True)
class DocumentDeadlineRule:
    """Calendar days a participant has to complete missing supporting data."""

    effective_from: date
    calendar_days: int
    source: str


#: Seed 002 art. 10(3)-(4): 30 days from the moment the data is declared incomplete;
#: afterwards the complaint "dinyatakan telah selesai" (is declared finished). The text
#: says "hari", not "hari kerja", so these are calendar days.
DOCUMENT_DEADLINE_RULES: tuple[DocumentDeadlineRule, ...] = (
    DocumentDeadlineRule(date(2018, 8, 16), 30, "seed 002 Peraturan BPJSTK 3/2018 art. 10(3)"),
)


def sla_rule_for(sla_class: SlaClass, on: date, rules: Iterable[SlaRule] = SLA_RULES) -> SlaRule:
    """The rule of ``sla_class`` in force on ``on`` (the latest ``effective_from <= on``)."""
    in_force = [r for r in rules if r.sla_class is sla_class and r.effective_from <= on]
    if not in_force:
        raise RuleError(
            "no_sla_rule",
            "Belum ada standar waktu penanganan untuk tanggal ini. Hubungi admin.",
            "No complaint handling standard covers this date. Contact the administrator.",
        )
    return max(in_force, key=lambda r: r.effective_from)


def sla_working_days(
    channel: Channel,
    needs_coordination: bool,
    received_on: date,
    rules: Iterable[SlaRule] = SLA_RULES,
) -> int:
    """Working days allowed for a complaint (seed 000 "Standar Penanganan Pengaduan")."""
    return sla_rule_for(channel.sla_class, received_on, rules).days(needs_coordination)


def sla_due_date(
    received_on: date,
    channel: Channel,
    needs_coordination: bool,
    calendar: WorkingCalendar,
    rules: Iterable[SlaRule] = SLA_RULES,
) -> date:
    """The last working day on which the answer is on time (seed 000).

    The n-th working day after receipt; a complaint received on a closed day counts from
    the next working day (`WorkingCalendar.add_working_days`).
    """
    days = sla_working_days(channel, needs_coordination, received_on, rules)
    return calendar.add_working_days(received_on, days)


def document_deadline_days(
    declared_incomplete_on: date,
    rules: Iterable[DocumentDeadlineRule] = DOCUMENT_DEADLINE_RULES,
) -> int:
    """Calendar days to complete supporting data, for data declared incomplete on a date."""
    in_force = [r for r in rules if r.effective_from <= declared_incomplete_on]
    if not in_force:
        raise RuleError(
            "no_document_deadline_rule",
            "Belum ada batas waktu kelengkapan data untuk tanggal ini. Hubungi admin.",
            "No deadline for supporting data covers this date. Contact the administrator.",
        )
    return max(in_force, key=lambda r: r.effective_from).calendar_days


def shift_for_pauses(
    due: date,
    pauses: Iterable[tuple[date, date]],
    calendar: WorkingCalendar,
) -> date:
    """Move ``due`` later by the working days spent in each pause (seed 002 art. 10(3)).

    A pause ``(start, end)`` runs from the day the officer declared the data incomplete
    to the day it arrived; it costs ``working_days_between(start, end)`` working days, so
    a pause that starts and ends on the same day costs nothing. Pauses are applied in
    order, each against the due date as already shifted; a pause that starts after that
    due date does not shift it: a complaint that was already late cannot be made on time
    by asking for documents afterwards.
    """
    for start, end in sorted(pauses):
        if start <= due:
            due = calendar.add_working_days(due, calendar.working_days_between(start, end))
    return due
