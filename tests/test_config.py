from pathlib import Path

import pytest

from newslint.api import check_text
from newslint.config import ConfigError, find_config_file, load_config_file, parse_config
from newslint.engine.finding import Severity

KNOWN = {"typo/repeated-word", "punct/spacing", "structure/sentence-length"}


def test_rule_settings_family_and_id():
    cfg = parse_config(
        {
            "rules": {
                "punct": "off",
                "typo/repeated-word": {"severity": "error"},
                "structure/sentence-length": {"max_words": 5},
            }
        },
        "x.yaml",
        known_rules=KNOWN,
    )
    assert cfg.setting_for("punct/spacing").enabled is False
    assert cfg.setting_for("typo/repeated-word").severity is Severity.ERROR
    assert cfg.setting_for("structure/sentence-length").options == {"max_words": 5}


@pytest.mark.parametrize(
    "data,key",
    [
        ({"warna": True}, "warna"),
        ({"lang": "fr"}, "lang"),
        ({"rules": {"typo/tidak-ada": "off"}}, "rules.typo/tidak-ada"),
        ({"rules": {"punct/spacing": "keras"}}, "rules.punct/spacing"),
        ({"rules": {"punct/spacing": {"severity": "fatal"}}}, "rules.punct/spacing.severity"),
        ({"vocabulary": {"terima": ["a"]}}, "vocabulary.terima"),
        ({"vocabulary": {"accept": "a b"}}, None),  # a single string is fine
        ({"house": {"currency_space": "ya"}}, "house.currency_space"),
        ({"datelines": ["(unclosed"]}, "datelines"),
        ({"ignore": ["a"]}, "ignore"),
    ],
)
def test_invalid_values_name_file_and_key(data, key):
    if key is None:
        parse_config(data, "cfg.yaml", known_rules=KNOWN)
        return
    with pytest.raises(ConfigError) as exc:
        parse_config(data, "cfg.yaml", known_rules=KNOWN)
    assert "cfg.yaml" in str(exc.value) and key in str(exc.value)


def test_yaml_aliases_are_refused(tmp_path: Path):
    bomb = tmp_path / ".newslint.yaml"
    bomb.write_text('a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases"):
        load_config_file(bomb)


def test_yaml_syntax_error_names_line(tmp_path: Path):
    p = tmp_path / ".newslint.yaml"
    p.write_text("rules:\n  a: [\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config_file(p)
    assert str(p) in str(exc.value)


def test_pyproject_section(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nlang = "en"\n', encoding="utf-8")
    sub = tmp_path / "x"
    sub.mkdir()
    found = find_config_file(sub / "draf.md")
    assert found == tmp_path / "pyproject.toml"
    assert load_config_file(found).lang == "en"


def test_word_list_files_and_per_path_ignores(tmp_path: Path):
    (tmp_path / "kata.txt").write_text("# nama merek\nUbergizmo\n\nOneDrive\n", encoding="utf-8")
    cfg = parse_config(
        {"vocabulary": {"accept_files": ["kata.txt"]}, "ignore": {"arsip/**": "all", "rilis/*.md": ["punct"]}},
        tmp_path / ".newslint.yaml",
    )
    assert cfg.accept == ["Ubergizmo", "OneDrive"]
    assert cfg.ignored_rules(tmp_path / "arsip" / "2019" / "a.md") == ["*"]
    assert cfg.ignored_rules(tmp_path / "rilis" / "b.md") == ["punct"]
    assert cfg.ignored_rules(tmp_path / "hari-ini.md") == []


def test_options_reach_the_rule():
    cfg = parse_config({"rules": {"structure/sentence-length": {"max_words": 3}}}, "c.yaml")
    found = check_text("Ini kalimat yang cukup panjang sekali.", layout="fragment", config=cfg, select=["structure"])
    assert [f.rule for f in found] == ["structure/sentence-length"]
