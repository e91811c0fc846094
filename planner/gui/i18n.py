"""Choosing and installing the interface language from the system locale.

Simplified Chinese, Traditional Chinese and English are shipped as Qt .qm files in
resources/translations (found beside the package in a source checkout, or inside it when
installed, the way planner/formats/gtc_bundle.py finds data/).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOG = "planner"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
ENGLISH = "en"
_TRADITIONAL_REGIONS = {QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao}


def translations_dir() -> Path | None:
    """resources/translations in a source checkout, or the copy installed in the package."""
    package = Path(__file__).resolve().parent.parent
    for base in (package.parent, package):
        candidate = base / "resources" / "translations"
        if candidate.is_dir():
            return candidate
    return None


def language_for(locale: QLocale) -> str:
    """The shipped language for a locale: zh_TW/zh_HK (or Hant script) get Traditional."""
    if locale.language() is not QLocale.Language.Chinese:
        return ENGLISH
    if locale.script() is QLocale.Script.TraditionalChineseScript:
        return TRADITIONAL
    if locale.script() is QLocale.Script.SimplifiedChineseScript:
        return SIMPLIFIED
    return TRADITIONAL if locale.territory() in _TRADITIONAL_REGIONS else SIMPLIFIED


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return None
    app.installTranslator(translator)
    return translator


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> str:
    """Install the planner's and Qt's own translations; returns the language chosen."""
    language = language_for(locale or QLocale.system())
    folder = translations_dir()
    if folder is not None:
        _load(app, f"{CATALOG}_{language}", str(folder))
    # Qt's own strings (standard dialog buttons, text edit context menus).
    _load(app, f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return language
