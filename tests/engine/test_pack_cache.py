"""The parsed-pack cache: same rules with or without it, harmless when the folder is unusable."""

from __future__ import annotations

from pathlib import Path

from newslint.engine.registry import builtin_rules_dir
from newslint.engine.yaml_rules import load_pack


def _summary(rules) -> list[tuple[str, str, str]]:
    return [(r.id, r.meta.severity.value, r.meta.origin) for r in rules]


def test_cached_pack_loads_the_same_rules(tmp_path: Path, monkeypatch) -> None:
    pack = sorted(builtin_rules_dir().glob("*.yaml"))[0]
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    plain = _summary(load_pack(pack))
    monkeypatch.delenv("NEWSLINT_NO_CACHE")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "c"))
    first = _summary(load_pack(pack))  # fills the cache
    assert list((tmp_path / "c").glob("*.marshal"))
    second = _summary(load_pack(pack))  # read from it
    assert plain == first == second


def test_damaged_or_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch) -> None:
    pack = sorted(builtin_rules_dir().glob("*.yaml"))[0]
    expected = _summary(load_pack(pack))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "cache"))
    assert _summary(load_pack(pack)) == expected
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "c"))
    load_pack(pack)
    for f in (tmp_path / "c").glob("*.marshal"):
        f.write_bytes(b"\x00garbage")
    assert _summary(load_pack(pack)) == expected


def test_edited_pack_is_not_served_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "c"))
    pack = tmp_path / "house.yaml"
    rule = """rules:
  - id: style/test-{n}
    type: existence
    severity: info
    summary: Uji.
    message: "Uji '{{match}}'."
    tokens: [contoh]
    examples:
      bad: [Ini contoh.]
      good: [Ini bukan.]
"""
    pack.write_text(rule.format(n="one"), encoding="utf-8")
    assert [r.id for r in load_pack(pack)] == ["style/test-one"]
    pack.write_text(rule.format(n="two"), encoding="utf-8")
    assert [r.id for r in load_pack(pack)] == ["style/test-two"]
