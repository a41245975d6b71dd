"""docs/RULES.md names a test for every DOMAIN.md rule; each named test must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "docs" / "RULES.md"
REF = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test_")
    }


def test_every_rule_row_names_at_least_one_test() -> None:
    rows = [
        line for line in RULES.read_text(encoding="utf-8").splitlines() if line.startswith("| ")
    ]
    rule_rows = [r for r in rows if not r.startswith("| rule") and not r.startswith("| ---")]
    assert len(rule_rows) >= 50
    bare = [r for r in rule_rows if not REF.search(r)]
    assert bare == []


def test_every_test_named_in_rules_md_exists() -> None:
    cache: dict[Path, set[str]] = {}
    missing = []
    for file, name in REF.findall(RULES.read_text(encoding="utf-8")):
        path = ROOT / file
        if not path.exists():
            missing.append(f"{file} (no such file)")
            continue
        names = cache.setdefault(path, _test_names(path))
        if name not in names:
            missing.append(f"{file}::{name}")
    assert missing == []
