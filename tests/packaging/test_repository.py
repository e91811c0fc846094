"""What a fresh clone holds: a README whose links stay inside it, and the license it declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_readme_links_only_to_files_in_the_repository() -> None:
    targets = LINK.findall((REPO / "README.md").read_text(encoding="utf-8"))
    local = [t.split("#")[0] for t in targets if not t.startswith(("http://", "https://"))]
    assert local, "the README links the design notes, the license and its screenshots"
    for target in local:
        path = (REPO / target).resolve()
        assert path.is_relative_to(REPO), f"{target} is outside the repository"
        assert path.exists(), f"{target} does not exist"


def test_the_license_file_is_the_license_pyproject_declares() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "WITHOUT WARRANTY OF ANY KIND" in text
