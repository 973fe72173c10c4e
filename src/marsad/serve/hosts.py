"""Allowed hosts: a server bound to loopback answers only requests addressed to a loopback name.

A page on another site can make a browser send requests to ``127.0.0.1`` through a name it controls
(DNS rebinding); such requests carry that site's name in their ``Host`` header. When the server is
bound to a loopback address, :class:`AllowedHostsMiddleware` answers ``400 {"error": ...}`` to any
request whose Host is not ``localhost``, a ``127.x.x.x`` address or ``::1`` (with any port).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection

from starlette.types import ASGIApp, Receive, Scope, Send

from marsad.serve.limits import send_json

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, without port) names this machine's loopback interface."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts_for(bind: str) -> frozenset[str] | None:
    """The Host names to accept for a server bound to ``bind``: loopback names, or None (any) elsewhere."""
    return LOOPBACK_NAMES if is_loopback(bind) else None


def host_name(header: str) -> str:
    """The name part of a Host header value (``[::1]:8000`` → ``::1``, ``localhost:8000`` → ``localhost``)."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


class AllowedHostsMiddleware:
    def __init__(self, app: ASGIApp, allowed: Collection[str]) -> None:
        self.app = app
        self.allowed = frozenset(h.lower() for h in allowed)

    def _ok(self, host: str) -> bool:
        name = host_name(host)
        if self.allowed == LOOPBACK_NAMES:
            return is_loopback(name)
        return name in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
        if not self._ok(host):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            shown = host[:60] or "(none)"
            await send_json(send, 400, {"error": f"host not allowed: {shown} (this server answers loopback "
                                                 "names only: localhost, 127.0.0.1, ::1)"})
            return
        await self.app(scope, receive, send)
