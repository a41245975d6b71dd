"""Which language the kiosk speaks right now, as the installed translator says.

Domain errors carry their sentence in both languages (`AnjunganError.message(lang)`), so a
widget showing one must know the current language. `LanguageSwitch` lives in the
composition root and is not handed to every widget; instead the translation file
translates a marker string to its own language code, so whatever translator is
installed answers the question. No other state, no Qt widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from anjungan.kiosk.ui.i18n import LANGUAGES


def current_language() -> str:
    """``"id"`` while the Indonesian translator is installed, otherwise ``"en"``."""
    # anjungan_id.ts translates this marker "en" to "id"; without a translator the
    # source text comes back unchanged, which is the English the code is written in.
    code = QCoreApplication.translate("UiLanguage", "en")
    return code if code in LANGUAGES else "en"
