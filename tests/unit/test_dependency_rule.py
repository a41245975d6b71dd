"""The dependency rule of DESIGN.md holds for the real tree, and the checker can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

import anjungan
from tests.helpers.import_rules import check_tree

ROOT = Path(anjungan.__file__).resolve().parent


def test_source_tree_follows_the_dependency_rule() -> None:
    violations = check_tree(ROOT)
    assert not violations, "\n".join(map(str, violations))


def test_every_package_has_a_docstring_saying_what_it_owns() -> None:
    missing = []
    for init in ROOT.rglob("__init__.py"):
        if "migrations" in init.parts:
            continue
        text = init.read_text(encoding="utf-8").lstrip()
        if not text.startswith('"""'):
            missing.append(str(init.relative_to(ROOT)))
    assert not missing, missing


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "anjungan"
    for name, body in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("module", "body", "why"),
    [
        ("core/domain/bad.py", "from PySide6.QtCore import QObject\n", "core must not use PySide6"),
        ("core/bad.py", "import requests\n", "core must not use requests"),
        ("core/bad.py", "from anjungan.sync import client\n", "core may not import sync"),
        ("core/store/bad.py", "from ...kiosk import app\n", "core may not import kiosk"),
        ("sync/bad.py", "from anjungan.printing import escpos\n", "sync may not import printing"),
        (
            "kiosk/screens/bad.py",
            "from anjungan.counter import app\n",
            "kiosk may not import counter",
        ),
        ("board/bad.py", "from anjungan.kiosk.screens import home\n", "board may not import kiosk"),
        ("kiosk/screens/bad.py", "from sqlalchemy import select\n", "never SQLAlchemy"),
        ("counter/screens.py", "from anjungan.core.store import uow\n", "only a program's app.py"),
        ("printing/bad.py", "from PySide6 import QtGui\n", "printing must not use PySide6"),
    ],
)
def test_checker_reports_a_broken_rule(tmp_path: Path, module: str, body: str, why: str) -> None:
    root = _tree(tmp_path, {module: body})
    violations = check_tree(root)
    assert any(why in v.why for v in violations), violations


def test_checker_accepts_allowed_imports(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "board/view.py": (
                "from anjungan.kiosk.ui import buttons\nfrom anjungan.core import clock\n"
            ),
            "counter/app.py": "from anjungan.core.store import engine\n",
            "sync/qt_bridge.py": "from PySide6.QtCore import Signal\n",
            "core/domain/x.py": "from . import money\nfrom ..clock import Clock\nimport holidays\n",
        },
    )
    assert check_tree(root) == []
