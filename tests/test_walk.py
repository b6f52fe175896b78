"""Folder walks: .gitignore, virtual environments, node_modules, --no-ignore."""

from __future__ import annotations

from pathlib import Path

from newslint.cli import main
from newslint.walk import find_drafts

SUFFIXES = {".txt", ".md"}


def _newsroom(tmp_path: Path) -> Path:
    repo = tmp_path / "redaksi"
    (repo / ".git").mkdir(parents=True)
    (repo / ".gitignore").write_text("arsip-lama/\n*.draft.md\n!penting.draft.md\n", encoding="utf-8")
    files = {
        "naskah/banjir.md": "ok",
        "naskah/catatan.draft.md": "ignored by pattern",
        "naskah/penting.draft.md": "re-included",
        "arsip-lama/2019.txt": "ignored folder",
        "venv/lib/python3.11/site-packages/pip/README.txt": "a virtualenv",
        "venv/pyvenv.cfg": "home = /usr/bin",
        "tools/node_modules/pkg/readme.md": "node",
        ".cache/x.txt": "hidden",
        "laporan/.gitignore": "sementara.txt\n",
        "laporan/sementara.txt": "ignored by a nested .gitignore",
        "laporan/final.txt": "ok",
    }
    for rel, text in files.items():
        p = repo / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return repo


def _names(root: Path, **kw) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in find_drafts(root, SUFFIXES, **kw))


def test_walk_skips_gitignored_files_envs_and_tool_folders(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path)
    assert _names(repo) == ["laporan/final.txt", "naskah/banjir.md", "naskah/penting.draft.md"]


def test_a_subfolder_walk_still_reads_the_repository_gitignore(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path)
    assert _names(repo / "naskah") == ["banjir.md", "penting.draft.md"]


def test_no_ignore_checks_gitignored_files_but_never_environments(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path)
    names = _names(repo, respect_ignores=False)
    assert "arsip-lama/2019.txt" in names and "naskah/catatan.draft.md" in names
    assert not any(n.startswith(("venv/", "tools/node_modules", ".cache")) for n in names)


def test_cli_no_ignore_flag_and_named_files(tmp_path: Path, capsys) -> None:
    repo = _newsroom(tmp_path)
    main(["check", "--no-config", "--format", "plain", "--fail-on", "never", str(repo)])
    out, _ = capsys.readouterr()
    assert "2019.txt" not in out and "site-packages" not in out
    code = main(["check", "--no-config", "--format", "json", "--fail-on", "never", "--no-ignore", str(repo)])
    out, _ = capsys.readouterr()
    assert code == 0 and "2019.txt" in out
    # a file named on the command line is always checked, ignored or not
    main(["check", "--no-config", "--format", "json", "--fail-on", "never", str(repo / "arsip-lama" / "2019.txt")])
    out, _ = capsys.readouterr()
    assert "2019.txt" in out
