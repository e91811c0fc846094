"""The desktop window: everything PySide6 lives in this package.

Start it with ``planner.gui.app.run_gui``. Modules here talk to the rest of the planner only
through the ``Planner`` facade and the core dataclasses. Grouped by screen: ``browse/`` (the
list), ``agenda/`` (My agenda), ``sharing/``, ``importing/``, and ``picks/`` (the one path
every change takes: the runner, undo, the agenda state); the shell (main_window.py,
actions.py, app.py, settings, screen_refresh.py, context.py) sits at the top.
"""

from planner.gui import file_dialogs, pyside_fixes

pyside_fixes.install()  # before any signal is emitted: see the module for the PySide bug
file_dialogs.install()  # choosers that never open the database to pick an icon: see there
