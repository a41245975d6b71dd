"""Suite-wide settings: Qt runs offscreen; Qt warnings fail tests (see pyproject)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
