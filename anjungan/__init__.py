"""Anjungan: software for BPJS Kesehatan service points.

The programs (kiosk, counter, board, server) live in sub-packages; `core` holds what
they share. Dependency rule (DESIGN.md, checked by tests/unit/test_dependency_rule.py):
`core` imports none of the others; `sync`, `printing`, `server` import only `core`;
`kiosk`, `counter`, `board` import `core`, `sync`, `printing` and never each other
(except `board` using the shared touch widgets in `kiosk.ui`).
"""

__version__ = "0.1.0"
