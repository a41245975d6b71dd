"""Guard against Qt bindings that leak or drop references on ordinary calls.

PySide6 6.12.0 drops one reference to ``None`` on every call of a Qt method returning
nothing; on Python 3.11 the interpreter aborts ("none_dealloc") after a few thousand,
which a kiosk reaches within a day. pyproject pins below it; this test keeps it so.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1_000):
        label.setText("x")
        label.setVisible(False)
    # Other threads may touch None meanwhile; a real leak or drop shows as ~2,000.
    assert abs(sys.getrefcount(None) - before) < 100
