#!/usr/bin/env python3
"""Regenerate the window's translations: pyside6-lupdate into .ts, pyside6-lrelease into .qm.

    .venv/bin/python tools/update_translations.py

Scans planner/gui/ and its subpackages. lupdate finds ``self.tr(...)`` and
``QCoreApplication.translate(...)`` by itself; many modules instead call a small module-level
wrapper ``_tr(text[, n])`` around ``QCoreApplication.translate("Context", text, None, n)``,
which lupdate cannot see through. For those, this script writes the calls out in full (with the
wrapper's context) into temporary files that lupdate reads beside the real ones. Existing
translations in the .ts files are kept; strings no longer in the code are dropped. English
ships plural forms only (the source text is English). Edit translations in
resources/translations/*.ts (Qt Linguist or a text editor), then
run this again to rebuild the .qm files.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "planner" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"zh_CN": [], "zh_TW": [], "en": ["-pluralonly"]}
WRAPPER = "_tr"


def tool(name: str) -> str:
    """The venv's pyside6 tool next to this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"update_translations: {name} not found (install PySide6 in the venv)")
    return found


def wrapper_context(tree: ast.Module) -> str | None:
    """The context that the module's ``_tr`` wrapper passes to QCoreApplication.translate."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == WRAPPER:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def wrapper_calls(tree: ast.Module, context: str) -> list[str]:
    """Each literal ``_tr(...)`` call, written out as the translate call it stands for."""
    lines = []
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == WRAPPER
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            text = repr(call.args[0].value)
            # lupdate marks a string numerus only when the count is a literal or a name it
            # can see; a literal 1 keeps the plural forms of the existing translations.
            numerus = ", None, 1" if len(call.args) > 1 else ""
            lines.append(f"QCoreApplication.translate({context!r}, {text}{numerus})")
    return lines


def expanded_sources(folder: Path) -> list[Path]:
    """Temporary files holding the wrapper calls of every module that has a wrapper."""
    written = []
    for source in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        context = wrapper_context(tree)
        if context is None:
            continue
        calls = wrapper_calls(tree, context)
        stem = "_".join(source.relative_to(SOURCES).with_suffix("").parts)
        target = folder / f"{stem}_tr_calls.py"
        body = "\n".join(f"    {line}" for line in calls) or "    pass"
        target.write_text(f"def _calls(n):\n{body}\n", encoding="utf-8")
        written.append(target)
    return written


def update(language: str, options: list[str], inputs: list[Path], folder: Path) -> Path:
    """Bring ``folder``'s .ts file of ``language`` up to the strings of ``inputs``."""
    ts = folder / f"planner_{language}.ts"
    command = [tool("pyside6-lupdate"), *map(str, inputs), "-ts", str(ts)]
    command += ["-locations", "none", "-no-obsolete", "-source-language", "en"]
    command += ["-target-language", language, *options]
    subprocess.run(command, check=True)
    return ts


def release(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def update_all(folder: Path) -> list[Path]:
    """Update every language's .ts file in ``folder`` from the code; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = sorted(SOURCES.rglob("*.py")) + expanded_sources(Path(scratch))
        return [
            update(language, options, inputs, folder) for language, options in LANGUAGES.items()
        ]


def main() -> int:
    for ts in update_all(TRANSLATIONS):
        release(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
