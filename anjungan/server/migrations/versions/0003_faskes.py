"""faskes: health facilities, BPJS and MPP offices, reference-data versions

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("faskes",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "facility",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("hours", sa.String(length=200), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("kabkota_code", sa.String(length=4), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=6), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("name_norm", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=560), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility")),
        sa.UniqueConstraint("code", name=op.f("uq_facility_code")),
    )
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.create_index("ix_facility_name_norm", ["name_norm"], unique=False)
        batch_op.create_index("ix_facility_kabkota", ["kabkota_code"], unique=False)
        batch_op.create_index("ix_facility_kecamatan", ["kecamatan_code"], unique=False)
        batch_op.create_index("ix_facility_lat_lon", ["latitude", "longitude"], unique=False)
        batch_op.create_index("ix_facility_province", ["province_code"], unique=False)
        batch_op.create_index("ix_facility_type", ["type"], unique=False)

    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("hours", sa.String(length=200), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("kabkota_code", sa.String(length=4), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=6), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("name_norm", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=560), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_kabkota_code"), ["kabkota_code"], unique=False)

    op.create_table(
        "reference_version",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_reference_version")),
    )


def downgrade() -> None:
    op.drop_table("reference_version")
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_kabkota_code"))
    op.drop_table("office")
    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_index("ix_facility_type")
        batch_op.drop_index("ix_facility_province")
        batch_op.drop_index("ix_facility_lat_lon")
        batch_op.drop_index("ix_facility_kecamatan")
        batch_op.drop_index("ix_facility_kabkota")
        batch_op.drop_index("ix_facility_name_norm")
    op.drop_table("facility")
