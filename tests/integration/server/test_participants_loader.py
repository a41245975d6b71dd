"""The bulk loader: the demo generator's families go into the participant tables intact,
ids continue across runs (and PostgreSQL's sequences follow), one audit row per run,
and the migrated schema of this area matches its models.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database, ServerBase
from anjungan.server.demo.participants import generate_families
from anjungan.server.demo.personas import PERSONAS
from anjungan.server.models import AuditLog
from anjungan.server.models.participants import Family, Participant, Payment
from anjungan.server.services.participant_loader import load_families
from anjungan.server.services.participants import find_by_card, find_by_nik, public_view
from anjungan.server.settings import ServerSettings
from tests.helpers import participant_factories as f

MY_TABLES = {"family", "participant", "payment", "participant_change"}


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # modify_* entries come as a list of tuples
        return _table_of(diff[0])
    kind, *rest = diff
    if kind.endswith("_table"):
        return str(rest[0].name)
    if kind.endswith(("_index", "_constraint", "_fk")):
        return str(rest[0].table.name)
    return str(rest[1])  # add_column / remove_column / modify_*: (schema, table, ...)


def test_the_migrated_schema_matches_the_participant_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, ServerBase.metadata)
    assert [d for d in differences if _table_of(d) in MY_TABLES] == []


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Family, Participant, Payment)
        )


def test_demo_families_load_with_every_member_and_payment(db: Database, clock: FixedClock) -> None:
    families = list(generate_families(600, seed=7, today=clock.today()))
    report = load_families(db, ServerSettings(clock=clock), families, batch_families=50)
    assert report.participants == 600 == sum(len(fam.members) for fam in families)
    assert report.families == len(families)
    assert report.payments == sum(len(fam.payments) for fam in families)
    assert counts(db) == (report.families, report.participants, report.payments)
    with db.read() as session:
        [row] = session.scalars(
            select(AuditLog).where(AuditLog.action == "participant.bulk_load")
        ).all()
        assert row.detail == {"families": report.families, "participants": 600,
                              "payments": report.payments}  # fmt: skip


def test_demo_personas_read_back_as_the_generator_meant_them(
    db: Database, clock: FixedClock
) -> None:
    families = list(generate_families(100, seed=1, today=clock.today()))
    load_families(db, ServerSettings(clock=clock), families)
    by_key = {p.key: p for p in PERSONAS}
    today = clock.today()
    with db.read() as session:
        arrears = public_view(session, find_by_nik(session, by_key["arrears_5"].nik), today)
        active = public_view(session, find_by_card(session, by_key["pbpu_active"].card_number),
                             today)  # fmt: skip
    assert (arrears.status.reason, arrears.status.months_in_arrears) == ("ARREARS", 5)
    assert active.status.active is True
    assert len(active.members) == 4
    generated = {fam.kk: fam for fam in families}
    with db.read() as session:
        for family in session.scalars(select(Family)):
            source = generated[family.kk]
            assert family.segment == source.segment.value
            assert family.paid_through == source.paid_through.first_day


def test_a_second_load_continues_the_ids_and_new_rows_can_follow(
    db: Database, clock: FixedClock
) -> None:
    settings = ServerSettings(clock=clock)
    load_families(db, settings, [f.PBPU_ACTIVE])
    load_families(db, settings, [f.PBI, f.PPU])
    assert counts(db)[:2] == (3, 12)
    # The database's own id generator (a sequence on PostgreSQL) is past the loaded ids.
    with db.write() as session:
        session.add(
            Family(kk="3171010203999999", segment="PBPU", care_class="III",
                   class_since=date(2020, 1, 1), paid_through=date(2026, 11, 1),
                   registered_on=date(2020, 1, 1), province_code="31", kabkota_code="3171",
                   kecamatan_code="317101", address="Jl. Baru No. 1")
        )  # fmt: skip
    assert counts(db)[0] == 4


def test_a_duplicate_nik_aborts_its_batch_only(db: Database, clock: FixedClock) -> None:
    settings = ServerSettings(clock=clock)
    load_families(db, settings, [f.PBPU_ACTIVE])
    clash = f.Household(
        kk="3171010203888888",
        members=(f.PBPU_ACTIVE.members[0],),
        segment=f.Segment.PBPU,
        care_class=f.CareClass.III,
        paid_through=f.CURRENT,
    )
    with pytest.raises(IntegrityError):
        load_families(db, settings, [clash])
    assert counts(db)[:2] == (1, 4)
