"""``newslint serve`` through real LanguageTool clients: language-tool-python, and the raw
form POST with annotated ``data`` that the LanguageTool browser add-on sends."""

from __future__ import annotations

import json
import urllib.parse

import jsonschema
import pytest
from _server_helpers import ROOT, running_server, utf16_slice

language_tool_python = pytest.importorskip("language_tool_python")

# Our own drafts. The emoji (two UTF-16 units each) sit before the findings on purpose.
DRAFT = (
    "Warga Antre Air Bersih di Kampung Pesisir\n\n"
    "Jakarta - Ratusan warga 🚰 antre air bersih sejak pagi di di balai desa. "
    "Aktifitas warga terganggu karena pasokan turun 40 % dalam sepekan.\n\n"
    "Rapat warga digelar pada tanggal 5 Mei untuk membahas antrean itu.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve-clients")
    with running_server(tmp, "--no-config", "--workers", "2") as s:
        yield s


@pytest.fixture()
def tool(server, monkeypatch):
    # the client must never download LanguageTool when it is given a server
    def no_download(*args, **kwargs):
        raise AssertionError("language-tool-python tried to download LanguageTool")

    monkeypatch.setattr(language_tool_python.server.LocalLanguageTool, "download", no_download)
    t = language_tool_python.LanguageTool("id-ID", remote_server=server.url)
    try:
        yield t
    finally:
        t.close()


def _by_rule(matches) -> dict:
    return {m.rule_id: m for m in matches}


def test_language_tool_python_finds_and_locates(tool):
    assert str(tool.language) in ("id-ID", "id")
    assert not tool._server  # no local LanguageTool process was started
    matches = _by_rule(tool.check(DRAFT))
    assert {"typo/repeated-word", "spelling/nonstandard-word", "number/percent-space"} <= set(matches)
    rep = matches["typo/repeated-word"]
    # language-tool-python turns the UTF-16 offset back into a Python index: it must select the words
    assert DRAFT[rep.offset : rep.offset + rep.error_length] == "di di"
    assert rep.replacements == ["di"]
    assert rep.category == "TYPOS" and rep.rule_issue_type == "duplication"
    assert "di di" in rep.sentence
    assert utf16_slice(rep.context, rep.offset_in_context, rep.error_length) == "di di"  # context counts UTF-16
    spelling = matches["spelling/nonstandard-word"]
    assert DRAFT[spelling.offset : spelling.offset + spelling.error_length] == "Aktifitas"
    assert spelling.replacements[0] == "Aktivitas" and spelling.rule_issue_type == "misspelling"
    pct = matches["number/percent-space"]
    assert DRAFT[pct.offset : pct.offset + pct.error_length].endswith("%")


def test_language_tool_python_correct_applies_the_replacements(tool):
    matches = [m for m in tool.check(DRAFT) if m.rule_id in ("typo/repeated-word", "number/percent-space")]
    fixed = language_tool_python.utils.correct(DRAFT, matches)
    assert "sejak pagi di balai desa" in fixed and "turun 40% dalam" in fixed
    assert fixed.count("🚰") == 1


def test_rule_switches_and_picky_level(tool):
    assert "wordiness/filler" not in _by_rule(tool.check(DRAFT))  # an info finding: picky only
    tool.picky = True
    assert "wordiness/filler" in _by_rule(tool.check(DRAFT))
    tool.picky = False
    tool.disabled_rules = {"typo/repeated-word", "NOT_A_NEWSLINT_RULE"}
    ids = set(_by_rule(tool.check(DRAFT)))
    assert "typo/repeated-word" not in ids and "spelling/nonstandard-word" in ids
    tool.disabled_rules = set()
    tool.disabled_categories = {"SPELLING", "NO_SUCH_CATEGORY"}
    ids = set(_by_rule(tool.check(DRAFT)))
    assert "spelling/nonstandard-word" not in ids and "typo/repeated-word" in ids
    tool.disabled_categories = set()
    tool.enabled_rules = {"typo/repeated-word"}
    tool.enabled_rules_only = True
    assert set(_by_rule(tool.check(DRAFT))) == {"typo/repeated-word"}


def test_browser_add_on_style_form_post_with_annotated_data(server):
    # HTML as the add-on sends it: markup is skipped, <p> read as a paragraph break, offsets count the markup
    parts = [
        {"markup": "<p>"},
        {"text": "Harga cabai 🌶️ naik "},
        {"markup": "<b>", "interpretAs": ""},
        {"text": "tajam tajam"},
        {"markup": "</b>"},
        {"text": " menjelang hari raya."},
        {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "Aktifitas pasar ramai sejak subuh."},
        {"markup": "</p>"},
    ]
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    fields = {
        "data": json.dumps({"annotation": parts}),
        "language": "auto",
        "enabledOnly": "false",
        "level": "default",
        "motherTongue": "id",
        "preferredVariants": "en-US,de-DE",
        "useragent": "webextension-chrome-ng",
        "noopLanguages": "en",
    }
    status, headers, answer = server.request(
        "POST", "/v2/check", fields, headers={"Origin": "chrome-extension://oldceeleldhonbafppcapldpdifcinji"}
    )
    assert status == 200, answer
    assert headers["access-control-allow-origin"] == "chrome-extension://oldceeleldhonbafppcapldpdifcinji"
    assert answer["language"]["detectedLanguage"]["code"] == "id-ID"
    found = {m["rule"]["id"]: m for m in answer["matches"]}
    rep = found["typo/repeated-word"]
    assert utf16_slice(original, rep["offset"], rep["length"]) == "tajam tajam"
    assert [r["value"] for r in rep["replacements"]] == ["tajam"]
    spelling = found["spelling/nonstandard-word"]
    assert utf16_slice(original, spelling["offset"], spelling["length"]) == "Aktifitas"
    for m in answer["matches"]:
        assert set(m) >= {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "rule"}
        assert set(m["rule"]) >= {"id", "description", "issueType", "category"} and set(m["rule"]["category"]) == {
            "id",
            "name",
        }
        ctx = m["context"]
        assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == utf16_slice(original, m["offset"], m["length"])
        assert "<" not in m["sentence"]


def test_ltex_style_form_labelled_as_json(server):
    # ltex-ls posts a URL-encoded form with "Content-Type: application/json"; LanguageTool reads it anyway
    data = json.dumps({"annotation": [{"markup": "# "}, {"text": "Dia pergi ke ke pasar."}]})
    body = urllib.parse.urlencode({"language": "id-ID", "data": data, "level": "picky"}).encode()
    status, _, answer = server.request("POST", "/v2/check", body=body, headers={"Content-Type": "application/json"})
    assert status == 200, answer
    rep = next(m for m in answer["matches"] if m["rule"]["id"] == "typo/repeated-word")
    assert rep["offset"] == len("# Dia pergi ") and rep["length"] == 5


def test_get_check_and_languages(server):
    status, _, langs = server.request("GET", "/v2/languages")
    assert status == 200 and {"name": "Indonesian", "code": "id", "longCode": "id-ID"} in langs
    status, _, answer = server.request("GET", "/v2/check", {"text": "Dia pergi ke ke pasar.", "language": "id"})
    assert status == 200
    assert "typo/repeated-word" in [m["rule"]["id"] for m in answer["matches"]]
    assert answer["software"]["name"] == "newslint"


def test_native_report_for_the_same_input(server):
    status, _, report = server.request("POST", "/newslint/v1/check", {"text": DRAFT})
    assert status == 200
    jsonschema.validate(report, json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8")))
    assert report["version"] == 1 and report["summary"]["files"] == 1
    findings = report["files"][0]["findings"]
    rep = next(f for f in findings if f["rule"] == "typo/repeated-word")
    assert DRAFT[rep["start"] : rep["end"]] == "di di"  # newslint's own report counts code points
    assert rep["line"] == 3
    assert any(f["severity"] == "info" for f in findings)  # the native report has every finding


def test_native_report_for_annotated_data_counts_in_the_original(server):
    parts = [{"markup": "<h1>"}, {"text": "Judul"}, {"markup": "</h1>\n<p>", "interpretAs": "\n\n"}]
    parts += [{"text": "Warga 😀 antre di di balai desa."}, {"markup": "</p>"}]
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    status, _, report = server.request("POST", "/newslint/v1/check", {"data": json.dumps({"annotation": parts})})
    assert status == 200
    rep = next(f for f in report["files"][0]["findings"] if f["rule"] == "typo/repeated-word")
    assert original[rep["start"] : rep["end"]] == "di di"  # code points, markup included
    assert (rep["line"], rep["column"]) == (2, original.split("\n")[1].index("di di") + 1)
    assert rep["fix"]["start"] >= rep["start"] and original[rep["fix"]["start"] : rep["fix"]["end"]] == "di di"
