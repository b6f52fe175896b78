"""The LanguageTool adapter (client: language-tool-python) against a local server speaking
LanguageTool's /v2 protocol."""

from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import newslint.languagetool as lt
from newslint.cli import main
from newslint.config import ConfigError, parse_config
from newslint.languagetool import _end_of, english_passages, is_english
from newslint.parsers import parse_text

# An Indonesian story quoting an English source; "recieved" is the English typo.
# The emoji before it is two UTF-16 units: the server's offsets are UTF-16.
DRAFT = (
    "Duta Besar Tinjau Lokasi Banjir\n\n"
    "Jakarta - Duta besar itu datang ke Kampung Melayu pada Senin pagi.\n\n"
    '"We 🙏 have recieved many messages of support from our people," katanya.\n\n'
    "Warga berterima kasih atas bantuan itu.\n"
)


def _lt_response(text: str, language: str) -> dict:
    """A /v2/check answer in LanguageTool's real shape for the one typo we plant."""
    matches = []
    word = "recieved"
    at = text.find(word)
    if at >= 0:
        offset16 = len(text[:at].encode("utf-16-le")) // 2
        matches.append(
            {
                "message": "Possible spelling mistake found.",
                "shortMessage": "Spelling mistake",
                "replacements": [{"value": "received"}, {"value": "relieved"}],
                "offset": offset16,
                "length": len(word),
                "context": {"text": text[max(0, at - 10) : at + 20], "offset": min(10, at), "length": len(word)},
                "sentence": text.strip(),
                "type": {"typeName": "UnknownWord"},
                "rule": {
                    "id": "MORFOLOGIK_RULE_EN_US",
                    "description": "Possible spelling mistake",
                    "issueType": "misspelling",
                    "category": {"id": "TYPOS", "name": "Possible Typo"},
                    "isPremium": False,
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return {
        "software": {
            "name": "LanguageTool",
            "version": "6.5",
            "buildDate": "2024-09-27 10:00:00 +0000",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English (US)",
            "code": language,
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
        },
        "matches": matches,
    }


@pytest.fixture()
def lt_server():
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            if self.path != "/v2/languages":
                self.send_error(404)
                return
            self._json([{"name": "English (US)", "code": "en", "longCode": "en-US"}])

        def _json(self, value) -> None:
            payload = json.dumps(value).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self):  # noqa: N802 - the stdlib's name
            if self.path != "/v2/check":
                self.send_error(404)
                return
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
            form = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
            seen.append(form)
            self._json(_lt_response(form["text"], form["language"]))

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _write(tmp_path, server: str) -> None:
    (tmp_path / ".newslint.yaml").write_text(
        f"languagetool:\n  server: {server}\n  language: en-US\n  timeout: 5\n", encoding="utf-8"
    )
    (tmp_path / "naskah.txt").write_text(DRAFT, encoding="utf-8")


def test_english_detection():
    assert is_english("We have received many messages of support from our people")
    assert not is_english("Duta besar itu datang ke Kampung Melayu pada Senin pagi.")
    assert not is_english("Ia menyebutnya the best")
    doc = parse_text(DRAFT, "n.txt")
    spans = english_passages(doc)
    assert [doc.text[s:e] for s, e in spans] == ["We 🙏 have recieved many messages of support from our people,"]


def test_utf16_length_to_code_points():
    assert _end_of("a🙏b", 0, 4) == 3
    assert _end_of("a🙏b", 1, 2) == 2
    assert _end_of("ab", 1, 9) == 2


@pytest.fixture(autouse=True)
def _fresh_clients():
    lt._CLIENTS.clear()
    lt._unreachable.clear()
    yield
    lt._CLIENTS.clear()
    lt._unreachable.clear()


def test_findings_at_the_right_offset(tmp_path, capsys, lt_server):
    url, seen = lt_server
    _write(tmp_path, url)
    code = main(["check", "--format", "plain", "--select", "languagetool", str(tmp_path / "naskah.txt")])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert seen and seen[0]["language"] == "en-US"
    assert "Duta besar" not in seen[0]["text"]  # Indonesian prose is never sent
    line = DRAFT.split("\n")[4]
    col = line.index("recieved") + 1  # code points, not UTF-16 units
    assert f"naskah.txt:5:{col}: warning languagetool/MORFOLOGIK_RULE_EN_US" in out.out
    assert "[received, relieved]" in out.out


def test_json_carries_the_span(tmp_path, capsys, lt_server):
    url, _ = lt_server
    _write(tmp_path, url)
    main(["check", "--format", "json", "--select", "languagetool", str(tmp_path / "naskah.txt")])
    data = json.loads(capsys.readouterr().out)
    [f] = data["files"][0]["findings"]
    assert f["text"] == "recieved" and f["rule"] == "languagetool/MORFOLOGIK_RULE_EN_US"


def test_unreachable_server_is_one_clear_line(tmp_path, capsys):
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _write(tmp_path, f"http://127.0.0.1:{port}")
    code = main(["check", "--format", "plain", "--select", "typo,languagetool", str(tmp_path / "naskah.txt")])
    out = capsys.readouterr()
    assert code == 0
    assert "LanguageTool:" in out.err and "unreachable" in out.err and "Traceback" not in out.err


def test_off_by_default_and_config_validation(tmp_path):
    assert parse_config({}, tmp_path / ".newslint.yaml").languagetool is None
    cfg = parse_config({"languagetool": {"server": "http://localhost:8081"}}, tmp_path / "c.yaml")
    assert cfg.languagetool == {"server": "http://localhost:8081", "language": "en-US", "timeout": 10.0}
    for bad in ({"server": "ftp://x"}, {"server": "http://x", "language": 5}, "on", {"server": "http://x", "port": 1}):
        with pytest.raises(ConfigError, match="languagetool"):
            parse_config({"languagetool": bad}, tmp_path / "c.yaml")


def test_server_url_with_v2_and_a_language_the_server_lacks(tmp_path, capsys, lt_server):
    url, seen = lt_server
    _write(tmp_path, url + "/v2/")
    main(["check", "--format", "json", "--select", "languagetool", str(tmp_path / "naskah.txt")])
    assert json.loads(capsys.readouterr().out)["files"][0]["findings"]
    lt._CLIENTS.clear()
    lt._unreachable.clear()
    (tmp_path / ".newslint.yaml").write_text(f"languagetool:\n  server: {url}\n  language: de-DE\n", encoding="utf-8")
    code = main(["check", "--format", "plain", "--select", "languagetool", str(tmp_path / "naskah.txt")])
    err = capsys.readouterr().err
    assert code == 0 and "de-DE" in err and "Traceback" not in err
