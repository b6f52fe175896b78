"""``newslint check`` on many drafts in a process pool prints exactly what one process prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.app.parallel import MIN_FILES, use_pool
from newslint.cli import main

DRAFTS = [
    "Harga Cabai Naik\n\nJakarta - Harga cabai naik  lagi , kata pedagang di pasar.\n",
    "Banjir di Kota\n\nBandung - Warga yang yang tinggal di tepi sungai mengungsi.\n",
    "Jembatan Baru\n\nSurabaya - Walikota meresmikan jembatan baru pada hari Senin.\n",
]

PACK = """\
rules:
  - id: redaksi/cabai
    type: existence
    severity: warning
    summary: contoh
    message: "Temuan '{match}'."
    patterns: ['cabai']
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """More drafts than the pool threshold, a configuration with a custom pack and a broken one."""
    drafts = tmp_path / "naskah"
    drafts.mkdir()
    for i in range(MIN_FILES * 3):
        (drafts / f"{i:03d}.txt").write_text(DRAFTS[i % len(DRAFTS)], encoding="utf-8")
    (tmp_path / "aturan").mkdir()
    (tmp_path / "aturan" / "redaksi.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "rusak").mkdir()
    (tmp_path / "rusak" / "rusak.yaml").write_text("rules: [{id: x}]\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rule_dirs: [aturan, rusak]\n", encoding="utf-8")
    return drafts


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["json", "plain", "jsonl", "sarif", "github", "html"])
def test_a_pool_reports_what_one_process_reports(folder: Path, capsys, fmt: str) -> None:
    one = _run(["check", str(folder), "--format", fmt, "--jobs", "1"], capsys)
    pool = _run(["check", str(folder), "--format", fmt, "--jobs", "2"], capsys)
    assert pool == one
    assert "redaksi/cabai" in one[1] and one[2].count("rusak.yaml") == 1  # the broken pack: one warning
    assert one[0] == 2  # a pack failed to load: the report is incomplete


def test_fix_and_diff_in_a_pool_equal_one_process(folder: Path, tmp_path: Path, capsys) -> None:
    diff_one = _run(["check", str(folder), "--diff", "--jobs", "1"], capsys)
    diff_pool = _run(["check", str(folder), "--diff", "--jobs", "2"], capsys)
    assert diff_pool == diff_one and "+Jakarta - Harga cabai naik lagi, kata" in diff_one[1]
    copy = tmp_path / "salinan"
    copy.mkdir()
    for f in folder.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    fixed_one = _run(["check", str(copy), "--fix", "--format", "json", "--jobs", "1"], capsys)
    fixed_pool = _run(["check", str(folder), "--fix", "--format", "json", "--jobs", "2"], capsys)
    assert fixed_pool[0] == fixed_one[0]
    assert fixed_pool[1].replace(str(folder), str(copy)) == fixed_one[1]
    for f in folder.iterdir():
        assert f.read_bytes() == (copy / f.name).read_bytes()


def test_one_draft_or_stdin_never_starts_a_pool() -> None:
    assert not use_pool([Path("a.txt")], 8)
    assert not use_pool([Path(f"{i}.txt") for i in range(MIN_FILES)] + ["-"], 8)
    assert not use_pool([Path(f"{i}.txt") for i in range(MIN_FILES)], 1)
    assert use_pool([Path(f"{i}.txt") for i in range(MIN_FILES)], 2)


def test_jobs_must_be_positive(folder: Path, capsys) -> None:
    code, _, err = _run(["check", str(folder), "--jobs", "0"], capsys)
    assert code == 2 and "--jobs" in err


def test_pool_workers_die_with_a_killed_run(tmp_path) -> None:
    """SIGKILL of `check` cannot stop its pool: the workers must end with it, not wait (or fix) for ever."""
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "naskah"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03d}.txt").write_text(
            f"Judul {i}\n\nWarga datang ke pasar , kata petugas. " * 30, encoding="utf-8"
        )
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "plain", "--jobs", "2", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    children: list[int] = []
    while time.monotonic() < deadline and not children and proc.poll() is None:
        out = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout
        children = [int(x) for x in out.split()]
        time.sleep(0.05)
    if not children:
        proc.wait(timeout=120)
        pytest.skip("the run ended before its pool started (fast machine)")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    alive = children
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid)]
        time.sleep(0.1)
    assert not alive, f"pool workers outlived the killed run: {alive}"


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) is not running
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def test_groups_keep_the_order_and_shrink_to_single_drafts_at_the_end() -> None:
    from newslint.app.parallel import GROUP, MAX_GROUPS, group_drafts

    files = [Path(f"{i:03d}.txt") for i in range(301)]
    groups = group_drafts(files, 2)
    assert [f for g in groups for f in g] == files
    assert max(len(g) for g in groups) == GROUP
    assert [len(g) for g in groups[-4:]] == [1, 1, 1, 1]  # no process is left with a long last group
    for n, processes in ((MAX_GROUPS * 3, 2), (MAX_GROUPS * 7, 64), (MAX_GROUPS * 20 + 1, 2)):
        many = [Path(f"{i}.txt") for i in range(n)]
        groups = group_drafts(many, processes)
        assert len(groups) <= MAX_GROUPS  # every group index fits in the claims pipe
        assert [f for g in groups for f in g] == many


def test_each_process_owns_a_contiguous_segment_that_shrinks_to_single_drafts_at_its_end() -> None:
    from newslint.app.parallel import GROUP, MAX_GROUPS, segment_groups

    files = [Path(f"{i:03d}.txt") for i in range(301)]
    segments = segment_groups(files, 2)
    assert len(segments) == 2
    assert [f for seg in segments for g in seg for f in g] == files  # contiguous, in order, every draft once
    assert abs(sum(map(len, segments[0])) - sum(map(len, segments[1]))) <= 1
    for seg in segments:
        assert max(len(g) for g in seg) == GROUP
        assert [len(g) for g in seg[-2:]] == [1, 1]  # whoever finishes a segment is not left with a long group
    assert len(segment_groups(files[:3], 8)) == 3  # never an empty segment
    for n, processes in ((MAX_GROUPS * 3, 2), (MAX_GROUPS * 7, 64), (MAX_GROUPS * 20 + 1, 3)):
        many = [Path(f"{i}.txt") for i in range(n)]
        segments = segment_groups(many, processes)
        assert sum(map(len, segments)) <= MAX_GROUPS  # every group index fits in the claims pipes
        assert [f for seg in segments for g in seg for f in g] == many


def test_an_unknown_rule_in_a_later_configuration_stops_a_pool_as_it_stops_one_process(folder: Path, capsys) -> None:
    """A sub-folder's configuration lacks the pack that defines the selected rule: a worker meets
    the unknown selector first, and the run ends with the same usage error as in one process."""
    sub = folder / "zz"
    sub.mkdir()
    for i in range(MIN_FILES * 2):
        (sub / f"{i:03d}.txt").write_text(DRAFTS[i % len(DRAFTS)], encoding="utf-8")
    (sub / ".newslint.yaml").write_text("lang: id\n", encoding="utf-8")
    one = _run(["check", str(folder), "--select", "redaksi/cabai", "--jobs", "1"], capsys)
    pool = _run(["check", str(folder), "--select", "redaksi/cabai", "--jobs", "2"], capsys)
    assert pool == one
    assert one[0] == 2 and "redaksi/cabai" in one[2]


def test_a_lost_worker_is_a_one_line_error_not_a_hang(folder: Path, capsys, monkeypatch) -> None:
    import os

    from newslint.app import parallel

    main_pid = os.getpid()
    check_drafts = parallel._check_drafts

    def dies_in_a_worker(files, session, options):
        if os.getpid() != main_pid:
            os._exit(3)  # a worker killed mid-run (out of memory, a crash in a native library)
        return check_drafts(files, session, options)

    monkeypatch.setattr(parallel, "_check_drafts", dies_in_a_worker)
    code, out, err = _run(["check", str(folder), "--jobs", "2", "--lang", "en"], capsys)
    assert code == 2 and out == ""
    assert err.strip() == "newslint check: a worker process ended before it returned its drafts (try --jobs 1)"


def test_without_fork_a_spawned_pool_reports_what_one_process_reports(folder: Path, capsys, monkeypatch) -> None:
    import os

    one = _run(["check", str(folder), "--format", "json", "--jobs", "1"], capsys)
    monkeypatch.delattr(os, "fork")
    pool = _run(["check", str(folder), "--format", "json", "--jobs", "2"], capsys)
    assert pool == one


def test_when_no_worker_can_be_forked_the_main_process_checks_every_draft(folder: Path, capsys, monkeypatch) -> None:
    import os

    one = _run(["check", str(folder), "--format", "json", "--jobs", "1"], capsys)

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert _run(["check", str(folder), "--format", "json", "--jobs", "4"], capsys) == one


@pytest.mark.parametrize("fmt", ["json", "jsonl", "plain"])
def test_drafts_a_pool_renders_as_it_checks_them_give_the_report_rendered_at_the_end(folder: Path, fmt: str) -> None:
    """The pool's processes render each draft's part of the report (prerender); the report with those parts
    is the report rendered from the findings, errors and escaped control characters included."""
    import io

    from newslint.app.assembly import Session
    from newslint.app.parallel import check_in_pool
    from newslint.app.pipeline import CheckOptions
    from newslint.reporters import Report, ReportOptions, render

    (folder / "kendali.txt").write_text("Judul\n\nWarga \x85 di di \u2028 sini \u202e juga.\n", encoding="utf-8")
    (folder / "rusak.docx").write_bytes(b"bukan zip")
    files = sorted(folder.iterdir())
    session = Session(no_config=True)
    checked = list(check_in_pool(files, session, {"no_config": True}, CheckOptions(prerender=fmt), 2))
    results = [c.result for c in checked]
    assert all(r.rendered is not None for r in results[1:])  # the first draft is checked before the pool starts
    assert any(r.error for r in results)
    early = io.StringIO()
    render(fmt, Report(results), early, ReportOptions())
    for r in results:
        r.rendered = None
    late = io.StringIO()
    render(fmt, Report(results), late, ReportOptions())
    assert early.getvalue() == late.getvalue()
    assert ("\\u2028" if fmt != "plain" else "kendali.txt") in early.getvalue()


def test_a_pool_with_a_baseline_reports_what_one_process_reports(folder: Path, tmp_path: Path, capsys) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["baseline", str(folder), "-o", str(baseline)]) in (0, 1, 2)
    (folder / "000.txt").write_text(DRAFTS[1] + "\nHarga cabai cabai naik.\n", encoding="utf-8")
    capsys.readouterr()
    argv = ["check", str(folder), "--format", "json", "--baseline", str(baseline)]
    assert _run([*argv, "--jobs", "2"], capsys) == _run([*argv, "--jobs", "1"], capsys)
