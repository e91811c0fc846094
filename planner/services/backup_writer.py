"""When and where the automatic backup of picks is written (what it holds is backup.py's).

In order across processes: the window and the command line may change picks at once, and the
last backup written must hold the last committed picks; ``lifecycle.back_up`` reads the picks
and replaces the backup under the database's write lock, so whoever writes last writes a
state read after every commit that preceded it.

Off the window's thread: the window hands each request to ``BackgroundBackups``, whose thread
writes one backup for any burst of changes (a requests that arrives while one is being written
is served by one more write, never by many). The change itself has committed before the
request is made, so a kill before the backup is written loses no pick: the database holds
it, and the backup follows with the next change or at the next start (services/lifecycle.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class BackgroundBackups:
    """Runs ``write`` on a thread of its own after each ``request``, bursts coalesced.

    ``write`` returns "" or why the backup could not be written; ``on_problem`` hears each
    new reason (from the writing thread).
    """

    def __init__(self, write: Callable[[], str], on_problem: Callable[[str], None]) -> None:
        self._write = write
        self._on_problem = on_problem
        self._wake = threading.Condition()
        self._wanted = 0  # requests made
        self._served = 0  # requests covered by a finished write
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="planner-backup", daemon=True)
        self._thread.start()

    def request(self) -> None:
        with self._wake:
            self._wanted += 1
            self._wake.notify_all()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every request made so far is written; False if ``timeout`` ran out."""
        with self._wake:
            wanted = self._wanted
            return self._wake.wait_for(lambda: self._served >= wanted, timeout)

    def close(self) -> None:
        """Write what is pending, then end the thread."""
        self.flush()
        with self._wake:
            self._closing = True
            self._wake.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._closing or self._wanted > self._served)
                if self._closing and self._wanted <= self._served:
                    return
                covering = self._wanted  # this write reads the picks after all of these
            problem = self._write()
            if problem:
                self._on_problem(problem)
            with self._wake:
                self._served = covering
                self._wake.notify_all()
