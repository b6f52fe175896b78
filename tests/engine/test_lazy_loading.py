"""Start-up work that the built-in rules defer: PyYAML on a pack-cache hit, pattern compiles until first use."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from newslint.engine.registry import builtin_rules, builtin_rules_dir
from newslint.engine.yaml_rules import load_pack
from newslint.lazyre import LazyPattern

ROOT = Path(__file__).resolve().parents[2]


def _yaml_checks():
    for rule in builtin_rules():
        check = rule._check
        if hasattr(check, "pattern_flags"):
            yield rule.id, check


def test_built_in_patterns_compile_and_keep_the_flags_the_prefilter_assumed() -> None:
    seen = 0
    for rid, check in _yaml_checks():
        rx = getattr(check, "regex", None)
        if rx is None:
            continue
        assert isinstance(rx, LazyPattern), rid
        compiled = re.compile(rx.pattern, check.pattern_flags)  # raises on a broken built-in pattern
        # set_plan reads pattern_flags instead of compiling: no built-in pattern may add global inline flags
        assert compiled.flags == check.pattern_flags, rid
        seen += 1
    assert seen >= 15


def test_a_pack_loaded_without_lazy_compiles_at_once() -> None:
    pack = sorted(builtin_rules_dir().glob("*.yaml"))[0]
    for rule in load_pack(pack):
        rx = getattr(rule._check, "regex", None)
        assert rx is None or isinstance(rx, re.Pattern)


def test_a_cached_start_up_never_imports_pyyaml(tmp_path: Path) -> None:
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("NEWSLINT_NO_CACHE", None)
    probe = (
        "import sys; from newslint.engine.registry import builtin_rules; import newslint.cli; "
        "builtin_rules(); print('yaml' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # the first run parses the packs and fills the cache
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.strip() == "False"
