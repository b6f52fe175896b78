"""The run-wide garbage-collector settings (newslint/runtime.py)."""

from __future__ import annotations

import gc

import pytest

from newslint import runtime


@pytest.fixture()
def restore_gc():
    threshold = gc.get_threshold()
    frozen = runtime._frozen
    yield
    gc.set_threshold(*threshold)
    gc.unfreeze()
    runtime._frozen = frozen


def test_tune_gc_raises_only_the_young_threshold(restore_gc) -> None:
    gc.set_threshold(700, 10, 10)
    runtime.tune_gc()
    assert gc.get_threshold() == (runtime.YOUNG_THRESHOLD, 10, 10)


def test_freeze_loaded_freezes_once(restore_gc) -> None:
    gc.unfreeze()
    runtime._frozen = False
    runtime.freeze_loaded()
    first = gc.get_freeze_count()
    assert first > 0
    keep = [[i] for i in range(1000)]  # new objects after the freeze stay collectable
    runtime.freeze_loaded()
    assert gc.get_freeze_count() == first
    assert keep


def test_check_run_tunes_gc(tmp_path, restore_gc) -> None:
    from newslint.cli import main

    gc.set_threshold(700, 10, 10)
    draft = tmp_path / "d.txt"
    draft.write_text("Judul\n\nJakarta - Warga membersihkan saluran air pada Senin pagi.\n", encoding="utf-8")
    assert main(["check", str(draft), "--format", "plain"]) in (0, 1)
    assert gc.get_threshold()[0] == runtime.YOUNG_THRESHOLD


def test_collection_paused_restores_the_collector() -> None:
    assert gc.isenabled()
    with runtime.collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with runtime.collection_paused():
            pass
        assert not gc.isenabled()  # a caller's own choice stays
    finally:
        gc.enable()
    with pytest.raises(ValueError), runtime.collection_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_one_draft_check_run_freezes_its_data_and_leaves_the_collector_on(tmp_path, restore_gc) -> None:
    from newslint.cli import main

    gc.unfreeze()
    runtime._frozen = False
    draft = tmp_path / "d.txt"
    draft.write_text("Judul\n\nJakarta - Warga membersihkan saluran air pada Senin pagi.\n", encoding="utf-8")
    assert main(["check", str(draft), "--format", "plain", "--jobs", "1"]) in (0, 1)
    assert gc.isenabled()
    assert runtime._frozen and gc.get_freeze_count() > 0


def test_build_for_workers_builds_only_the_active_rules_tables(monkeypatch) -> None:
    built: list[str] = []

    def typo_table() -> None:
        built.append("typo")

    def other_table() -> None:
        built.append("other")

    typo_table.__module__ = "newslint.checks.typo_word"
    other_table.__module__ = "newslint.checks.elsewhere"
    monkeypatch.setattr(runtime, "_FOR_WORKERS", [])
    assert runtime.for_workers(typo_table) is typo_table
    runtime.for_workers(other_table)
    runtime.build_for_workers({"newslint.checks.typo_word"})
    assert built == ["typo"]


def test_rule_tables_are_marked_for_workers() -> None:
    import newslint.checks.typo_word  # noqa: F401

    # typo/entity's city table is built per first letter when asked (a few dozen words a corpus), after the fork
    modules = {b.__module__ for b in runtime._FOR_WORKERS}
    assert "newslint.checks.typo_word" in modules
