"""`planner export pdf`: the pocket agenda read back with poppler (pdftotext, pdffonts, pdfinfo).

The command runs in a process of its own with no display, as on a server or in a script: it
must start Qt without one (and the test process must not get a QGuiApplication of its own).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.cli import main
from planner.core.model import PickState
from planner.services.planner import Planner

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return True  # not fontconfig's platform: let the tests say what they find
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True)
    return bool(found.stdout.strip())


pytestmark = [
    pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) not installed"),
    pytest.mark.skipif(not _cjk_font(), reason="no CJK font installed (fonts-noto-cjk)"),
]

PICKS = ("S72484", "S72643", "S71942", "S74412")


def planner_command(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                           "QT_QPA_PLATFORM")}  # fmt: skip
    command = [sys.executable, "-m", "planner", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def text_of(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def flat(text: str) -> str:
    """pdftotext's text with line breaks as spaces (a long title wraps in its column)."""
    return " ".join(text.split())


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert found, info
    return float(found.group(1)), float(found.group(2))


@pytest.fixture()
def agenda_pdf(db_path, tmp_path, capsys) -> Path:
    assert main(["--db", str(db_path), "bookmark", *PICKS, "S74181", "--priority", "4"]) == 0
    note = ["--note", "前排座位 by the aisle"]
    assert main(["--db", str(db_path), "bookmark", "S72484", *note]) == 0
    with Planner(db_path) as planner:
        planner.set_states({"gtc2025/S71942": PickState.WATCH_LATER})
    capsys.readouterr()
    out = tmp_path / "agenda.pdf"
    done = planner_command(db_path, "export", "pdf", str(out))
    assert done.returncode == 0, done.stderr
    assert "5 pick(s)" in done.stdout
    return out


def test_every_pick_has_its_title_time_and_room_in_the_text(agenda_pdf, db_path):
    text = flat(text_of(agenda_pdf))
    squeezed = text.replace(" ", "")  # a wrapped CJK title gains or loses spaces at the break
    with Planner(db_path) as planner:
        views = planner.agenda()
    zone = ZoneInfo("America/Los_Angeles")
    for view in views:
        s = view.session
        assert s.title.replace(" ", "") in squeezed, s.title
        if s.start is not None:
            when = f"{s.start.astimezone(zone):%H:%M} – {s.end.astimezone(zone):%H:%M}"
            assert when in text and (s.room or "") in text, (s.title, when, s.room)
    assert "10:00 – 12:00" in text and "SAP Center" in text  # the keynote, as published
    assert any(any(0x4E00 <= ord(c) <= 0x9FFF for c in v.session.title) for v in views)
    assert "前排座位 by the aisle" in text
    assert "watch later" in text and "★★★★☆" in text
    assert "assumed" in text  # the two simulive talks' times are assumed
    assert "No time yet" in text  # S74181 has no time: listed, not dropped
    assert "Times in PDT (America/Los_Angeles)" in text


def test_chinese_text_is_the_characters_themselves_not_lookalikes(agenda_pdf):
    text = text_of(agenda_pdf)
    # Qt's PDF writer names 用 and 一 by their Kangxi radical twins (⽤, ⼀); mended on writing.
    assert "使用投机采样" in text
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)
    assert text == unicodedata.normalize("NFC", text)


def test_fonts_are_embedded(agenda_pdf):
    lines = subprocess.run(["pdffonts", str(agenda_pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]  # fmt: skip
    assert lines, "no fonts at all"
    assert all(line.split()[-5] == "yes" for line in lines), lines  # the "emb" column
    assert any("CJK" in line for line in lines)


def test_page_sizes_and_the_whole_catalog(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "bookmark", "S72484"])
    capsys.readouterr()
    pocket = tmp_path / "pocket.pdf"
    assert planner_command(db_path, "export", "pdf", str(pocket), "--page", "a6").returncode == 0
    assert page_size(pocket) == pytest.approx((297.6, 419.5), abs=1)  # A6, in points
    everything = tmp_path / "all.pdf"
    done = planner_command(db_path, "export", "pdf", str(everything), "--all", "--page", "letter")
    assert done.returncode == 0 and "21 session(s)" in done.stdout
    assert page_size(everything) == pytest.approx((612, 792), abs=1)
    assert "All sessions" in text_of(everything)


def test_clashes_are_marked(db_path, tmp_path, capsys):
    main(["--db", str(db_path), "bookmark", "S71942", "S72643"])  # they overlap
    capsys.readouterr()
    out = tmp_path / "clash.pdf"
    assert planner_command(db_path, "export", "pdf", str(out)).returncode == 0
    assert flat(text_of(out)).count("CLASH") == 2


def test_an_unwritable_path_is_one_line_and_exit_2(db_path, tmp_path):
    done = planner_command(db_path, "export", "pdf", str(tmp_path / "no" / "such" / "x.pdf"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "x.pdf" in done.stderr and "Traceback" not in done.stderr
