"""The files that make the planner a desktop program, and what the wheel carries.

The freedesktop validators (desktop-file-validate, appstreamcli, update-mime-database, gio)
run when they are installed (apt-get install desktop-file-utils appstream shared-mime-info
libglib2.0-bin) and are skipped, saying so, when they are not. The wheel test builds a real
wheel and is marked slow.
"""

from __future__ import annotations

import configparser
import fnmatch
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree

from planner import __version__
from planner.core.model import PickState
from planner.formats.agenda_file import AgendaEntry, AgendaFile, dump_agenda

REPO = Path(__file__).resolve().parent.parent.parent
APP_ID = "io.github.conference_planner.Planner"
LINUX = REPO / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
ICON = REPO / "resources" / "icons" / f"{APP_ID}.svg"
AGENDA_TYPE = "application/x-conference-planner-agenda"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SVG_NS = "{http://www.w3.org/2000/svg}"


def tool(name: str) -> str:
    """The tool's path, or skip the test with the package that provides it."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream ...)")
    return found


def run_tool(*command: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, env=env, timeout=60
    )
    output = (done.stdout + done.stderr).strip()
    assert done.returncode == 0, output
    return output


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def an_agenda() -> bytes:
    """A real agenda file, as the planner writes it for sharing."""
    start = datetime(2025, 3, 18, 17, 0, tzinfo=UTC)
    entry = AgendaEntry("gtc2025/S72484", "S72484", "Keynote", start, 5, "", PickState.ATTENDING)
    agenda = AgendaFile("gtc2025", "NVIDIA GTC 2025", "America/Los_Angeles", start, "Ann", (entry,))
    return dump_agenda(agenda)


def mime_type_element() -> Element:
    root = ElementTree.parse(MIME_XML).getroot()
    found = root.find(f"{MIME_NS}mime-type")
    assert found is not None and found.get("type") == AGENDA_TYPE
    return found


# --- the desktop entry -------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate")
    assert run_tool(validate, DESKTOP) == ""  # it prints nothing when there is nothing to say


def test_desktop_entry_opens_agenda_files_with_planner_and_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "planner"
    assert "%f" in entry["Exec"].split()
    assert AGENDA_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == ICON.stem  # themes look the icon up by this name
    assert "zh_TW" in " ".join(entry)  # the menu speaks the languages the window speaks


# --- AppStream metainfo ------------------------------------------------------------------------


def test_metainfo_passes_appstreamcli_validate_offline() -> None:
    appstreamcli = tool("appstreamcli")
    output = run_tool(appstreamcli, "validate", "--no-net", METAINFO)
    problems = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == [], output


def test_metainfo_names_the_desktop_file_and_the_current_release() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == AGENDA_TYPE
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


# --- the agenda file type ----------------------------------------------------------------------


def test_mime_magic_and_glob_match_the_agenda_the_planner_writes() -> None:
    mime_type = mime_type_element()
    match = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert match is not None
    first, last = (int(n) for n in match.get("offset", "").split(":"))
    needle = match.get("value", "").encode()
    assert needle in an_agenda()[first : last + len(needle)]
    globs = [g.get("pattern", "") for g in mime_type.iter(f"{MIME_NS}glob")]
    assert any(fnmatch.fnmatch("gtc-picks.planner-agenda.yaml", g) for g in globs)


@pytest.fixture()
def mime_database(tmp_path: Path) -> Path:
    """A private XDG data folder whose MIME database holds only the planner's type."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    output = run_tool(tool("update-mime-database"), tmp_path / "mime")
    assert "warning" not in output.lower() and "error" not in output.lower(), output
    return tmp_path


def test_update_mime_database_registers_the_agenda_type(mime_database: Path) -> None:
    registered = mime_database / "mime" / "application" / "x-conference-planner-agenda.xml"
    assert registered.is_file()
    globs = (mime_database / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{AGENDA_TYPE}:*.planner-agenda.yaml" in globs


@pytest.mark.parametrize("name", ["gtc.planner-agenda.yaml", "attachment-without-suffix"])
def test_file_manager_sees_an_agenda_file_as_one(
    mime_database: Path, tmp_path: Path, name: str
) -> None:
    gio = tool("gio")
    agenda = tmp_path / name
    agenda.write_bytes(an_agenda())
    data_dirs = f"{mime_database}:{os.environ.get('XDG_DATA_DIRS', '/usr/share')}"
    env = dict(os.environ, XDG_DATA_DIRS=data_dirs, XDG_DATA_HOME=str(tmp_path / "empty"))
    output = run_tool(gio, "info", "--attributes=standard::content-type", agenda, env=env)
    assert f"standard::content-type: {AGENDA_TYPE}" in output


# --- the icon ----------------------------------------------------------------------------------


def test_icon_is_a_square_svg_with_a_title() -> None:
    root = ElementTree.parse(ICON).getroot()
    assert root.tag == f"{SVG_NS}svg"
    _, _, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert width == height > 0
    assert root.findtext(f"{SVG_NS}title") == "Conference Planner"


# --- the wheel ---------------------------------------------------------------------------------


def build_available() -> bool:
    # Not importlib.find_spec("build"): a stray build/ output folder would pass for the package.
    probe = [sys.executable, "-m", "build", "--version"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    if not build_available():
        pytest.skip("`build` is not installed (pip install -e '.[package]')")
    scratch = tmp_path_factory.mktemp("wheel")
    ignore = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__")
    shutil.copytree(REPO, scratch / "source", ignore=ignore)  # no stale build/ leaks in
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", scratch / "out"]
    run_tool(*command, scratch / "source")
    (wheel,) = (scratch / "out").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def repo_files(folder: str) -> list[str]:
    base = REPO / folder
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file())


@pytest.mark.slow
def test_wheel_carries_the_bundled_catalog_inside_the_package(wheel_names: set[str]) -> None:
    wanted = {f"planner/data/{name}" for name in repo_files("data")}
    assert "planner/data/gtc2025/schedule.yaml" in wanted
    assert wanted <= wheel_names


@pytest.mark.slow
def test_wheel_carries_resources_and_desktop_integration(wheel_names: set[str]) -> None:
    assert {f"planner/resources/{name}" for name in repo_files("resources")} <= wheel_names
    shared = {name.split("/data/", 1)[1] for name in wheel_names if ".data/data/" in name}
    assert f"share/applications/{DESKTOP.name}" in shared
    assert f"share/icons/hicolor/scalable/apps/{ICON.name}" in shared
    assert f"share/mime/packages/{MIME_XML.name}" in shared
    assert f"share/metainfo/{METAINFO.name}" in shared
