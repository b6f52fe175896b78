"""Start ``newslint serve`` as a real subprocess on a free loopback port, and talk to it."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, proc: subprocess.Popen, port: int, log: Path) -> None:
        self.proc, self.port, self.log = proc, port, log
        self.url = f"http://127.0.0.1:{port}"

    def request(
        self,
        method: str,
        path: str,
        fields: dict[str, str] | None = None,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> tuple[int, dict[str, str], Any]:
        """One request on a new connection; (status, headers, JSON body or raw text)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        hdrs = dict(headers or {})
        if fields is not None and method == "POST":
            body = urllib.parse.urlencode(fields).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        elif fields is not None:
            path = path + "?" + urllib.parse.urlencode(fields)
        try:
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            raw = resp.read().decode("utf-8")
            try:
                payload: Any = json.loads(raw)
            except ValueError:
                payload = raw
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, payload
        finally:
            conn.close()

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_server(tmp: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
    """``newslint serve`` with ``args``; stopped with SIGTERM afterwards (which must end it cleanly)."""
    port = free_port()
    log = tmp / f"serve-{port}.log"
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newslint", "serve", "--port", str(port), *args],
            cwd=str(cwd or tmp),
            stdout=out,
            stderr=subprocess.STDOUT,
            env=full_env,
        )
    server = Server(proc, port, log)
    try:
        _wait_ready(server)
        yield server
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def _wait_ready(server: Server, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"newslint serve exited with {server.proc.returncode}:\n{server.log_text()}")
        try:
            status, _, _ = server.request("GET", "/newslint/v1/health", timeout=2)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"newslint serve did not start within {timeout} s:\n{server.log_text()}")


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` that a LanguageTool offset/length (UTF-16 units) selects."""
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")
