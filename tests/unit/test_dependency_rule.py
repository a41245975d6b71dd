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


def test_importing_all_of_core_loads_no_qt_and_no_http_client() -> None:
    """The static rule, checked again at run time in a clean interpreter."""
    import subprocess
    import sys

    code = (
        "import importlib, pkgutil, sys, anjungan.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'anjungan.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in "
        "{'PySide6', 'shiboken6', 'requests', 'httpx', 'urllib3', 'fastapi'})\n"
        "print(','.join(bad))\n"
    )
    env = {"PATH": "", "QT_QPA_PLATFORM": "", "DISPLAY": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == ""


def test_unit_tests_cannot_reach_the_network() -> None:
    import socket

    with pytest.raises(AssertionError, match="must not open network"):
        socket.create_connection(("127.0.0.1", 9))
