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


def entry_text(layout: str, title: str) -> str:
    """The lines of the entry titled ``title`` in ``pdftotext -layout`` text, as one string."""
    lines = layout.splitlines()
    start = next(n for n, line in enumerate(lines) if title in line)
    end = next((n for n in range(start + 1, len(lines)) if not lines[n].strip()), len(lines))
    return flat("\n".join(lines[start - 1 : end]))  # from the line above: a time can sit there


@pytest.fixture()
def tinyconf_pocket(db_path, tmp_path, fixtures, capsys) -> Path:
    """TinyConf's Saturday on A6: more picks than one page holds, an alternative, a clash."""
    cli = ["--db", str(db_path)]
    assert main([*cli, "import", str(fixtures / "frab" / "tinyconf-2025.xml")]) == 0
    picks = ["1001", "1002", "1004", "1003", "1007#1", "1008", "1009", "1010"]
    assert main([*cli, "bookmark", *picks, "--priority", "4"]) == 0
    assert main([*cli, "bookmark", "1005", "--state", "alternative"]) == 0
    assert main([*cli, "bookmark", "1006", "--state", "watch-later"]) == 0
    capsys.readouterr()
    out = tmp_path / "pocket.pdf"
    done = planner_command(db_path, "export", "pdf", str(out), "--page", "a6")
    assert done.returncode == 0, done.stderr
    return out


def test_alternatives_are_marked_as_watch_later_is(tinyconf_pocket):
    layout = text_of(tinyconf_pocket, "-layout")
    assert "alternative" in entry_text(layout, "Frustrated with YAML? Try KDL")
    assert "watch later" in entry_text(layout, "Memory safety without garbage collection")
    attending = entry_text(layout, "Trusted boot for everyone")
    assert "alternative" not in attending and "watch later" not in attending


def test_a_clash_says_what_it_clashes_with(tinyconf_pocket):
    layout = text_of(tinyconf_pocket, "-layout")
    assert "CLASH with 1004" in entry_text(layout, "Rust in the Linux kernel: two years on")
    assert "CLASH with 1002" in entry_text(layout, "Writing a Rust compiler backend")
    assert "CLASH" not in entry_text(layout, "Frustrated with YAML? Try KDL")  # an alternative


def test_a_page_that_goes_on_with_a_day_repeats_its_heading(tinyconf_pocket):
    first = text_of(tinyconf_pocket, "-f", "1", "-l", "1")
    second = text_of(tinyconf_pocket, "-f", "2", "-l", "2")
    assert "Saturday 1 February 2025" in first and "(continued)" not in first
    # Saturday's late BoF starts page 2, under Saturday's heading again.
    assert second.index("Saturday 1 February 2025 (continued)") < second.index("Night owls BoF")
    assert "Sunday 2 February 2025 (continued)" not in second  # a day begun on its page


def test_a_session_past_midnight_is_marked_plus_one(db_path, tmp_path, fixtures, capsys):
    cli = ["--db", str(db_path)]
    scrape = str(fixtures / "gtc" / "catalog-scrape.csv")
    assert main([*cli, "import", scrape, "--date", "2025-03-18"]) == 0
    assert main([*cli, "bookmark", "S90004", "S90001"]) == 0  # 23:30-00:10, and 10:00-12:00
    capsys.readouterr()
    out = tmp_path / "night.pdf"
    assert planner_command(db_path, "export", "pdf", str(out)).returncode == 0
    layout = text_of(out, "-layout")
    assert re.search(r"23:30\s.*\n.*– 00:10\s.*\n\s*\(\+1\)", layout), layout
    assert "(+1)" not in entry_text(layout, "Opening Keynote")
