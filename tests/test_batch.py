"""Batch mode: input formats, output, parity with ``newslint check``, --jobs, --resume."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newslint import batch
from newslint.batch import BatchOptions, make_document, run_batch
from newslint.cli import main
from newslint.model.document import Zone

# Our own short drafts (not news text): each has at least one sure finding
# (a doubled word) and some ordinary prose around it.
ARTICLES = [
    {
        "id": "a1",
        "title": "Banjir rendam permukiman di tepi sungai",
        "text": "Jakarta - Banjir merendam puluhan rumah di tepi sungai pada Senin pagi. "
        "Warga yang yang tinggal di bantaran mengungsi ke balai desa.\n\n"
        "Petugas membagikan makanan dan selimut kepada para pengungsi.",
    },
    {
        "id": "a2",
        "title": "Pasar malam kembali dibuka",
        "text": "Pasar malam di alun-alun kota kembali dibuka setelah dua tahun ditutup. "
        "Pedagang menyambut keputusan itu dengan gembira.\n\n"
        "Pengunjung datang sejak sore hari dan dan antrean mengular hingga jalan raya.",
    },
    {
        "id": "a3",
        "title": "Sekolah baru diresmikan",
        "text": "Bupati meresmikan gedung sekolah dasar yang baru pada Selasa. "
        "Gedung itu memiliki dua belas ruang kelas.\n\n"
        "Kepala sekolah berharap murid belajar dengan nyaman.",
    },
    {
        "id": "a4",
        "title": "Jembatan gantung diperbaiki",
        "text": "Warga desa bergotong royong memperbaiki jembatan gantung yang rusak. "
        "Mereka mengganti papan papan kayu yang lapuk.\n\n"
        "Perbaikan di di sisi timur selesai dalam tiga hari.",
    },
    {
        "id": "a5",
        "title": "Festival layang-layang",
        "text": "Ratusan layang-layang menghiasi langit pantai pada akhir pekan. Peserta datang dari berbagai daerah.",
    },
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "arsip.jsonl", ARTICLES)


def test_jsonl_findings_and_summary(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "temuan.jsonl"
    s = run_batch(archive, BatchOptions(title_field="title"), output=out)
    found = _lines(out)
    assert s.articles == 5 and s.records == 5 and s.skipped == 0
    assert s.findings == len(found)
    repeated = [f for f in found if f["rule"] == "typo/repeated-word"]
    assert {f["id"] for f in repeated} >= {"a1", "a2", "a4"}
    f = next(x for x in repeated if x["id"] == "a1")
    # offsets refer to "title\n\ntext": the finding's text is the doubled word
    draft = batch.draft_text(ARTICLES[0]["title"], ARTICLES[0]["text"])
    assert draft[f["start"] : f["end"]] == f["text"] and "yang yang" in f["text"]
    assert f["line"] == 3
    progress = json.loads((tmp_path / "temuan.jsonl.progress.json").read_text())
    assert progress["finished"] and progress["records"] == 5 and progress["offset"] == out.stat().st_size


def test_batch_equals_check_on_the_same_drafts(archive: Path, tmp_path: Path, capsys) -> None:
    """A batch run over an archive finds exactly what `newslint check` finds in the same drafts as files."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    for a in ARTICLES:
        (folder / f"{a['id']}.txt").write_text(batch.draft_text(a["title"], a["text"]), encoding="utf-8")
    assert main(["check", str(folder), "--format", "json", "--no-config", "--fail-on", "never"]) == 0
    report = json.loads(capsys.readouterr().out)
    expected = sorted(
        (Path(r["path"]).stem, f["rule"], f["start"], f["end"], f["message"])
        for r in report["files"]
        for f in r["findings"]
    )
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(archive), "--title-field", "title", "-o", str(out), "--no-config", "--no-progress"])
    assert code == 0
    got = sorted((f["id"], f["rule"], f["start"], f["end"], f["message"]) for f in _lines(out))
    assert got == expected
    printed = capsys.readouterr().out
    assert "typo/repeated-word" in printed and "per 1.000 kata" in printed


def test_jobs_output_is_identical(archive: Path, tmp_path: Path) -> None:
    rows = ARTICLES * 4
    rows = [{**r, "id": f"{r['id']}-{i}"} for i, r in enumerate(rows)]
    src = _write_jsonl(tmp_path / "besar.jsonl", rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    opts = BatchOptions(title_field="title")
    s1 = run_batch(src, opts, output=one, chunk_size=3)
    s2 = run_batch(src, opts, output=two, jobs=2, chunk_size=3)
    assert one.read_bytes() == two.read_bytes()
    assert s1.by_rule == s2.by_rule and s1.words == s2.words


def test_interrupt_then_resume_equals_a_full_run(archive: Path, tmp_path: Path, monkeypatch) -> None:
    opts = BatchOptions(title_field="title")
    full = tmp_path / "full.jsonl"
    s_full = run_batch(archive, opts, output=full, chunk_size=2)
    out = tmp_path / "part.jsonl"
    real = batch.lint_items
    calls = {"n": 0}

    def flaky(options, items):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(options, items)

    monkeypatch.setattr(batch, "lint_items", flaky)
    with pytest.raises(KeyboardInterrupt):
        run_batch(archive, opts, output=out, chunk_size=2)
    monkeypatch.setattr(batch, "lint_items", real)
    state = json.loads((tmp_path / "part.jsonl.progress.json").read_text())
    assert state["records"] == 2 and not state["finished"]
    # a chunk that was half written when the run stopped is cut away on resume
    with out.open("ab") as fh:
        fh.write(b'{"id": "a3", "rule": "half-writ')
    s = run_batch(archive, opts, output=out, resume=True, chunk_size=2)
    assert out.read_bytes() == full.read_bytes()
    assert s.by_rule == s_full.by_rule and s.articles == 5 and s.resumed_from == 2
    # resuming a finished run changes nothing
    run_batch(archive, opts, output=out, resume=True)
    assert out.read_bytes() == full.read_bytes()


def test_resume_refuses_another_input(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run_batch(archive, BatchOptions(), output=out)
    other = _write_jsonl(tmp_path / "lain.jsonl", ARTICLES[:2])
    with pytest.raises(batch.BatchError, match="was written for input"):
        run_batch(other, BatchOptions(), output=out, resume=True)


def test_csv_with_bom_and_multiline_field(tmp_path: Path) -> None:
    src = tmp_path / "arsip.csv"
    with src.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["kode", "judul", "isi"])
        w.writeheader()
        for a in ARTICLES:
            w.writerow({"kode": a["id"], "judul": a["title"], "isi": a["text"]})
    out = tmp_path / "csv.jsonl"
    opts = BatchOptions(text_field="isi", id_field="kode", title_field="judul")
    s = run_batch(src, opts, output=out)
    ref = tmp_path / "ref.jsonl"
    run_batch(_write_jsonl(tmp_path / "a.jsonl", ARTICLES), BatchOptions(title_field="title"), output=ref)
    assert s.articles == 5 and out.read_bytes() == ref.read_bytes()


def test_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow (newslint[parquet]) is not installed")
    import pyarrow.parquet as pq

    src = tmp_path / "arsip.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), src)
    out, ref = tmp_path / "pq.jsonl", tmp_path / "ref.jsonl"
    run_batch(src, BatchOptions(title_field="title"), output=out)
    run_batch(_write_jsonl(tmp_path / "a.jsonl", ARTICLES), BatchOptions(title_field="title"), output=ref)
    assert out.read_bytes() == ref.read_bytes()


def test_bad_records_are_skipped_with_a_line(tmp_path: Path, capsys) -> None:
    src = tmp_path / "rusak.jsonl"
    src.write_text(
        json.dumps(ARTICLES[0])
        + "\n{ini bukan json\n"
        + json.dumps({"id": "x"})
        + "\n\n"
        + json.dumps(ARTICLES[1])
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(src), "-o", str(out), "--no-config", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert f"{src}:2: not valid JSON" in err and f"{src}:3: field 'text' is missing" in err
    assert "Traceback" not in err
    state = json.loads(Path(str(out) + ".progress.json").read_text())
    assert state["articles"] == 2 and state["skipped"] == 2


@pytest.mark.parametrize(
    "argv, message",
    [
        (["batch", "tidak-ada.jsonl"], "tidak ada"),
        (["batch", "{src}", "--resume"], "--resume needs --output"),
        (["batch", "{src}", "--jobs", "0"], "--jobs must be at least 1"),
        (["batch", "{txt}"], "unknown input format"),
    ],
)
def test_usage_errors_are_one_line(argv: list[str], message: str, archive: Path, tmp_path: Path, capsys) -> None:
    txt = tmp_path / "naskah.txt"
    txt.write_text("x", encoding="utf-8")
    argv = [a.format(src=archive, txt=txt) for a in argv]
    assert main([*argv, "--no-config"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any(message in line for line in err) and "Traceback" not in "\n".join(err)


def test_findings_to_stdout_summary_to_stderr(archive: Path, capsys) -> None:
    assert main(["batch", str(archive), "--no-config", "--select", "typo/repeated-word", "--lang", "en"]) == 0
    cap = capsys.readouterr()
    rows = [json.loads(x) for x in cap.out.splitlines()]
    assert rows and all(r["rule"] == "typo/repeated-word" for r in rows)
    assert "per 1,000 words" in cap.err


def test_without_title_the_first_paragraph_is_the_lead() -> None:
    doc = make_document("Kalimat pertama berita ini.\nMasih paragraf pertama.\n\nParagraf kedua.", None, "<t>")
    assert [p.zone for p in doc.paragraphs] == [Zone.LEAD, Zone.BODY]
    assert doc.paragraphs[0].end > doc.text.index("Masih")
    doc = make_document("Isi berita.", "Judul", "<t>")
    assert doc.paragraphs[0].zone is Zone.HEADLINE


def test_fail_on_has_the_meaning_it_has_in_check(archive: Path, tmp_path: Path, capsys) -> None:
    out = str(tmp_path / "temuan.jsonl")
    base = ["batch", str(archive), "--no-config", "--no-progress", "-o", out]
    # the doubled words are warnings: not at error level (the default), but at warning level
    assert main([*base, "--select", "typo/repeated-word"]) == 0
    assert main([*base, "--select", "typo/repeated-word", "--fail-on", "warning"]) == 1
    assert main([*base, "--select", "typo/repeated-word", "--fail-on", "never"]) == 0
    capsys.readouterr()


def test_unknown_selector_is_a_usage_error_with_a_suggestion(archive: Path, capsys) -> None:
    code = main(["batch", str(archive), "--no-config", "--no-progress", "--select", "typo/repeated-wrod"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "typo/repeated-wrod" in err and "maksudnya typo/repeated-word" in err
