"""Size rules that let the touch kit fit a 1080x1920 portrait or 1920x1080 landscape screen.

Pure arithmetic on pixel sizes: which way the screen is turned, how many columns a grid
of tiles gets, and how big the text on a key is for the key's size. No widgets here, so
the rules are tested without a display.
"""

from __future__ import annotations

from enum import StrEnum

from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX

# Below this a label on a key is hard to read at arm's length for an older participant.
MIN_KEY_FONT_PX = 24
MAX_KEY_FONT_PX = 56


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


def orientation(width: int, height: int) -> Orientation:
    """Portrait when taller than wide; a square counts as landscape."""
    return Orientation.PORTRAIT if height > width else Orientation.LANDSCAPE


def grid_columns(width: int, height: int, *, portrait: int = 2, landscape: int = 4) -> int:
    """Columns for a grid of tiles on a ``width`` x ``height`` area."""
    if portrait < 1 or landscape < 1:
        raise ValueError("a grid needs at least one column")
    return portrait if orientation(width, height) is Orientation.PORTRAIT else landscape


def key_font_px(key_width: int, key_height: int) -> int:
    """Label size for a key: about 40% of its smaller side, within readable bounds."""
    side = max(min(key_width, key_height), MIN_TOUCH_PX)
    return max(MIN_KEY_FONT_PX, min(MAX_KEY_FONT_PX, round(side * 0.4)))
