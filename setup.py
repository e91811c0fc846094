"""Build hook: put data/ and resources/ inside the planner package of a built wheel.

Everything else about the project is declared in pyproject.toml. The bundled catalog and the
translations live at the top of the repository, where a source checkout (and an editable
install) finds them beside the package; an installed wheel has no such place, so the wheel
carries copies at planner/data and planner/resources (see gtc_bundle.bundled_data_dir and
gui/i18n.translations_dir, which look in both places). Copying at build time keeps a single
copy in git.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = "planner"
BUNDLED = ("data", "resources")


class BuildPyWithData(build_py):
    """build_py that also copies the top-level data folders into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, where the folders already are
        for name in BUNDLED:
            self._copy_folder(name)

    def _copy_folder(self, name: str) -> None:
        source = ROOT / name
        if not source.is_dir():
            # Building from an sdist that lost them would give a planner without its catalog.
            raise FileNotFoundError(f"{source} is missing: the wheel would lack {name}/")
        self.copy_tree(str(source), str(Path(self.build_lib) / PACKAGE / name))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib) / PACKAGE
        copies = [target / f.relative_to(ROOT) for name in BUNDLED for f in _files(name)]
        return outputs + [str(path) for path in copies]


def _files(name: str) -> list[Path]:
    return sorted(path for path in (ROOT / name).rglob("*") if path.is_file())


setup(cmdclass={"build_py": BuildPyWithData})
