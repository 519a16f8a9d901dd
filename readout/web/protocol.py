"""What `readout serve` runs under uvicorn: its own error answers in the one JSON shape.

Why: uvicorn answers some requests before the app sees them, and some after the app failed, in plain text: a request
that is no HTTP, a header block over h11's size limit (`Invalid HTTP request received.`, status 400), and an app that
raised or ended without a response (`Internal Server Error`). Every error the API returns has the shape
{"error": {"code", "message", "detail"}} (harden55); a client that parses the body as JSON must not meet text.
The status stays what h11 says of the fault (400; 431 for headers too large; 501 for an unknown transfer coding).
`JsonErrorProtocol` answers the requests h11 cannot read, `JsonErrors` (around the app) the app's failures.
A server run with `limit_concurrency` answers a request over the limit with uvicorn's `service_unavailable`, the text
'Service Unavailable' (503): `JsonErrorProtocol` makes that check itself and answers in the shape (harden56).
"""
from __future__ import annotations

import json
import sys

import h11
from uvicorn.protocols.http.h11_impl import STATUS_PHRASES, H11Protocol

from readout.web.security import HEADERS, LOG

CODES = {431: "headers_too_large", 500: "internal_error", 503: "service_unavailable"}  # any other status h11 hints: bad_http_request


def error_body(status: int, message: str, detail: dict | None = None) -> bytes:
    return json.dumps({"error": {"code": CODES.get(status, "bad_http_request"), "message": message,
                                 "detail": detail or {}}}).encode("utf-8")


def error_headers(body: bytes) -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")] + [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]


class JsonErrorProtocol(H11Protocol):
    """`H11Protocol` with its answer to a request it cannot read, and to one over the concurrency limit, in the JSON
    error shape."""

    def __init__(self, *args, **kwargs) -> None:
        """uvicorn's own check (connections or running requests at `limit_concurrency`: its plain-text 503) is turned
        off, and made by `within_limit` around the app instead: the same counts, when the request's task runs (it is
        counted among the running then, so one fewer is allowed beside it)."""
        super().__init__(*args, **kwargs)
        self.busy_limit, self.limit_concurrency = self.limit_concurrency, None
        if self.busy_limit is not None:
            self.app = self.within_limit(self.app)

    def within_limit(self, app):
        async def guarded(scope, receive, send) -> None:
            limit = self.busy_limit
            if scope["type"] == "http" and (len(self.connections) >= limit or len(self.tasks) - 1 >= limit):
                LOG.warning("exceeded the concurrency limit of %s: answered 503", limit)
                body = error_body(503, "the server is answering as many requests as it may: try again shortly",
                                  {"limit_concurrency": limit})
                await send({"type": "http.response.start", "status": 503,
                            "headers": error_headers(body) + [(b"retry-after", b"1")]})
                await send({"type": "http.response.body", "body": body, "more_body": False})
                return
            await app(scope, receive, send)
        return guarded

    def send_400_response(self, msg: str) -> None:
        """Called by `handle_events` inside its `except h11.RemoteProtocolError`: the error says what was wrong and
        which status fits (h11's `error_status_hint`: 431 for a header block too large, 501 for a transfer coding it
        does not know)."""
        exc = sys.exc_info()[1]
        status = getattr(exc, "error_status_hint", 400) if isinstance(exc, h11.RemoteProtocolError) else 400
        problem = str(exc) if exc is not None and str(exc) else msg
        message = "the request's headers are too large" if status == 431 else "the request is not valid HTTP"
        body = error_body(status, message, {"problem": problem})
        for event in (h11.Response(status_code=status, headers=error_headers(body), reason=STATUS_PHRASES[status]),
                      h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


class JsonErrors:
    """The outermost ASGI layer: an app that raised past every handler, or ended without an answer, gets the 500 in
    the JSON shape (uvicorn's own is the text 'Internal Server Error'). An answer already begun cannot be replaced:
    the error goes on to uvicorn, which closes the connection."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception:  # noqa: BLE001 - logged; the client gets the shape, not the internals
            LOG.exception("internal error on %s", scope.get("path"))
            if started:
                raise
        if not started:
            body = error_body(500, "internal error: the request could not be answered")
            await send({"type": "http.response.start", "status": 500, "headers": error_headers(body)})
            await send({"type": "http.response.body", "body": body, "more_body": False})
