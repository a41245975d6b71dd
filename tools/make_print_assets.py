"""Make the files printing needs under anjungan/assets/: fonts and the receipt logo.

Fonts: copies DejaVu Sans (PDF text, embedded by reportlab) and DejaVu Sans Mono (the
thermal preview's stand-in for the printer's font A) from the system's fonts-dejavu
package, with its licence (Bitstream Vera licence + public-domain DejaVu changes: free to
redistribute, see DejaVu-LICENSE.txt). Logo: a one-bit emblem drawn with Pillow, 320x72
dots before trimming, so it fits a 58 mm roll (384 dots) with a margin. Run once after a change:

    .venv/bin/python tools/make_print_assets.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "anjungan" / "assets"
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
SYSTEM_LICENSE = Path("/usr/share/doc/fonts-dejavu-core/copyright")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf")

LOGO_SIZE = (320, 72)


def copy_fonts() -> None:
    target = ASSETS / "fonts"
    target.mkdir(parents=True, exist_ok=True)
    for name in FONTS:
        source = SYSTEM_FONTS / name
        if not source.exists():
            sys.exit(f"{source} is missing: install the fonts-dejavu-core package")
        shutil.copyfile(source, target / name)
    shutil.copyfile(SYSTEM_LICENSE, target / "DejaVu-LICENSE.txt")


def draw_logo() -> Image.Image:
    """A round emblem with a health cross, then the kiosk's name: black on white, 1 bit."""
    width, height = LOGO_SIZE
    scale = 4  # draw large and shrink, for smooth curves before thresholding
    big = Image.new("L", (width * scale, height * scale), 255)
    draw = ImageDraw.Draw(big)
    r = (height * scale) // 2 - 2 * scale
    cx, cy = r + 2 * scale, (height * scale) // 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=0)
    inner = r - 5 * scale
    draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), fill=255)
    arm, thick = inner * 7 // 10, inner * 3 // 10
    draw.rectangle((cx - arm, cy - thick, cx + arm, cy + thick), fill=0)
    draw.rectangle((cx - thick, cy - arm, cx + thick, cy + arm), fill=0)

    bold = ImageFont.truetype(str(ASSETS / "fonts" / "DejaVuSans-Bold.ttf"), 30 * scale)
    regular = ImageFont.truetype(str(ASSETS / "fonts" / "DejaVuSans.ttf"), 14 * scale)
    text_x = cx + r + 10 * scale
    draw.text((text_x, 6 * scale), "AMAN JKN", font=bold, fill=0)
    draw.text((text_x, 46 * scale), "Anjungan Mandiri JKN", font=regular, fill=0)
    small = big.resize(LOGO_SIZE, Image.Resampling.LANCZOS)
    mono = small.point(lambda v: 255 if v > 140 else 0)
    # Trim the blank right-hand side so that centring on the roll centres what is drawn.
    box = mono.point(lambda v: 255 - v).getbbox() or (0, 0, width, height)
    return mono.crop((0, 0, min(width, box[2] + 2), height)).convert("1")


def main() -> None:
    copy_fonts()
    out = ASSETS / "printing"
    out.mkdir(parents=True, exist_ok=True)
    draw_logo().save(out / "logo.png", optimize=True)
    print(f"wrote {ASSETS / 'fonts'} and {out / 'logo.png'}")


if __name__ == "__main__":
    main()
