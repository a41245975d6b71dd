"""Refresh the translation files: lupdate the sources into the .ts, lrelease to .qm.

Run by `make i18n`. Translators edit `anjungan/assets/i18n/anjungan_id.ts` (Qt Linguist
or any editor); source strings in the code are English.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "anjungan" / "assets" / "i18n" / "anjungan_id.ts"
GUI_PACKAGES = ("kiosk", "counter", "board")


def sources() -> list[str]:
    files: list[Path] = []
    for package in GUI_PACKAGES:
        files += (ROOT / "anjungan" / package).rglob("*.py")
    return sorted(str(f.relative_to(ROOT)) for f in files)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def lupdate(ts: Path) -> None:
    cmd = [
        tool("lupdate"),
        *sources(),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        "id",
        "-ts",
        str(ts),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


if __name__ == "__main__":
    lupdate(TS)
    lrelease(TS, TS.with_suffix(".qm"))
