#!/usr/bin/env python3
"""Start Conference Planner from a source checkout, installing what it needs on first run.

    python3 run.py              open the planner on the bundled GTC 2025 catalog
    python3 run.py test         run the whole test suite (ruff, mypy, then pytest)
    python3 run.py ARGS...      any other arguments go to the `planner` command

The first run makes a virtual environment in .venv and installs the project into it; later
runs reinstall only when pyproject.toml has changed. Standard library only: this file runs
before anything is installed.

Whatever it starts runs as a child that gets the terminal and every stop signal: Ctrl-C and
Ctrl-Z reach the child (run.py hands it the terminal, as a shell does with a job), SIGTERM,
SIGHUP and SIGINT sent to run.py are passed on, run.py exits with the child's status (killed
by a signal, it ends by the same signal), and on Linux the child is told to stop if run.py
itself is killed, so that no planner is left running behind it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
MIN_PYTHON = (3, 11)
FORWARDED = tuple(
    getattr(signal, name)
    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT")
    if hasattr(signal, name)
)


def say(message: str) -> None:
    print(f"run.py: {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    say(message)
    sys.exit(2)


# --- children that get the terminal and the signals -----------------------------------------


def _controlling_terminal() -> int | None:
    """A descriptor of the terminal run.py is in the foreground of, or None."""
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError):
            if os.isatty(fd) and os.tcgetpgrp(fd) == os.getpgrp():
                return fd
    return None


@contextlib.contextmanager
def _ignoring(signum: int) -> Iterator[None]:
    previous = signal.signal(signum, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signum, previous)


def _give_terminal(fd: int | None, group: int) -> None:
    if fd is not None:
        # A process outside the foreground that sets it gets SIGTTOU: that is expected here.
        with contextlib.suppress(OSError), _ignoring(signal.SIGTTOU):
            os.tcsetpgrp(fd, group)


def _stop_with_parent() -> None:
    # Runs in the child before exec: on Linux, ask for SIGTERM should run.py die (even by
    # SIGKILL, which it cannot pass on), so that the planner is never left running orphaned.
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _wait(child: subprocess.Popen[bytes], terminal: int | None) -> int:
    """Wait for the child to end; when Ctrl-Z stops it, stop run.py too, as its job."""
    while True:
        try:
            _, status = os.waitpid(child.pid, os.WUNTRACED)
        except InterruptedError:
            continue
        except ChildProcessError:
            return child.wait()
        if os.WIFSTOPPED(status):
            _give_terminal(terminal, os.getpgrp())
            os.kill(os.getpid(), signal.SIGSTOP)  # the shell sees the job stopped; `fg` goes on
            _give_terminal(terminal, child.pid)
            os.killpg(child.pid, signal.SIGCONT)
            continue
        child.returncode = os.waitstatus_to_exitcode(status)
        return child.returncode


def run_child(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> int:
    """Run ``command`` to its end with the terminal and the stop signals; its status."""
    if os.name != "posix":
        return subprocess.run(command, cwd=cwd, env=env).returncode
    linux = sys.platform.startswith("linux")
    child = subprocess.Popen(
        command, cwd=cwd, env=env, process_group=0,
        preexec_fn=_stop_with_parent if linux else None,
    )  # fmt: skip

    def forward(signum: int, _frame: object) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signum)

    previous = {signum: signal.signal(signum, forward) for signum in FORWARDED}
    terminal = _controlling_terminal()
    _give_terminal(terminal, child.pid)
    try:
        code = _wait(child, terminal)
    finally:
        _give_terminal(terminal, os.getpgrp())
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if code < 0:
        _end_by_signal(-code)
    return code


def _end_by_signal(signum: int) -> None:
    """End run.py by the signal that ended the child, so that its caller sees the same."""
    sys.stdout.flush()
    sys.stderr.flush()
    with contextlib.suppress(OSError, ValueError):
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    sys.exit(128 + signum)  # a signal whose default is not to end the process


# --- the virtual environment -----------------------------------------------------------------


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
    if run_child(command, ROOT) != 0:
        fail("installing the dependencies failed (see pip's message above)")
    (VENV / ".install-stamp").write_text(f"{pyproject_digest()} {','.join(sorted(extras))}")


def ensure(needed: set[str]) -> None:
    have = installed()
    if not needed <= have:
        install(needed | have)


def run_tests(args: list[str]) -> int:
    ensure({"runtime", "test"})
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    folders = ["planner", "tests", "bench", "tools", "packaging", "run.py", "setup.py"]
    lint = run_child([str(BIN / "ruff"), "check", *folders], ROOT, env)
    if lint != 0:
        say("ruff found problems (above)")
        return lint
    types = run_child([str(PYTHON), "-m", "mypy"], ROOT, env)  # [tool.mypy]
    if types != 0:
        say("mypy found problems (above)")
        return types
    return run_child([str(PYTHON), "-m", "pytest", *args], ROOT, env)


def run_app(args: list[str]) -> int:
    ensure({"runtime"})
    return run_child([str(BIN / "planner"), *args], Path.cwd())


def main() -> int:
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        fail(f"Python {wanted} or newer is needed, this is {sys.version.split()[0]}")
    args = sys.argv[1:]
    try:
        if args[:1] == ["test"]:
            return run_tests(args[1:])
        return run_app(args)
    except KeyboardInterrupt:  # Ctrl-C while run.py itself worked (creating .venv)
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
