"""Participant segments (jenis kepesertaan), care classes and who pays a contribution.

Owns the vocabulary the contribution, billing, change and registration rules share:
`Segment`, `CareClass` and `Payer`, each with a display name in Bahasa Indonesia and
English. Holds no amounts and no rules that change by decree (those are in
`tariffs.py` and its data file). Source: DOMAIN.md "Participant segments and
contributions"; segment list as in seed 001_68780b126929f050.txt ("Jenis Kepesertaan").
"""

from __future__ import annotations

from enum import Enum


class Segment(Enum):
    """The JKN participant segments, as BPJS Kesehatan reports them."""

    PBI_JK = "PBI_JK"
    """Penerima Bantuan Iuran: poor and near-poor, iuran paid by the central government."""
    PBPU_PEMDA = "PBPU_PEMDA"
    """PBPU/BP registered and paid for by the regional government (Pemda)."""
    PPU_PN = "PPU_PN"
    """Wage earners of the state (penyelenggara negara): ASN, TNI, Polri, state officials."""
    PPU_BU = "PPU_BU"
    """Wage earners of private employers (badan usaha)."""
    PBPU = "PBPU"
    """Pekerja Bukan Penerima Upah, mandiri: the self-employed paying their own iuran."""
    BP = "BP"
    """Bukan Pekerja, mandiri: non-workers (e.g. investors) paying their own iuran."""

    @property
    def label_id(self) -> str:
        return _SEGMENT_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _SEGMENT_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id

    @property
    def is_ppu(self) -> bool:
        """Wage earners: the iuran is a share of the wage, split employer/worker."""
        return self in (Segment.PPU_PN, Segment.PPU_BU)

    @property
    def is_mandiri(self) -> bool:
        """PBPU or BP paying their own iuran (class choice, class change, REHAB, autodebit)."""
        return self in (Segment.PBPU, Segment.BP)


_SEGMENT_LABELS: dict[Segment, tuple[str, str]] = {
    Segment.PBI_JK: (
        "PBI JK (iuran dibayar Pemerintah Pusat)",
        "PBI JK (contribution paid by the central government)",
    ),
    Segment.PBPU_PEMDA: (
        "PBPU/BP didaftarkan Pemda",
        "PBPU/BP registered by the regional government",
    ),
    Segment.PPU_PN: (
        "PPU Penyelenggara Negara (ASN, TNI, Polri, pejabat negara)",
        "Wage earner, state (civil servants, armed forces, police, state officials)",
    ),
    Segment.PPU_BU: (
        "PPU Badan Usaha (pegawai swasta)",
        "Wage earner, private employer",
    ),
    Segment.PBPU: (
        "PBPU Mandiri (pekerja bukan penerima upah)",
        "Self-employed, paying their own contribution",
    ),
    Segment.BP: (
        "Bukan Pekerja Mandiri",
        "Non-worker, paying their own contribution",
    ),
}


class CareClass(Enum):
    """Hospital ward class a participant is entitled to (hak kelas rawat)."""

    I = "I"  # noqa: E741 - the official name of the class
    II = "II"
    III = "III"

    @property
    def label_id(self) -> str:
        return f"Kelas {self.value}"

    @property
    def label_en(self) -> str:
        return f"Class {self.value}"

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id


class Payer(Enum):
    """Who pays a part of a contribution or a penalty."""

    PARTICIPANT = "PARTICIPANT"
    """The participant (for PPU: the worker, by deduction from the wage)."""
    EMPLOYER = "EMPLOYER"
    PEMDA = "PEMDA"
    CENTRAL_GOVERNMENT = "CENTRAL_GOVERNMENT"

    @property
    def label_id(self) -> str:
        return _PAYER_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _PAYER_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id


_PAYER_LABELS: dict[Payer, tuple[str, str]] = {
    Payer.PARTICIPANT: ("Peserta/pekerja", "Participant/worker"),
    Payer.EMPLOYER: ("Pemberi kerja", "Employer"),
    Payer.PEMDA: ("Pemerintah daerah", "Regional government"),
    Payer.CENTRAL_GOVERNMENT: ("Pemerintah pusat", "Central government"),
}
