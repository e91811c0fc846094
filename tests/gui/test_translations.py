"""The shipped translations are complete: every string of the window has its Chinese forms."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner.gui.i18n import translations_dir

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_no_string_is_left_untranslated(language):
    folder = translations_dir()
    assert folder is not None
    root = ET.parse(folder / f"planner_{language}.ts").getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_counted_strings_have_plural_forms(language):
    """A '%n ...(s)' string must be a plural message, or English shows '1 event(s)'."""
    folder = translations_dir()
    root = ET.parse(folder / f"planner_{language}.ts").getroot()
    messages = {m.findtext("source"): m for m in root.iter("message")}
    for source, message in messages.items():
        if "%n" in source and "(s)" in source:
            assert message.get("numerus") == "yes", source
    if language == "en":
        assert "Bookmark %n session(s)" in messages


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext(
            "translation"
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_translation_files_hold_every_string_the_window_shows(tmp_path):
    """A new tr() string with no .ts entry would show in English to every Chinese reader."""
    folder = translations_dir()
    tool = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for ts in folder.glob("planner_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    for updated in module.update_all(tmp_path):
        assert _messages(updated) == _messages(folder / updated.name), updated.name
