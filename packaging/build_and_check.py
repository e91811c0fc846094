#!/usr/bin/env python3
"""Build the wheel and the PyInstaller app, then use each the way a user would.

    python3 packaging/build_and_check.py [--wheel-only] [--keep] [--python PY]

1. The wheel: `python -m build --wheel` on a clean copy of the source tree, installed with pip
   into a fresh virtual environment; `planner --version`, `planner --db TMP sessions --json`
   (the 21 bundled sessions) and the translations must work from there, far from the checkout.
2. The one-folder app (packaging/planner.spec): --version, the bundled catalog, an import of a
   corpus schedule, a bookmark and a calendar export, the Qt platform plugins, the real main
   window opened offscreen by planner-gui-probe, and `planner` with no arguments.

Prints PASS, FAIL or SKIP per check and exits 1 when any check failed. Standard library only;
the build tools come from PY (default: the checkout's .venv, which `pip install -e .[package]`
equips with build and pyinstaller).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
IMPORT_FILE = CORPUS / "schedules" / "voc_pretalx-democon.json"
BUNDLED_SESSIONS = 21
KEYNOTE = "S72484"
# A Traditional-script query for a session whose title is Simplified: needs OpenCC's data.
TRADITIONAL_QUERY, SIMPLIFIED_MATCH = "智能座艙", "S72716"
SPEC = ROOT / "packaging" / "planner.spec"
APP_NAME = "planner"
PROBE_NAME = "planner-gui-probe"
COMMAND_TIMEOUT = 120  # seconds; a hung check is a failed check
BUILD_TIMEOUT = 1800  # building, or pip fetching PySide6 into the fresh venv, takes longer
WINDOW_WAIT = 10.0  # seconds `planner` with no arguments gets to crash before we call it up
# What is checked once the wheel is installed / the app is built, in this order.
WHEEL_CHECKS = ("wheel: planner --version", "wheel: sessions --json", "wheel: translations")
APP_CHECKS = (
    "app: --version",
    "app: sessions",
    "app: import",
    "app: bookmark + export ics",
    "app: Chinese search",
    "app: Qt plugins",
    "app: main window (probe)",
    "app: planner with no arguments",
)
# Left out of the copy that gets built: caches, virtual environments and earlier build output.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    ".hypothesis",
)


class CheckFailed(Exception):
    """A check found the product wrong; the message says what a user would see."""


class CheckSkipped(Exception):
    """A check could not say anything this time; the message says why."""


@dataclass
class Run:
    """What one build-and-check run knows: its scratch folder, results and measurements."""

    python: Path
    scratch: Path
    results: list[tuple[str, str, str]] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    def check(self, name: str, action: Callable[[], str]) -> bool:
        """Run one check, print its verdict line; True when it passed."""
        try:
            status, detail = "PASS", action()
        except CheckSkipped as exc:
            status, detail = "SKIP", str(exc)
        except (CheckFailed, OSError, subprocess.SubprocessError) as exc:
            status, detail = "FAIL", str(exc)
        self.results.append((status, name, detail))
        print(f"{status}  {name}: {detail}", flush=True)
        return status == "PASS"

    def not_run(self, names: list[str], reason: str) -> None:
        for name in names:
            self.results.append(("FAIL", name, f"not run: {reason}"))
            print(f"FAIL  {name}: not run: {reason}", flush=True)

    def failed(self) -> int:
        return sum(1 for status, _, _ in self.results if status == "FAIL")


# --- running things ---------------------------------------------------------------------------


def clean_env(scratch: Path, **extra: str) -> dict[str, str]:
    """The environment for the product under test: nothing from the checkout or the user."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.pop("PLANNER_DB", None)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # the window's settings go here
    env["XDG_DATA_HOME"] = str(scratch / "data-home")
    env.update(extra)
    return env


def run(
    command: list[str | Path], env: dict[str, str], cwd: Path, timeout: int = COMMAND_TIMEOUT
) -> str:
    """Run a command to completion; its stdout, or CheckFailed with the end of its stderr."""
    try:
        done = subprocess.run(
            [str(part) for part in command],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{Path(command[0]).name} took over {timeout} s") from None
    if done.returncode != 0:
        raise CheckFailed(f"exit status {done.returncode}: {last_lines(done.stderr)}")
    return done.stdout


def last_lines(text: str, count: int = 3) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-count:]) or "(no output)"


def folder_size(folder: Path) -> int:
    # PyInstaller links some Qt libraries into place: count each file once, as `du` does.
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def size_text(size: int) -> str:
    return f"{size / 2**10:.0f} KiB" if size < 2**20 else f"{size / 2**20:.1f} MiB"


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


# --- checks shared by the wheel and the frozen app ---------------------------------------------


def expect_version(planner: Path, env: dict[str, str], cwd: Path) -> str:
    out = run([planner, "--version"], env, cwd).strip()
    wanted = f"planner {project_version()}"
    if out != wanted:
        raise CheckFailed(f"printed {out!r}, expected {wanted!r}")
    return out


def expect_bundled_sessions(planner: Path, env: dict[str, str], cwd: Path) -> str:
    db = cwd / f"sessions-{time.monotonic_ns()}.sqlite3"
    rows = json.loads(run([planner, "--db", db, "sessions", "--json"], env, cwd))
    if len(rows) != BUNDLED_SESSIONS:
        raise CheckFailed(f"{len(rows)} sessions listed, expected {BUNDLED_SESSIONS}")
    return f"{len(rows)} sessions from the bundled GTC 2025 catalog"


def project_version() -> str:
    """planner.__version__, read from the source without importing the package."""
    for line in (ROOT / "planner" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise CheckFailed("planner/__init__.py has no __version__")


# --- the wheel -----------------------------------------------------------------------------------


def copy_source(scratch: Path) -> Path:
    """A clean copy of the working tree: no stale build/ output can leak into the wheel."""
    source = scratch / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    return source


def build_wheel(state: Run) -> str:
    source = copy_source(state.scratch)
    out = state.scratch / "wheel"
    env = dict(os.environ)
    run(
        [state.python, "-m", "build", "--wheel", "--outdir", out, source],
        env,
        source,
        BUILD_TIMEOUT,
    )
    wheels = sorted(out.glob("*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"expected one wheel in {out}, found {len(wheels)}")
    state.facts["wheel"] = str(wheels[0])
    state.facts["wheel size"] = f"{wheels[0].name}: {size_text(wheels[0].stat().st_size)}"
    return state.facts["wheel size"]


def install_wheel(state: Run) -> str:
    venv = state.scratch / "venv"
    started = time.monotonic()
    run([state.python, "-m", "venv", venv], dict(os.environ), state.scratch)
    pip = [bin_dir(venv) / "python", "-m", "pip", "install", "--quiet"]
    wheel = state.facts["wheel"]
    run(
        [*pip, "--disable-pip-version-check", wheel], dict(os.environ), state.scratch, BUILD_TIMEOUT
    )
    state.facts["venv"] = str(venv)
    return f"installed into a fresh venv in {time.monotonic() - started:.0f} s"


def installed_translations(state: Run) -> str:
    python = bin_dir(Path(state.facts["venv"])) / "python"
    code = "from planner.gui.i18n import translations_dir; print(translations_dir())"
    env = clean_env(state.scratch)
    said = run([python, "-c", code], env, state.scratch).strip()
    venv, folder = Path(state.facts["venv"]).resolve(), Path(said).resolve()
    if said == "None" or not list(folder.glob("planner_*.qm")):
        raise CheckFailed(f"translations_dir() gave {said}, which holds no planner_*.qm")
    if not folder.is_relative_to(venv):
        raise CheckFailed(f"translations found outside the venv, at {folder}")
    return f"found at {folder.relative_to(venv)}"


def check_wheel(state: Run) -> bool:
    print(f"== the wheel (built with {state.python})", flush=True)
    later = WHEEL_CHECKS
    if not state.check("wheel: build", lambda: build_wheel(state)):
        state.not_run(["wheel: install in a fresh venv", *later], "the wheel did not build")
        return False
    if not state.check("wheel: install in a fresh venv", lambda: install_wheel(state)):
        state.not_run(list(later), "the wheel did not install")
        return False
    planner = bin_dir(Path(state.facts["venv"])) / APP_NAME
    env, cwd = clean_env(state.scratch), state.scratch
    state.check(later[0], lambda: expect_version(planner, env, cwd))
    state.check(later[1], lambda: expect_bundled_sessions(planner, env, cwd))
    state.check(later[2], lambda: installed_translations(state))
    return True


# --- the one-folder app ------------------------------------------------------------------------


def build_app(state: Run) -> str:
    dist, work = state.scratch / "dist", state.scratch / "pyinstaller-work"
    env = dict(os.environ, PLANNER_BUILD_PROBE="1")
    command = [state.python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    started = time.monotonic()
    run([*command, "--distpath", dist, "--workpath", work, SPEC], env, ROOT, BUILD_TIMEOUT)
    seconds = time.monotonic() - started
    folder = dist / APP_NAME
    state.facts["app"] = str(folder)
    state.facts["pyinstaller build time"] = f"{seconds:.0f} s"
    state.facts["app folder size"] = size_text(folder_size(folder))
    return f"{folder} in {seconds:.0f} s, {state.facts['app folder size']}"


def frozen_import(app: Path, env: dict[str, str], cwd: Path, db: Path) -> str:
    if not IMPORT_FILE.is_file():
        raise CheckSkipped(f"{IMPORT_FILE} is missing (the shared corpus sits beside the repo)")
    said = run([app, "--db", db, "import", IMPORT_FILE], env, cwd).strip()
    listed = run([app, "--db", db, "conferences"], env, cwd)
    if "democon" not in listed:
        raise CheckFailed(f"the import said {said!r} but `conferences` does not list democon")
    return said.splitlines()[-1] if said else "imported"


def frozen_export(app: Path, env: dict[str, str], cwd: Path, db: Path) -> str:
    out = cwd / "agenda.ics"
    run([app, "--db", db, "bookmark", KEYNOTE], env, cwd)
    run([app, "--db", db, "export", "ics", out], env, cwd)
    text = out.read_text(encoding="utf-8")
    if not text.startswith("BEGIN:VCALENDAR"):
        raise CheckFailed(f"{out.name} starts with {text[:30]!r}, not BEGIN:VCALENDAR")
    if text.count("BEGIN:VEVENT") != 1:
        raise CheckFailed(f"{out.name} has {text.count('BEGIN:VEVENT')} events, expected 1")
    return f"{out.name} is a calendar with the bookmarked {KEYNOTE}"


def chinese_search(app: Path, env: dict[str, str], cwd: Path, db: Path) -> str:
    command = [app, "--db", db, "sessions", "--search", TRADITIONAL_QUERY, "--json"]
    codes = [row["code"] for row in json.loads(run(command, env, cwd))]
    if SIMPLIFIED_MATCH not in codes:
        raise CheckFailed(f"searching {TRADITIONAL_QUERY} found {codes}, not {SIMPLIFIED_MATCH}")
    return f"{TRADITIONAL_QUERY} finds {SIMPLIFIED_MATCH} (titled in Simplified script)"


def qt_plugins(folder: Path) -> str:
    platforms = sorted(folder.glob("_internal/PySide6/Qt/plugins/platforms/*"))
    names = " ".join(path.name for path in platforms)
    wanted = ["qoffscreen"] + (["qxcb", "qwayland"] if sys.platform.startswith("linux") else [])
    missing = [name for name in wanted if name not in names]
    if missing:
        raise CheckFailed(f"no {', '.join(missing)} platform plugin in {names or 'the app'}")
    return f"{len(platforms)} platform plugins, including {', '.join(wanted)}"


def window_probe(folder: Path, env: dict[str, str], cwd: Path) -> str:
    probe = folder / PROBE_NAME
    out = run([probe, cwd / "window.sqlite3", "2000"], env, cwd)
    windows = [line for line in out.splitlines() if line.startswith("window: MainWindow")]
    if not windows:
        raise CheckFailed(f"no main window showed: {last_lines(out)}")
    return windows[0].removeprefix("window: ")


def window_stays_up(app: Path, env: dict[str, str], cwd: Path) -> str:
    """`planner` with no arguments: no crash within WINDOW_WAIT seconds, then closed by us."""
    command = [str(app), "--db", str(cwd / "no-args.sqlite3")]
    pipe = subprocess.PIPE
    with subprocess.Popen(command, env=env, cwd=cwd, stdout=pipe, stderr=pipe, text=True) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=WINDOW_WAIT)
        except subprocess.TimeoutExpired:
            proc.terminate()  # the window has no way to quit by itself
            proc.communicate(timeout=10)
            return f"window still up after {WINDOW_WAIT:.0f} s, then closed"
    if proc.returncode != 0:
        raise CheckFailed(f"exit status {proc.returncode}: {last_lines(stderr)}")
    if stdout.strip():
        first = stdout.strip().splitlines()[0]
        raise CheckSkipped(f"no window opened; it printed {first!r} and exited 0")
    return "opened and quit by itself with status 0"


def check_app(state: Run) -> bool:
    print(f"== the one-folder app (PyInstaller, run by {state.python})", flush=True)
    later = APP_CHECKS
    if not state.check("app: build", lambda: build_app(state)):
        state.not_run(list(later), "the app did not build")
        return False
    folder = Path(state.facts["app"])
    app, cwd = folder / APP_NAME, state.scratch / "app-run"
    cwd.mkdir()
    env, db = clean_env(state.scratch), cwd / "planner.sqlite3"
    qt_env = clean_env(state.scratch, QT_QPA_PLATFORM="offscreen")
    state.check(later[0], lambda: expect_version(app, env, cwd))
    state.check(later[1], lambda: expect_bundled_sessions(app, env, cwd))
    state.check(later[2], lambda: frozen_import(app, env, cwd, db))
    state.check(later[3], lambda: frozen_export(app, env, cwd, db))
    state.check(later[4], lambda: chinese_search(app, env, cwd, db))
    state.check(later[5], lambda: qt_plugins(folder))
    state.check(later[6], lambda: window_probe(folder, qt_env, cwd))
    state.check(later[7], lambda: window_stays_up(app, qt_env, cwd))
    return True


# --- the command ---------------------------------------------------------------------------------


def default_python() -> Path:
    venv_python = bin_dir(ROOT / ".venv") / ("python.exe" if os.name == "nt" else "python")
    return venv_python if venv_python.exists() else Path(sys.executable)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel-only", action="store_true", help="skip the PyInstaller app")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument(
        "--python", type=Path, default=default_python(), help="the Python with build/pyinstaller"
    )
    return parser.parse_args(argv)


def tools_missing(python: Path, wheel_only: bool) -> list[str]:
    modules = ["build"] + ([] if wheel_only else ["PyInstaller"])
    missing = []
    for module in modules:
        probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
        if probe.returncode != 0:
            missing.append(module)
    return missing


def summary(state: Run) -> None:
    print("== summary", flush=True)
    for name, value in state.facts.items():
        if name not in ("wheel", "venv", "app"):
            print(f"   {name}: {value}")
    counts = {s: sum(1 for r in state.results if r[0] == s) for s in ("PASS", "FAIL", "SKIP")}
    print(f"{counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    missing = tools_missing(args.python, args.wheel_only)
    if missing:
        print(
            f"FAIL  tools: {args.python} lacks {', '.join(missing)}; run: "
            f"{args.python} -m pip install -e '.[package]'",
            file=sys.stderr,
        )
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="planner-package-"))
    state = Run(python=args.python, scratch=scratch)
    try:
        check_wheel(state)
        if not args.wheel_only:
            check_app(state)
        summary(state)
    finally:
        if args.keep:
            print(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 1 if state.failed() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
