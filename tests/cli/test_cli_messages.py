"""What the command line says when a user's first tries miss: a day, a track, a conference id
typed in another case, a code that lands in another conference; and counts said in words.

Run on the project's own fixtures (TinyConf 2025 beside the bundled GTC catalog).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture()
def tinyconf_db(db_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The bundled GTC catalog, then TinyConf 2025 imported (so TinyConf is current)."""
    code, _, err = run(db_path, capsys, "import", str(fixtures / "frab" / "tinyconf-2025.xml"))
    assert code == 0, err
    return db_path


# --- point 5: a day the conference does not have -------------------------------------------------


def test_a_day_without_sessions_says_the_days_there_are(tinyconf_db, capsys):
    code, out, err = run(tinyconf_db, capsys, "sessions", "--day", "2025-02-05")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "TinyConf 2025: 0 sessions (times in Europe/Brussels)",
        "(TinyConf 2025 has no session on Wed 5 Feb; its days are 2025-02-01, 2025-02-02: "
        "--day 2025-02-01 looks at the first)",
    ]


def test_a_day_with_sessions_that_other_options_leave_out_says_nothing_more(tinyconf_db, capsys):
    code, out, _ = run(tinyconf_db, capsys, "sessions", "--day", "2025-02-02", "--room", "Depage",
                       "--search", "keynote")  # fmt: skip
    assert code == 0
    assert out.splitlines() == ["TinyConf 2025: 0 sessions (times in Europe/Brussels)"]


@pytest.mark.parametrize("conference", ["tinyconf-2025", "gtc2025"])
def test_a_bad_date_asks_for_the_format_not_another_conferences_date(
    tinyconf_db, capsys, conference
):
    code, out, err = run(tinyconf_db, capsys, "--conference", conference, "sessions", "--day",
                         "2025-2-5")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.endswith("argument --day: '2025-2-5' is not a date: give it as YYYY-MM-DD\n")
    assert "2025-03-18" not in err
