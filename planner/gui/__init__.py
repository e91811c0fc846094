"""The desktop window: everything PySide6 lives in this package.

Start it with ``planner.gui.app.run_gui``. Modules here talk to the rest of the planner only
through the ``Planner`` facade and the core dataclasses.
"""

from planner.gui import pyside_fixes

pyside_fixes.install()  # before any signal is emitted: see the module for the PySide bug
