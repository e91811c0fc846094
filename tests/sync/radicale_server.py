"""Run a real Radicale CalDAV server on 127.0.0.1, on a free port, for the sync tests.

    python -m tests.sync.radicale_server STORAGE HTPASSWD LOG [PORT [DIE_AFTER]]

prints ``PORT <n>`` once the socket listens, then serves until killed. Radicale's own command
line refuses port 0 (its option parser wants 1-65534), so this binds the socket itself (port
0, a free one, unless PORT is given to start again where a stopped server was) and hands it
Radicale's application and request handler: the same server code. Every request's method and
path go to LOG, so a test can tell what a sync sent. With DIE_AFTER the process ends abruptly
when PUT number DIE_AFTER + 1 arrives, before answering it: a server stopped midway.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterable
from typing import Any

from radicale import config
from radicale.app import Application
from radicale.server import ParallelHTTPServer, RequestHandler


def configuration(storage: str, htpasswd: str) -> config.Configuration:
    conf = config.load()
    conf.update(
        {
            "server": {"_internal_server": "True"},
            "auth": {
                "type": "htpasswd",
                "htpasswd_filename": htpasswd,
                "htpasswd_encryption": "plain",
                "delay": "0",  # Radicale waits after a wrong password; tests need not
            },
            "storage": {"filesystem_folder": storage},
            "logging": {"level": "warning"},
        },
        "tests",
        privileged=True,
    )
    return conf


def logged(app: Application, log: str, die_after: int | None) -> Callable[..., Iterable[bytes]]:
    count = 0

    def serve(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        nonlocal count
        count += environ["REQUEST_METHOD"] == "PUT"
        if die_after is not None and count > die_after:
            os._exit(1)
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{environ['REQUEST_METHOD']} {environ.get('PATH_INFO', '')}\n")
        return app(environ, start_response)

    return serve


def main() -> None:
    storage, htpasswd, log = sys.argv[1:4]
    port = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    die_after = int(sys.argv[5]) if len(sys.argv) > 5 else None
    conf = configuration(storage, htpasswd)
    server = ParallelHTTPServer(conf, socket.AF_INET, ("127.0.0.1", port), RequestHandler)
    server.set_app(logged(Application(conf), log, die_after))  # type: ignore[arg-type]
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
