"""Fixed demo personas: families with known NIK and card numbers for the README tour and GUI tests.

Owns `PERSONAS` (one row per persona: key, head's name, NIK, card number, KK, what it
demonstrates) and `persona_families`, which builds them as `Family` records. They live
in Kota Jakarta Pusat (3171), are the first families `generate_families` yields, and do
not depend on the seed; their account state is relative to ``today`` (a persona with 5
months of arrears has 5 on any day). Each person's birth date and sex come from the
NIK itself, so the table cannot contradict them. NIK serials 0001 and KK serials from
5001 up are reserved by the generator; card numbers ``00019443589PM`` (persona P, member
M) lie outside the generated range. ``0001944358911`` is DOMAIN.md's own example card,
whose VA is ``8888801944358911``.

| key | head | NIK | card | shows |
| --- | --- | --- | --- | --- |
| ``pbpu_active`` | BUDI SANTOSO | 3171011203800001 | 0001944358911 | active PBPU class III, 4 |
| ``arrears_5`` | AHMAD FAUZI | 3171041408750001 | 0001944358921 | suspended, 5 months |
| ``arrears_30`` | HENDRA WIJAYA | 3171032802700001 | 0001944358931 | 30 months, 24 counted |
| ``pbi`` | SRI WAHYUNI | 3171075004620001 | 0001944358941 | PBI JK |
| ``ppu_15m`` | ANDI SETIAWAN | 3171060510880001 | 0001944358951 | PPU, wage Rp15,000,000 |
| ``pemda`` | YOHANES KORNELIS | 3171080112950001 | 0001944358961 | registered by the Pemda |
| ``bp_pensioner`` | SOEKARDI HARTONO | 3171051707560001 | 0001944358971 | BP pensioner |
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.nik import parse_nik
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.server.demo.accounts import AccountBuilder
from anjungan.server.demo.records import Family, Member, Relation

PERSONA_KABKOTA = "3171"
"""Every persona lives in Kota Jakarta Pusat, so that kab/kota must be in scope."""


@dataclass(frozen=True)
class Persona:
    """A documented demo family: its head's identity and what it demonstrates."""

    key: str
    name: str
    nik: str
    card_number: str
    kk: str
    demonstrates_id: str
    demonstrates_en: str


@dataclass(frozen=True)
class _Spec:
    persona: Persona
    segment: Segment
    care_class: CareClass
    wage: Rupiah | None
    arrears: int
    kecamatan_code: str
    address: str
    registered_on: date
    # (name, NIK, relation, phone) per member; the head first.
    members: tuple[tuple[str, str, Relation, str | None], ...]


H, S, C = Relation.HEAD, Relation.SPOUSE, Relation.CHILD


def _p(key: str, name: str, nik: str, card: str, kk: str, shows: tuple[str, str]) -> Persona:
    return Persona(key, name, nik, card, kk, shows[0], shows[1])


_SPECS: tuple[_Spec, ...] = (
    _Spec(
        _p("pbpu_active", "BUDI SANTOSO", "3171011203800001", "0001944358911", "3171010203155001",
           ("Keluarga PBPU kelas III aktif, 4 orang; VA 8888801944358911.",
            "Active PBPU class III family of 4; VA 8888801944358911.")),
        Segment.PBPU, CareClass.III, None, 0, "317101",
        "Jl. Tanah Abang II No. 12, Kec. Gambir, Kota Jakarta Pusat", date(2016, 3, 14),
        (("BUDI SANTOSO", "3171011203800001", H, "+6281210000011"),
         ("SITI AMINAH", "3171016507830001", S, "+6281210000012"),
         ("RIZKY PRATAMA", "3171010501100001", C, None),
         ("AYU LESTARI", "3171015709140001", C, None)),
    ),
    _Spec(
        _p("arrears_5", "AHMAD FAUZI", "3171041408750001", "0001944358921", "3171041107125001",
           ("PBPU kelas II nonaktif, tunggakan 5 bulan; boleh REHAB.",
            "Suspended PBPU class II, 5 months in arrears; eligible for REHAB.")),
        Segment.PBPU, CareClass.II, None, 5, "317104",
        "Jl. Kramat Raya No. 45, Kec. Senen, Kota Jakarta Pusat", date(2015, 7, 1),
        (("AHMAD FAUZI", "3171041408750001", H, "+6281210000021"),
         ("NUR HASANAH", "3171044211780001", S, None),
         ("DIMAS SAPUTRA", "3171042106080001", C, "+6281210000023")),
    ),
    _Spec(
        _p("arrears_30", "HENDRA WIJAYA", "3171032802700001", "0001944358931", "3171030904145001",
           ("PBPU kelas I nonaktif 30 bulan; reaktivasi menghitung paling banyak 24.",
            "PBPU class I suspended 30 months; reactivation counts at most 24.")),
        Segment.PBPU, CareClass.I, None, 30, "317103",
        "Jl. Bungur Besar No. 7, Kec. Kemayoran, Kota Jakarta Pusat", date(2014, 4, 9),
        (("HENDRA WIJAYA", "3171032802700001", H, "+6281210000031"),),
    ),
    _Spec(
        _p("pbi", "SRI WAHYUNI", "3171075004620001", "0001944358941", "3171071503105001",
           ("Peserta PBI JK: iuran dibayar Pemerintah Pusat; tidak bisa ganti kelas.",
            "PBI JK participant: iuran paid by the central government; no class change.")),
        Segment.PBI_JK, CareClass.III, None, 0, "317107",
        "Gg. Kebon Kacang No. 3, Kec. Tanah Abang, Kota Jakarta Pusat", date(2014, 1, 1),
        (("SRI WAHYUNI", "3171075004620001", H, "+6281210000041"),),
    ),
    _Spec(
        _p("ppu_15m", "ANDI SETIAWAN", "3171060510880001", "0001944358951", "3171061808195001",
           ("PPU swasta, upah Rp15.000.000 (dasar iuran dibatasi Rp12.000.000), 3 orang.",
            "Private-sector PPU, wage Rp15,000,000 (base capped at Rp12,000,000), 3 people.")),
        Segment.PPU_BU, CareClass.I, 15_000_000, 0, "317106",
        "Jl. Cikini Raya No. 88, Kec. Menteng, Kota Jakarta Pusat", date(2014, 9, 2),
        (("ANDI SETIAWAN", "3171060510880001", H, "+6281210000051"),
         ("DEWI KARTIKA", "3171067001900001", S, "+6281210000052"),
         ("NAYLA PUTRI", "3171065205190001", C, None)),
    ),
    _Spec(
        _p("pemda", "YOHANES KORNELIS", "3171080112950001", "0001944358961", "3171082201205001",
           ("PBPU didaftarkan Pemda: iuran dibayar Pemda dan Pemerintah Pusat.",
            "PBPU registered by the Pemda: iuran paid by the Pemda and central government.")),
        Segment.PBPU_PEMDA, CareClass.III, None, 0, "317108",
        "Jl. Johar Baru III No. 21, Kec. Johar Baru, Kota Jakarta Pusat", date(2020, 1, 22),
        (("YOHANES KORNELIS", "3171080112950001", H, "+6281210000061"),),
    ),
    _Spec(
        _p("bp_pensioner", "SOEKARDI HARTONO", "3171051707560001", "0001944358971",
           "3171050306165001",
           ("Bukan Pekerja (pensiunan) kelas I dengan istri; aktif.",
            "Non-worker (pensioner) class I with his wife; active.")),
        Segment.BP, CareClass.I, None, 0, "317105",
        "Jl. Cempaka Putih Tengah No. 5, Kec. Cempaka Putih, Kota Jakarta Pusat",
        date(2014, 1, 1),
        (("SOEKARDI HARTONO", "3171051707560001", H, "+6281210000071"),
         ("SUMARNI", "3171054803590001", S, "+6281210000072")),
    ),
)  # fmt: skip

PERSONAS: tuple[Persona, ...] = tuple(spec.persona for spec in _SPECS)
"""The fixed personas, in the order `generate_families` yields them."""

PERSONA_PARTICIPANTS = sum(len(spec.members) for spec in _SPECS)
"""How many participants the personas take from ``count_participants``."""


def persona_niks() -> tuple[str, ...]:
    """Every persona member's NIK (the generator reserves them)."""
    return tuple(member[1] for spec in _SPECS for member in spec.members)


def persona_families(builder: AccountBuilder, fktp_of: Callable[[str], str]) -> list[Family]:
    """The persona families for ``builder.today``; ``fktp_of`` maps a kecamatan code to
    the code of its Puskesmas (every persona is registered there)."""
    families = []
    for number, spec in enumerate(_SPECS, start=1):
        members = []
        for index, (name, nik, relation, phone) in enumerate(spec.members, start=1):
            info = parse_nik(nik, builder.today)
            members.append(
                Member(
                    nik=nik,
                    name=name,
                    sex=info.sex,
                    birth_date=info.birth_date,
                    relation=relation,
                    card_number=f"00019443589{number}{index}",
                    phone=phone,
                )
            )
        # Persona payment days depend on the key only, never on the run's seed.
        account = builder.account(
            spec.segment,
            len(members),
            spec.care_class,
            spec.wage,
            arrears=spec.arrears,
            current_paid=True,
            registered_on=spec.registered_on,
            rng=random.Random(f"persona:{spec.persona.key}"),
        )
        families.append(
            Family(
                kk=spec.persona.kk,
                members=tuple(members),
                segment=spec.segment,
                care_class=spec.care_class,
                wage=spec.wage,
                fktp_code=fktp_of(spec.kecamatan_code),
                province_code=spec.kecamatan_code[:2],
                kabkota_code=spec.kecamatan_code[:4],
                kecamatan_code=spec.kecamatan_code,
                address=spec.address,
                registered_on=spec.registered_on,
                status=account.status,
                paid_through=account.paid_through,
                months_in_arrears=account.months_in_arrears,
                monthly_amount=account.monthly_amount,
                monthly_own_share=account.monthly_own_share,
                payments=account.payments,
                persona=spec.persona.key,
            )
        )
    return families
