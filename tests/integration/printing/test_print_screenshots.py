"""tools/print_screenshots.py writes a picture of every thermal document on both rolls."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from anjungan.printing.layout import PAPERS
from tools.print_screenshots import MARGIN, THERMAL, write_thermal


def test_screenshot_script_writes_every_thermal_document_on_both_rolls(tmp_path: Path) -> None:
    written = write_thermal(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        f"print-{name}-{paper}.png" for name in THERMAL for paper in PAPERS
    )
    for path in written:
        paper = PAPERS[path.stem.rsplit("-", 1)[1]]
        with Image.open(path) as image:
            assert image.width == paper.dots + 2 * MARGIN
            # the paper is white inside the grey table
            assert image.convert("L").getpixel((MARGIN + 1, MARGIN + 1)) == 255
            assert image.convert("L").getpixel((1, 1)) != 255
