"""Run a real Radicale CalDAV server on 127.0.0.1, on a free port, for the sync tests.

    python -m tests.sync.radicale_server STORAGE_FOLDER HTPASSWD_FILE

prints ``PORT <n>`` once the socket listens, then serves until killed. Radicale's own command
line refuses port 0 (its option parser wants 1-65534), so this binds the socket itself and
hands it Radicale's application and request handler: the same server code, a free port.
"""

from __future__ import annotations

import socket
import sys

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


def main() -> None:
    storage, htpasswd = sys.argv[1], sys.argv[2]
    conf = configuration(storage, htpasswd)
    server = ParallelHTTPServer(conf, socket.AF_INET, ("127.0.0.1", 0), RequestHandler)
    server.set_app(Application(conf))
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
