"""Packaged files: style sheets, translations (.ts/.qm), sounds, icons, demo data.

No code beyond `path()`, which locates a file shipped here.
"""

from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Return the path of a packaged asset, e.g. ``path("i18n", "anjungan_en.qm")``."""
    return _ROOT.joinpath(*parts)
