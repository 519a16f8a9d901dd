"""`readout serve` bounds the connections and requests it takes at once (harden57): `settings.api_limit_concurrency`,
or `--limit-concurrency`, reaches uvicorn, and a request over it is answered 503 in the JSON error shape.

The server is the real command in its own process on a free port, so the flag, the setting and the protocol are
tested together, as a user runs them.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from readout.settings import SETTINGS, Settings
from readout.web.server import server_config
from tests.web.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def readout_serve(db: str, *flags: str):
    """`readout serve --db db <flags>` on a free port until the block ends; yields the port once it accepts."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "readout.cli", "serve", "--db", db, "--port", str(port), *flags],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def get(port: int, path: str = "/api/stats") -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        raw = b""
        while chunk := conn.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def test_a_request_over_the_flag_limit_is_answered_503_in_the_shape(web_db):
    """With --limit-concurrency 2, one idle open connection leaves no room for another (uvicorn counts the asking
    connection); when it closes, the next request is served."""
    with readout_serve(web_db, "--limit-concurrency", "2") as port:
        assert get(port)[0] == 200  # alone: served
        with socket.create_connection(("127.0.0.1", port), timeout=20):  # open, asking nothing
            status, headers, body = until(lambda: get(port), 503)  # once the server has accepted it
        assert status == 503 and headers["content-type"] == "application/json" and headers["retry-after"] == "1"
        error = json.loads(body)["error"]
        assert error["code"] == "service_unavailable" and error["detail"] == {"limit_concurrency": 2}
        assert until(lambda: get(port), 200)[0] == 200  # the idle connection closed: served again


def until(ask, status: int, seconds: float = 20.0):
    """`ask()`'s answer once it has `status`, or its last answer after `seconds`: the server accepts and closes
    connections in its own time, on a loaded machine later than a fixed sleep allows."""
    deadline = time.monotonic() + seconds
    while True:
        answer = ask()
        if answer[0] == status or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)


def test_no_limit_serves_beside_idle_connections(web_db):
    """--limit-concurrency 0 is no limit: three idle connections do not keep a fourth out."""
    with readout_serve(web_db, "--limit-concurrency", "0") as port:
        idle = [socket.create_connection(("127.0.0.1", port), timeout=20) for _ in range(3)]
        try:
            time.sleep(0.5)
            assert get(port)[0] == 200
        finally:
            for conn in idle:
                conn.close()


@pytest.mark.parametrize("value, expected", [(100, 100), (2, 2), (0, None)])
def test_the_setting_reaches_uvicorn(value, expected):
    config = server_config(object(), "127.0.0.1", 8000, Settings().replace(api_limit_concurrency=value))
    assert config.limit_concurrency == expected


def test_the_default_is_a_bound():
    assert server_config(object(), "127.0.0.1", 8000).limit_concurrency == SETTINGS.api_limit_concurrency > 1
