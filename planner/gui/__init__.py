"""The desktop window: everything PySide6 lives in this package.

Start it with ``planner.gui.app.run_gui``. Modules here talk to the rest of the planner only
through the ``Planner`` facade and the core dataclasses.
"""

from planner.gui import file_dialogs, pyside_fixes

pyside_fixes.install()  # before any signal is emitted: see the module for the PySide bug
file_dialogs.install()  # choosers that never open the database to pick an icon: see there
