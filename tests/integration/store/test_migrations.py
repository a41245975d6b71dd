"""The Alembic migrations: they build exactly the models' schema, run down and up again,
leave foreign keys enforced, and work from the developers' `alembic` command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    downgrade,
    head_revision,
    upgrade,
)
from anjungan.core.store.models import Base

REPO_ROOT = Path(__file__).resolve().parents[3]


def _schema_diff(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_migrated_schema_matches_the_models(store: Store) -> None:
    assert _schema_diff(store) == []


def test_the_diff_check_detects_a_schema_that_lags_the_models(tmp_path: Path) -> None:
    with open_store(tmp_path / "old.sqlite3", migrate=False) as store:
        upgrade(store.engine, "0001")
        diff = _schema_diff(store)
    # ("add_column", schema, table, column)
    assert [(op[0], op[2], op[3].name) for op in diff] == [
        ("add_column", "outbox", "resubmitted_as")
    ]


def test_upgrade_head_downgrade_base_upgrade_head(tmp_path: Path) -> None:
    with open_store(tmp_path / "cycle.sqlite3") as store:
        downgrade(store.engine, "base")
        assert inspect(store.engine).get_table_names() == ["alembic_version"]
        assert store.revision() is None

        upgrade(store.engine)
        assert store.revision() == head_revision()
        assert _schema_diff(store) == []


def test_every_revision_downgrades_one_step_and_back(store: Store) -> None:
    revisions = [
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    ]
    for revision in revisions:
        downgrade(store.engine, "-1")
        upgrade(store.engine, revision)
        assert store.revision() == revision


def test_revisions_form_one_line_with_one_head() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [head_revision()]
    assert [s.revision for s in scripts.walk_revisions()][-1] == "0001"


def test_foreign_keys_are_enforced_again_after_a_migration(store: Store) -> None:
    downgrade(store.engine, "0001")
    upgrade(store.engine)
    # The pool hands back the connection the migration used with keys switched off.
    with store.engine.connect() as first, store.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_folder_is_found_next_to_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()


def test_alembic_command_line_upgrades_a_database_given_by_url(tmp_path: Path) -> None:
    db = tmp_path / "dev.sqlite3"
    ini = REPO_ROOT / "anjungan" / "core" / "store" / "alembic.ini"
    command = [sys.executable, "-m", "alembic", "-c", str(ini), "-x", f"url=sqlite:///{db}"]
    result = subprocess.run(
        [*command, "upgrade", "head"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with open_store(db, migrate=False) as store:
        assert store.revision() == head_revision()
        assert _schema_diff(store) == []
