"""The freedesktop notification service (org.freedesktop.Notifications), through jeepney.

GNOME, KDE and most Linux desktops run it on the session bus. jeepney is a small pure-Python
D-Bus library: it sends the call with the signature the specification gives
(``susssasa{sv}i``), which QtDBus cannot do from Python (it sends an INT32 where a UINT32
belongs, and untyped empty arrays), and strict services refuse such a call. No bus, no
service, an error or no answer within a second or two: ``send`` says False, and the caller
uses the tray instead.
"""

from __future__ import annotations

import html

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
APP_NAME = "Conference Planner"
ICON = "io.github.conference_planner.Planner"
REPLY_TIMEOUT_S = 2.0


def send(title: str, body: str, timeout_ms: int) -> bool:
    """Show a notification; False if this desktop has no notification service to show it."""
    try:
        from jeepney import DBusAddress, MessageType, new_method_call  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
    except ImportError:  # not on Linux: jeepney is installed there only
        return False
    address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    # The specification lets a service read a little HTML in the body: schedule text is
    # shown as the characters it holds.
    text = html.escape(body, quote=False)
    arguments: tuple[object, ...] = (APP_NAME, 0, ICON, title, text, [], {}, timeout_ms)
    try:
        with open_dbus_connection(bus="SESSION", auth_timeout=1.0) as connection:
            call = new_method_call(address, "Notify", SIGNATURE, arguments)
            reply = connection.send_and_get_reply(call, timeout=REPLY_TIMEOUT_S)
    except (OSError, KeyError, ValueError, TimeoutError, RuntimeError):
        # No session bus address (KeyError), a dead or refused socket, no answer in time.
        return False
    return reply.header.message_type is not MessageType.error
