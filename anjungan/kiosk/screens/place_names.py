"""What each kind of facility or office is called on screen, in the current language.

Owns `kind_name(kind)` for the directory's type codes (`core.wire.faskes.FacilityType`
values and the office kinds): the faskes search and the FKTP choice of the change
screen name places the same way. Text only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class PlaceNames(QObject):
    """Translatable names (lupdate reads ``self.tr`` inside a class)."""

    def names(self) -> dict[str, str]:
        return {
            "puskesmas": self.tr("Puskesmas (community health centre)"),
            "klinik_pratama": self.tr("Primary clinic (Klinik Pratama)"),
            "dokter_praktik": self.tr("General practitioner"),
            "dokter_gigi": self.tr("Dentist"),
            "klinik_tni_polri": self.tr("TNI/Polri clinic"),
            "rs": self.tr("Hospital"),
            "klinik_utama": self.tr("Main clinic (Klinik Utama)"),
            "apotek": self.tr("Pharmacy (apotek)"),
            "optik": self.tr("Optician"),
            "kantor_cabang": self.tr("BPJS Kesehatan branch office"),
            "mpp": self.tr("BPJS Kesehatan desk at a public service mall (MPP)"),
        }


def kind_name(kind: str) -> str:
    return PlaceNames().names().get(kind, kind)
