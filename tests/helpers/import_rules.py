"""The dependency rule of DESIGN.md as data, and an AST walk that checks a source tree.

Kept apart from the test so that the test can also prove the checker fails on a tree
that breaks the rule.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Which Anjungan packages each package may import (besides itself).
ALLOWED: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "sync": frozenset({"core"}),
    "printing": frozenset({"core", "assets"}),
    # The server renders report PDFs; printing is Qt-free and imports only core.
    "server": frozenset({"core", "assets", "printing"}),
    "kiosk": frozenset({"core", "sync", "printing", "assets"}),
    "counter": frozenset({"core", "sync", "printing", "assets", "kiosk.ui"}),
    "board": frozenset({"core", "sync", "printing", "assets", "kiosk.ui"}),
    "assets": frozenset(),
}

# Third-party modules a package must never import.
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
HTTP = ("requests", "httpx", "urllib3", "aiohttp", "http.client", "urllib.request")
WEB = ("fastapi", "starlette", "uvicorn")
FORBIDDEN_THIRD_PARTY: dict[str, tuple[str, ...]] = {
    "core": QT + HTTP + WEB + ("escpos", "reportlab"),
    "sync": QT + WEB,
    "printing": QT + HTTP + WEB,
    "server": QT + HTTP,
}
# Modules allowed to break FORBIDDEN_THIRD_PARTY on purpose (relative to anjungan/).
EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "sync/qt_bridge.py": QT,  # the one small bridge from sync progress to Qt signals
}
# GUI programs never touch SQLAlchemy; only their composition root (app.py) opens a store.
GUI_PACKAGES = ("kiosk", "counter", "board")


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    why: str

    def __str__(self) -> str:
        return f"anjungan/{self.module}:{self.line} imports {self.imported}: {self.why}"


def _imports(tree: ast.AST, package_parts: list[str]) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                name = ".".join(["anjungan", *base[1:]] if base else ["anjungan"])
                target = f"{name}.{node.module}" if node.module else name
                yield node.lineno, target
                if not node.module:
                    for alias in node.names:
                        yield node.lineno, f"{name}.{alias.name}"
            elif node.module:
                yield node.lineno, node.module
                for alias in node.names:
                    yield node.lineno, f"{node.module}.{alias.name}"


def _owner(imported: str) -> str | None:
    """'anjungan.kiosk.ui.buttons' -> 'kiosk.ui'; 'anjungan.core.x' -> 'core'."""
    parts = imported.split(".")
    if parts[0] != "anjungan" or len(parts) < 2:
        return None
    if parts[1] == "kiosk" and len(parts) > 2 and parts[2] == "ui":
        return "kiosk.ui"
    return parts[1]


def _allowed(pkg: str, owner: str) -> bool:
    top = owner.split(".", maxsplit=1)[0]
    if top == pkg:
        return True
    allowed = ALLOWED.get(pkg, frozenset())
    return owner in allowed or top in allowed


def _matches(imported: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        if imported == name or imported.startswith(name + "."):
            return name
    return None


def check_tree(root: Path) -> list[Violation]:
    """Check every module below ``root`` (the ``anjungan`` package directory)."""
    violations: list[Violation] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        parts = list(rel.with_suffix("").parts)
        if len(parts) < 2:
            continue  # top-level modules (cli.py) are the composition root
        pkg = parts[0]
        if pkg not in ALLOWED:
            continue
        # The package a module's relative imports resolve against (same for __init__).
        pkg_parts = ["anjungan", *parts[:-1]]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relpath = rel.as_posix()
        for line, imported in _imports(tree, pkg_parts):
            owner = _owner(imported)
            if owner is not None and owner != "anjungan" and not _allowed(pkg, owner):
                if owner in ALLOWED or owner.split(".")[0] in ALLOWED:
                    violations.append(
                        Violation(relpath, line, imported, f"{pkg} may not import {owner}")
                    )
                continue
            hit = _matches(imported, FORBIDDEN_THIRD_PARTY.get(pkg, ()))
            if hit and hit not in EXCEPTIONS.get(relpath, ()):
                violations.append(Violation(relpath, line, imported, f"{pkg} must not use {hit}"))
            if pkg in GUI_PACKAGES:
                if _matches(imported, ("sqlalchemy",)):
                    violations.append(
                        Violation(
                            relpath, line, imported, "screens call services, never SQLAlchemy"
                        )
                    )
                if _matches(imported, ("anjungan.core.store",)) and parts[-1] != "app":
                    violations.append(
                        Violation(
                            relpath, line, imported, "only a program's app.py may open the store"
                        )
                    )
    return violations
