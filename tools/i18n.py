"""Refresh the translation files: lupdate the sources into the .ts, lrelease to .qm.

Run by `make i18n`. Translators edit `anjungan/assets/i18n/anjungan_id.ts` (Qt Linguist
or any editor); source strings in the code are English.

``python tools/i18n.py --fill FILE.json ...`` also fills translations from JSON files
(a list of ``{"context": ..., "source": ..., "translation": ...}``; context ``"*"``
matches any) after the refresh: several people adding screens at once each keep their
own file and re-apply it, so one refresh never loses another's work.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def fill(ts: Path, files: list[Path]) -> int:
    """Put the translations of ``files`` into ``ts``; returns how many were set."""
    wanted: dict[tuple[str, str], str] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry["translation"]
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = wanted.get((name, source), wanted.get(("*", source)))
            translation = message.find("translation")
            if text is None or translation is None or message.get("numerus") == "yes":
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    lupdate(TS)
    if "--fill" in sys.argv:
        paths = [Path(arg) for arg in sys.argv[sys.argv.index("--fill") + 1 :]]
        print(f"filled {fill(TS, paths)} translations")
        lupdate(TS)  # back to lupdate's own layout
    lrelease(TS, TS.with_suffix(".qm"))
