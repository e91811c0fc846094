"""The shipped translations are complete: every string of the window has its Chinese forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET

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
