from __future__ import annotations

import pytest

from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.parsers import parse_text
from newslint.reporters import FileResult, Report

# A draft of our own with a typo, a spacing slip, an astral character (UTF-16
# columns differ from code points after it) and hostile markup.
DRAFT = (
    "Banjir di di Bekasi\n\n"
    "Bekasi - Air 🌊 naik naik sejak subuh , kata petugas.\n\n"
    'Warga menulis <script>window.__pwned = 1</script> dan <img src=x onerror="window.__pwned = 2"> '
    "serta [tautan](javascript:window.__pwned=3) di di grup.\n"
)


@pytest.fixture()
def report() -> Report:
    doc = parse_text(DRAFT, "drafts/banjir.txt")
    findings = Linter(list(builtin_rules()), select=["typo/repeated-word", "punct/spacing"]).lint(doc).findings
    r = Report()
    r.files.append(FileResult("drafts/banjir.txt", findings, doc=doc, words=doc.word_count))
    r.files.append(FileResult("drafts/rusak.txt", error="drafts/rusak.txt: cannot decode as utf-8 at byte 3"))
    return r
