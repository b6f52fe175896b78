"""``swap_file``: a substitution rule's pairs kept in a text file beside its pack."""

from pathlib import Path

import pytest

from newslint.config import Config, RuleSetting
from newslint.engine.linter import Linter
from newslint.engine.yaml_rules import RuleLoadError, load_pack
from newslint.parsers import parse_text

PACK = (
    "rules:\n"
    "  - id: spelling/x\n"
    "    type: substitution\n"
    "    summary: {{id: ringkas, en: short}}\n"
    "    message: {{id: 'pesan {{match}} {{suggestion}}', en: 'msg {{match}}'}}\n"
    "    authority: test\n"
    "    swap_file: '{name}'\n"
    "    swap:\n"
    "      - {{match: kost, replace: kos}}\n"
)


def _lint(rules, text):
    cfg = Config()
    for r in rules:
        cfg.rules[r.id] = RuleSetting(enabled=True)
    return Linter(rules, cfg).lint(parse_text(text, layout="fragment")).findings


def _pack(tmp_path: Path, pairs: str, name: str = "pairs.tsv"):
    (tmp_path / "pairs.tsv").write_text(pairs, encoding="utf-8")
    p = tmp_path / "p.yaml"
    p.write_text(PACK.format(name=name), encoding="utf-8")
    return load_pack(p)


def test_pairs_of_the_file_join_the_pack(tmp_path):
    rules = _pack(tmp_path, "# a comment\nbalsem\tbalsam\n\nkost\tindekos\nbahas x\tbahasan x\tsuggest  # note\n")
    entries = rules[0]._check.entries
    assert [e["match"] for e in entries] == ["kost", "balsem", "kost", "bahas x"]
    assert entries[-1]["safety"] == "suggest"
    found = _lint(rules, "Ia membeli balsem dan tinggal di rumah kost.")
    # the pack's own entry wins over the file's pair with the same form
    assert [(f.text, f.suggestions) for f in found] == [("balsem", ["balsam"]), ("kost", ["kos"])]


def test_a_capitalized_flag_is_read(tmp_path):
    rules = _pack(tmp_path, "isra miraj\tIsra Mikraj\tcapitalized\n")
    assert rules[0]._check.entries[-1]["capitalized"] is True


@pytest.mark.parametrize("name", ["../pairs.tsv", "sub/pairs.tsv", "/etc/passwd", ".."])
def test_the_file_must_sit_beside_the_pack(tmp_path, name):
    with pytest.raises(RuleLoadError, match="beside the pack"):
        _pack(tmp_path, "balsem\tbalsam\n", name=name)


@pytest.mark.parametrize("pairs", ["balsem\n", "balsem\tbalsam\tloud\n"])
def test_a_malformed_pair_names_its_line(tmp_path, pairs):
    with pytest.raises(RuleLoadError, match=r"pairs\.tsv:1"):
        _pack(tmp_path, pairs)


def test_a_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(RuleLoadError, match="cannot read swap_file"):
        _pack(tmp_path, "balsem\tbalsam\n", name="absent.tsv")
