"""Pure size rules of the touch kit: orientation, grid columns, key label size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.kiosk.ui.scale import (
    MAX_KEY_FONT_PX,
    MIN_KEY_FONT_PX,
    Orientation,
    grid_columns,
    key_font_px,
    orientation,
)


def test_kiosk_screens_are_portrait_and_landscape() -> None:
    assert orientation(1080, 1920) is Orientation.PORTRAIT
    assert orientation(1920, 1080) is Orientation.LANDSCAPE
    assert orientation(1000, 1000) is Orientation.LANDSCAPE


def test_grid_columns_follow_the_screen() -> None:
    assert grid_columns(1080, 1920) == 2
    assert grid_columns(1920, 1080) == 4
    assert grid_columns(1920, 1080, portrait=1, landscape=3) == 3
    with pytest.raises(ValueError):
        grid_columns(1080, 1920, portrait=0)


@given(st.integers(0, 4000), st.integers(0, 4000))
def test_key_labels_stay_readable_and_inside_bounds(width: int, height: int) -> None:
    px = key_font_px(width, height)
    assert MIN_KEY_FONT_PX <= px <= MAX_KEY_FONT_PX
    assert px <= key_font_px(width + 50, height + 50), "a bigger key never gets smaller text"
