"""Token, CORS, binding beyond loopback, start-up errors and a clean SIGTERM shutdown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest
from _server_helpers import ROOT, running_server

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

TOKEN = "rahasia-redaksi-123"
FORM = {"text": "Dia pergi ke ke pasar.", "language": "id"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve-token")
    config = tmp / "redaksi.yaml"  # named with --config: messages in English, one rule off, an English desk's LT
    with socket.socket() as sock:  # a port nobody listens on: the LanguageTool server is down
        sock.bind(("127.0.0.1", 0))
        down = sock.getsockname()[1]
    config.write_text(
        "lang: en\nrules:\n  spelling/nonstandard-word: off\n"
        f"languagetool:\n  server: http://127.0.0.1:{down}\n  language: en-US\n  timeout: 2\n",
        encoding="utf-8",
    )
    env = {"NEWSLINT_SERVER_TOKEN": TOKEN}
    args = ("--config", str(config), "--workers", "1", "--cors-origin", "https://cms.redaksi.example")
    with running_server(tmp, *args, env=env) as s:
        yield s


def test_explicit_config_file_is_used(server):
    form = {"text": "Aktifitas warga naik ke ke pasar.", "language": "id"}
    status, _, answer = server.request("POST", "/v2/check", form, headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200
    found = {m["rule"]["id"]: m for m in answer["matches"]}
    assert "spelling/nonstandard-word" not in found
    assert found["typo/repeated-word"]["rule"]["category"]["name"] == "Possible typo"
    assert "twice" in found["typo/repeated-word"]["message"]


def test_english_passage_adapter_runs_as_in_check(server):
    draft = 'Ia berkata, "We have received many messages of support from our people," kemarin.'
    headers = {"Authorization": f"Bearer {TOKEN}"}
    status, _, report = server.request("POST", "/newslint/v1/check", {"text": draft}, headers=headers)
    assert status == 200
    assert any("LanguageTool" in w and "unreachable" in w for w in report["warnings"]), report["warnings"]


def test_token_is_required_for_checks(server):
    status, headers, answer = server.request("POST", "/v2/check", FORM)
    assert status == 401 and headers["www-authenticate"] == "Bearer" and "token" in answer["error"]
    status, _, _ = server.request("POST", "/v2/check", FORM, headers={"Authorization": "Bearer salah"})
    assert status == 401
    status, _, answer = server.request("POST", "/v2/check", FORM, headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 200 and answer["matches"]
    # LanguageTool's own credential field, for clients that cannot set a header
    status, _, _ = server.request("POST", "/v2/check", {**FORM, "apiKey": TOKEN, "username": "redaksi"})
    assert status == 200
    status, _, _ = server.request("POST", "/newslint/v1/check", FORM)
    assert status == 401
    # the language list is public, as in LanguageTool (clients ask for it before anything else)
    assert server.request("GET", "/v2/languages")[0] == 200


def test_cors_for_the_browser_add_on_and_configured_origins(server):
    for origin in ("chrome-extension://oldceeleldhonbafppcapldpdifcinji", "moz-extension://1234-abcd"):
        status, headers, _ = server.request(
            "OPTIONS",
            "/v2/check",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert status == 200 and headers["access-control-allow-origin"] == origin
        assert "authorization" in headers["access-control-allow-headers"].lower()
    _, headers, _ = server.request("GET", "/v2/languages", headers={"Origin": "https://cms.redaksi.example"})
    assert headers["access-control-allow-origin"] == "https://cms.redaksi.example"
    _, headers, _ = server.request("GET", "/v2/languages", headers={"Origin": "https://jahat.example"})
    assert "access-control-allow-origin" not in headers


def _serve(*args: str, cwd, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if "NEWSLINT_SERVER_TOKEN" not in (env or {}):
        full.pop("NEWSLINT_SERVER_TOKEN", None)  # a token in the developer's shell must not hide the check
    return subprocess.run(
        [sys.executable, "-m", "newslint", "serve", *args],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_binding_beyond_loopback_needs_a_token(tmp_path):
    r = _serve("--host", "0.0.0.0", "--port", "1", cwd=tmp_path)
    assert r.returncode == 2 and "--token" in r.stderr and "Traceback" not in r.stderr


def test_bad_config_stops_start_up_with_one_line(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules: [tidak, benar\n", encoding="utf-8")
    r = _serve("--port", "1", cwd=tmp_path)
    assert r.returncode == 2 and ".newslint.yaml" in r.stderr and "Traceback" not in r.stderr
    r = _serve("--config", str(tmp_path / "tidak-ada.yaml"), cwd=tmp_path)
    assert r.returncode == 2 and "not found" in r.stderr


def _descendants(pid: int) -> set[int]:
    rows = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True).stdout.split("\n")
    children: dict[int, list[int]] = {}
    for row in rows:
        if row.strip():
            child, parent = map(int, row.split())
            children.setdefault(parent, []).append(child)
    found, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            found.add(c)
            todo.append(c)
    return found


def test_sigterm_shuts_down_cleanly(tmp_path):
    import time

    with running_server(tmp_path, "--no-config", "--workers", "2") as s:
        assert s.request("POST", "/v2/check", {"text": "Dia pergi.", "language": "id"})[0] == 200
        helpers = _descendants(s.proc.pid)
        assert len(helpers) >= 2  # the workers (and the forkserver that starts them)
        s.proc.send_signal(signal.SIGTERM)
        # open requests finish, the workers stop, and the process exits 0
        assert s.proc.wait(20) == 0
        log = s.log_text()
    assert "Finished server process" in log and "Traceback" not in log
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") for p in helpers):
        time.sleep(0.1)
    assert not [p for p in helpers if os.path.exists(f"/proc/{p}")], "worker processes were left behind"
