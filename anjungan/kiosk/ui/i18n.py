"""Language switching for every Qt program: Bahasa Indonesia first, English on request.

Source strings in the code are English; `assets/i18n/anjungan_id.ts` (compiled to .qm)
carries the Indonesian. Switching installs or removes the translator, and Qt sends a
LanguageChange event that each view answers by re-setting its texts (`retranslate`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from anjungan import assets

LANGUAGES = ("id", "en")


class LanguageSwitch:
    """Owns the one translator of the application; tests and programs share the class."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator = QTranslator()
        self._installed = False
        self.language = "en"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language == self.language:
            return
        if self._installed:
            self._app.removeTranslator(self._translator)
            self._installed = False
        if language == "id":
            qm = assets.path("i18n", "anjungan_id.qm")
            if not self._translator.load(str(qm)):
                raise FileNotFoundError(f"translation file missing: {qm}")
            self._app.installTranslator(self._translator)
            self._installed = True
        self.language = language
