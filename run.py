#!/usr/bin/env python3
"""Start Conference Planner from a source checkout, installing what it needs on first run.

    python3 run.py              open the planner on the bundled GTC 2025 catalog
    python3 run.py test         run the whole test suite (ruff, mypy, then pytest)
    python3 run.py ARGS...      any other arguments go to the `planner` command

The first run makes a virtual environment in .venv and installs the project into it; later
runs reinstall only when pyproject.toml has changed. Standard library only: this file runs
before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
MIN_PYTHON = (3, 11)


def say(message: str) -> None:
    print(f"run.py: {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    say(message)
    sys.exit(2)


def pyproject_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def installed() -> set[str]:
    """What .venv holds: {"runtime"} or {"runtime", "test"}; empty when stale or missing."""
    try:
        digest, extras = (VENV / ".install-stamp").read_text().split(" ", 1)
    except (OSError, ValueError):
        return set()
    if digest != pyproject_digest() or not PYTHON.exists():
        return set()
    return set(extras.strip().split(","))


def make_venv() -> None:
    say("first run: creating .venv (a private Python environment for the planner)")
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as exc:
        fail(
            f"could not create {VENV} ({exc}). On Debian or Ubuntu install the venv module "
            "first: sudo apt install python3-venv"
        )


def install(extras: set[str]) -> None:
    if not PYTHON.exists():
        make_venv()
    optional = sorted(extras - {"runtime"})
    spec = f".[{','.join(optional)}]" if optional else "."
    say(f"installing the planner and its dependencies into .venv ({spec}); this takes a minute")
    command = [
        str(PYTHON),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-e",
        spec,
    ]
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        fail("installing the dependencies failed (see pip's message above)")
    (VENV / ".install-stamp").write_text(f"{pyproject_digest()} {','.join(sorted(extras))}")


def ensure(needed: set[str]) -> None:
    have = installed()
    if not needed <= have:
        install(needed | have)


def run_tests(args: list[str]) -> int:
    ensure({"runtime", "test"})
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    lint = subprocess.run(
        [
            str(BIN / "ruff"),
            "check",
            "planner",
            "tests",
            "bench",
            "tools",
            "packaging",
            "run.py",
            "setup.py",
        ],
        cwd=ROOT,
        env=env,
    )
    if lint.returncode != 0:
        say("ruff found problems (above)")
        return lint.returncode
    types = subprocess.run([str(PYTHON), "-m", "mypy"], cwd=ROOT, env=env)  # [tool.mypy]
    if types.returncode != 0:
        say("mypy found problems (above)")
        return types.returncode
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def run_app(args: list[str]) -> int:
    ensure({"runtime"})
    return subprocess.run([str(BIN / "planner"), *args], cwd=Path.cwd()).returncode


def main() -> int:
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        fail(f"Python {wanted} or newer is needed, this is {sys.version.split()[0]}")
    args = sys.argv[1:]
    if args[:1] == ["test"]:
        return run_tests(args[1:])
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
