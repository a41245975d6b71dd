"""Info JKN pages show participants the regulations they can look up, not our files."""

from __future__ import annotations

from anjungan.core.info import load_info
from anjungan.kiosk.screens.info import public_sources


def test_internal_references_are_not_shown_to_participants() -> None:
    shown = public_sources(
        ("seed 001_68780b126929f050.txt: tabel iuran; Perpres 64/2020", "DOMAIN.md: Segments")
    )
    assert shown == ["Perpres 64/2020"]


def test_no_page_shows_a_seed_or_a_file_name() -> None:
    for lang in ("id", "en"):
        for page in load_info(lang):
            for part in public_sources(page.sources):
                assert "seed" not in part and ".toml" not in part and ".md" not in part
