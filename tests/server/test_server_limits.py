"""``newslint serve`` under bad, slow, huge, hostile and concurrent requests, with the
configuration found from its working directory (rule_dirs and a plugin included)."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from _server_helpers import running_server, utf16_slice

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

# A plugin with one rule that takes far too long on a marker word: the per-check time limit must stop it.
PLUGIN = """
import time
from newslint.engine.finding import Severity
from newslint.engine.rule import Rule, RuleMeta, bad, good

def _check(doc, ctx):
    if "TIDURPANJANG" in doc.text:
        time.sleep(60)
    i = doc.text.find("lamban")
    if i >= 0:
        ctx.report(i, i + 6)

def rules():
    meta = RuleMeta(id="redaksi/lamban", severity=Severity.WARNING, summary={"id": "Kata lamban.", "en": "s"},
                    message={"id": "Kata lamban.", "en": "The word lamban."},
                    examples=[bad("lamban"), good("cepat")])
    return [Rule(meta, _check)]
"""
PACK = """\
rules:
  - id: rumah/istilah
    type: existence
    severity: warning
    summary: Istilah rumah
    message: "Istilah '{match}' tidak dipakai di rumah ini."
    patterns: ['kudapan']
"""
MAX_BODY = 1_100_000  # room for the 1 MB word below


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A newsroom folder with a config naming a rule folder and a plugin; the plugin's site folder."""
    tmp = tmp_path_factory.mktemp("serve-limits")
    site = tmp / "site"
    (site / "lamban_plugin").mkdir(parents=True)
    (site / "lamban_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "lamban_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: lamban-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[newslint.rules]\nlamban = lamban_plugin:rules\n", encoding="utf-8")
    project = tmp / "redaksi"
    (project / "aturan").mkdir(parents=True)
    (project / "aturan" / "rumah.yaml").write_text(PACK, encoding="utf-8")
    (project / ".newslint.yaml").write_text("rule_dirs: [aturan]\nplugins: [lamban]\n", encoding="utf-8")
    return tmp, project, site


@pytest.fixture(scope="module")
def server(project):
    tmp, folder, site = project
    args = ("--workers", "2", "--timeout", "1", "--body-timeout", "1", "--max-body", str(MAX_BODY))
    with running_server(tmp, *args, cwd=folder, env={"PYTHONPATH": str(site)}) as s:
        yield s


def test_busy_server_answers_503_at_once(project):
    tmp, folder, site = project
    args = ("--workers", "1", "--max-waiting", "0", "--timeout", "1")
    with running_server(tmp, *args, cwd=folder, env={"PYTHONPATH": str(site)}) as s:
        stuck = threading.Thread(
            target=s.request, args=("POST", "/v2/check", {"text": "TIDURPANJANG.", "language": "id"})
        )
        stuck.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        status, headers, answer = s.request("POST", "/v2/check", {"text": "Dia pergi.", "language": "id"})
        assert status == 503 and headers["retry-after"] == "1" and "busy" in answer["error"]
        assert time.monotonic() - t0 < 1
        stuck.join(20)


def _ids(answer: dict) -> set[str]:
    return {m["rule"]["id"] for m in answer["matches"]}


def test_config_from_working_directory_with_rule_dirs_and_plugins(server):
    status, _, answer = server.request(
        "POST", "/v2/check", {"text": "Kudapan itu dijual lamban di di pasar.", "language": "id-ID"}
    )
    assert status == 200, answer
    assert {"rumah/istilah", "redaksi/lamban", "typo/repeated-word"} <= _ids(answer)


def test_unsupported_language_names_the_supported_ones(server):
    status, _, answer = server.request("POST", "/v2/check", {"text": "The cat sat.", "language": "en-US"})
    assert status == 400 and "id-ID" in answer["error"] and "en-US" in answer["error"]
    status, _, answer = server.request("POST", "/v2/check", {"text": "Teks."})
    assert status == 400 and "language" in answer["error"]


@pytest.mark.parametrize(
    "fields",
    [
        {"language": "id"},  # neither text nor data
        {"language": "id", "data": "{not json"},
        {"language": "id", "data": '{"annotation": "x"}'},
        {"language": "id", "data": '{"annotation": [{"markup": 5}]}'},
        {"language": "id", "data": '{"annotation": [42]}'},
        {"language": "id", "data": "[" * 50_000},  # nesting deep enough to break a recursive parser
        {"language": "id", "text": "Teks.", "enabledOnly": "true"},  # enabledOnly without enabledRules
    ],
)
def test_malformed_requests_get_400_json(server, fields):
    status, headers, answer = server.request("POST", "/v2/check", fields)
    assert status == 400, answer
    assert headers["content-type"].startswith("application/json") and answer["error"]


def test_malformed_multipart_and_unknown_paths(server):
    body = b"--xyz\r\nContent-Disposition: form-data; name=\xff\r\n\r\nabc"  # no closing boundary
    status, _, answer = server.request(
        "POST", "/v2/check", body=body, headers={"Content-Type": "multipart/form-data; boundary=xyz"}
    )
    assert status == 400 and "error" in answer
    status, _, answer = server.request("POST", "/v2/check", body=b"text=x&language=id", headers={"Content-Length": "x"})
    assert status == 400
    status, _, answer = server.request("GET", "/v2/nothing")
    assert status == 404 and "error" in answer
    status, _, answer = server.request("DELETE", "/v2/check")
    assert status == 405 and "error" in answer


def test_oversize_body_is_413(server):
    big = "kata " * (MAX_BODY // 4)  # 1.375 MB
    status, _, answer = server.request("POST", "/v2/check", {"text": big, "language": "id"})
    assert status == 413 and f"{MAX_BODY:,}" in answer["error"]
    # chunked, with no Content-Length: counted as it arrives
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v2/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\n"
        )
        chunk = b"text=" + b"a" * 100_000
        try:
            for _ in range(12):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass  # the server may close the connection as soon as it has answered
        reply = sock.recv(65536).decode("latin-1")
    assert reply.startswith("HTTP/1.1 413")


def test_slow_body_is_cut_off_and_does_not_block_others(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\nlanguage=id&text=Dia"
        )
        status, _, _ = server.request("POST", "/v2/check", {"text": "Dia pergi.", "language": "id"})
        assert status == 200  # served while the slow body trickles
        t0 = time.monotonic()
        reply = sock.recv(65536).decode("latin-1")
    assert reply.startswith("HTTP/1.1 408") and time.monotonic() - t0 < 5


def test_time_limit_stops_a_runaway_check_and_others_go_on(server):
    results: dict[str, tuple] = {}

    def slow():
        results["slow"] = server.request("POST", "/v2/check", {"text": "TIDURPANJANG di sini.", "language": "id"})

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    status, _, answer = server.request("POST", "/v2/check", {"text": "Dia pergi ke ke pasar.", "language": "id"})
    assert status == 200 and "typo/repeated-word" in _ids(answer)
    assert time.monotonic() - t0 < 1.5  # the other worker answered while one was stuck
    t.join(20)
    status, _, answer = results["slow"]
    assert status == 504 and "limit" in answer["error"]
    # the stuck worker was replaced: both workers answer again
    for _ in range(4):
        assert server.request("POST", "/v2/check", {"text": "Dia pergi.", "language": "id"})[0] == 200


def test_concurrent_requests_all_answered_correctly(server):
    draft = "Jakarta - Warga 😀 menunggu di di halte. Harga naik 10 % pekan ini.\n"
    answers: list[tuple] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        for _ in range(5):
            r = server.request("POST", "/v2/check", {"text": draft * (1 + n % 3), "language": "id"})
            with lock:
                answers.append(r)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(answers) == 40
    for status, _, answer in answers:
        assert status == 200, answer
        rep = [m for m in answer["matches"] if m["rule"]["id"] == "typo/repeated-word"]
        assert rep and all(utf16_slice(draft * 3, m["offset"], m["length"]) == "di di" for m in rep)


HOSTILE = [
    "Dia\x00 pergi\x07 ke\x1b[31m ke pasar\x7f.\x85",  # control characters, an ANSI escape
    "Harga \u202enaik\u202c ke ke \u2066pasar\u2069 \u200f.",  # bidi overrides and isolates
    "\ud800 sendirian",  # a lone surrogate (invalid in UTF-8; the form carries it escaped)
    "\n" * 100_000,  # nothing but line breaks
    "😀" * 50_000,  # only astral characters
    "di " * 20_000,  # one word repeated: 20,000 findings on one line
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_inputs_get_an_answer_never_a_traceback(server, text):
    body = ("language=id&text=" + _quote(text)).encode("utf-8", "surrogatepass")
    status, _, answer = server.request(
        "POST", "/v2/check", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status in (200, 504), answer  # 504: stopped by the time limit, which is an answer too
    assert "Traceback" not in json.dumps(answer)
    if status == 200:
        assert len(answer["matches"]) <= 2000
        assert answer["warnings"]["incompleteResults"] == (text.startswith("di ") and len(answer["matches"]) == 2000)
        units = len(text.encode("utf-16-le", "surrogatepass")) // 2
        assert all(m["offset"] >= 0 and m["offset"] + m["length"] <= units for m in answer["matches"])
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, native = server.request(
        "POST", "/newslint/v1/check", body=body.replace(b"language=id&", b""), headers=form
    )
    assert status in (200, 504) and "Traceback" not in json.dumps(native)


def test_lone_surrogate_in_annotated_data(server):
    data = '{"annotation": [{"text": "Dia \\ud800 pergi ke ke pasar."}, {"markup": "\\udfff"}]}'
    status, _, answer = server.request("POST", "/v2/check", {"data": data, "language": "id"})
    assert status == 200, answer
    assert "typo/repeated-word" in _ids(answer)
    status, _, report = server.request("POST", "/newslint/v1/check", {"data": data})
    assert status == 200 and report["files"][0]["findings"]


def test_one_megabyte_of_one_word(server):
    # checked within the time limit or stopped by it (504): either way an answer, and the worker is back
    t0 = time.monotonic()
    status, _, answer = server.request("POST", "/v2/check", {"text": "x" * 1_000_000, "language": "id"})
    assert status in (200, 504), answer
    assert time.monotonic() - t0 < 10
    assert server.request("POST", "/v2/check", {"text": "Dia pergi.", "language": "id"})[0] == 200
    assert "Traceback" not in server.log_text()


def _quote(text: str) -> str:
    import urllib.parse

    return urllib.parse.quote(text, safe="", errors="surrogatepass")
