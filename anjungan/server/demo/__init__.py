"""Deterministic demo data for the central server: participants, facilities, offices.

Owns the synthetic data a demo or benchmark seeds into the server's database: families
of participants streamed by `participants.generate_families` (fixed `personas.PERSONAS`
first), health facilities (`facilities.generate_facilities`), BPJS offices and MPP booths
with counters, officers and devices (`offices.generate_offices`), and the reader of a
real facility list for ``admin import-faskes`` (`faskes_csv.read_faskes_csv`). It yields
plain frozen dataclasses and never touches a database, the network or the clock: the
caller passes ``seed`` and ``today``. Imports only `anjungan.core`, `anjungan.assets`
and Faker (for word pools).
"""

from anjungan.server.demo.facilities import (
    Facility,
    FacilityLevel,
    FacilityType,
    generate_facilities,
)
from anjungan.server.demo.offices import Office, generate_offices
from anjungan.server.demo.participants import generate_families
from anjungan.server.demo.personas import PERSONAS, Persona
from anjungan.server.demo.records import Family, Member, MembershipStatus, Payment, Relation
from anjungan.server.demo.scope import DEMO_KABKOTA

__all__ = [
    "DEMO_KABKOTA",
    "PERSONAS",
    "Facility",
    "FacilityLevel",
    "FacilityType",
    "Family",
    "Member",
    "MembershipStatus",
    "Office",
    "Payment",
    "Persona",
    "Relation",
    "generate_facilities",
    "generate_families",
    "generate_offices",
]
