"""One language per run: numbers and the command line's own words.

Everything newslint prints follows ``--lang`` (``id`` by default): Indonesian
writes thousands with "." and decimals with ",", English the other way round.
Nouns are not pluralised in Indonesian ("1 berkas", "3 berkas"); English
counts use :func:`count`.
"""

from __future__ import annotations

from typing import Any

LANGS = ("id", "en")


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``value`` with the thousands and decimal separators of ``lang``."""
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def count(n: int, lang: str, id_noun: str, en_singular: str, en_plural: str | None = None) -> str:
    """ "3 berkas" / "1 file" / "3 files"."""
    if lang == "en":
        noun = en_singular if n == 1 else (en_plural or en_singular + "s")
        return f"{number(n, lang)} {noun}"
    return f"{number(n, lang)} {id_noun}"


def pick(lang: str, id_text: str, en_text: str) -> str:
    """The text of the run's language."""
    return en_text if lang == "en" else id_text


# Messages raised below the command line (reading, decoding, parsing, writing fixes, configuration) are
# written once, in English, where they are raised; the command line prints them in the run's language
# through this catalogue of phrases: (English phrase as a regex, Indonesian).  A phrase not listed here
# stays English.  Paths and values in a message are never translated.
_PHRASES_ID: tuple[tuple[str, str], ...] = (
    (r"no such file or directory", "berkas atau folder tidak ada"),
    (r"no such file", "berkas tidak ada"),
    (r"permission denied", "akses ditolak"),
    (r"is a directory", "adalah folder"),
    (r"not a text draft \(looks like ([^)]+)\)", r"bukan naskah teks (tampaknya \1)"),
    (r"not a text draft \(contains NUL bytes at character (\d+)\)", r"bukan naskah teks (ada byte NUL di karakter \1)"),
    (r"unknown encoding ", "encoding tidak dikenal: "),
    (r"cannot decode as (\S+) at byte (\d+)", r"tidak bisa dibaca sebagai \1 pada byte \2"),
    (r"looks like UTF-16 without a byte order mark", "tampaknya UTF-16 tanpa penanda urutan byte"),
    (r"\(try --encoding ([^)]+)\)", r"(coba --encoding \1)"),
    (r"\(try --encoding, e\.g\. ", "(coba --encoding, mis. "),
    (
        r"not a regular file \(a pipe, socket or device\); not checked",
        "bukan berkas biasa (pipe, soket, atau perangkat); tidak diperiksa",
    ),
    (r"too large \(([\d,.]+) bytes; the limit is ([\d,.]+)\)", r"terlalu besar (\1 byte; batasnya \2)"),
    (r"symbolic link loop; not checked", "tautan simbolik berputar; tidak diperiksa"),
    (r"cannot read: ", "tidak bisa dibaca: "),
    (r"file is read-only; not fixed", "berkas hanya-baca; tidak diperbaiki"),
    (
        r"changed on disk while being checked; not fixed \(run again\)",
        "berubah di disk saat diperiksa; tidak diperbaiki (jalankan lagi)",
    ),
    (r"cannot write the fixed draft", "tidak bisa menulis naskah yang sudah diperbaiki"),
    (r"the original is unchanged", "naskah asli tidak berubah"),
    (
        r"a fix cannot be written in (\S+) \((.+)\); not fixed",
        r"perbaikan tidak bisa ditulis dalam \1 (\2); tidak diperbaiki",
    ),
    (r"not a readable \.docx file", "bukan berkas .docx yang bisa dibaca"),
    (r"reading \.docx needs python-docx", "membaca .docx butuh python-docx"),
    (r"invalid front matter", "front matter tidak sah"),
    (
        r"--fix needs files \(use --diff to see the changes\)",
        "--fix butuh berkas (pakai --diff untuk melihat perubahannya)",
    ),
    (r"the draft is nested too deeply to analyse", "naskah bersarang terlalu dalam untuk dianalisis"),
    (r"out of memory while checking", "memori habis saat memeriksa"),
    (r"configuration file not found", "berkas konfigurasi tidak ada"),
    (r"cannot read configuration", "tidak bisa membaca konfigurasi"),
    (r"configuration is not UTF-8", "konfigurasi bukan UTF-8"),
    (r"configuration file too large", "berkas konfigurasi terlalu besar"),
    (r"the configuration must be a mapping of keys", "konfigurasi harus berupa pemetaan kunci"),
    (r"invalid TOML", "TOML tidak sah"),
    (r"invalid YAML", "YAML tidak sah"),
    (r"unknown key \(known: ", "kunci tidak dikenal (yang dikenal: "),
    (r"unknown switch \(known: ", "sakelar tidak dikenal (yang dikenal: "),
    (r"unknown rule \(see 'newslint rules'\)", "aturan tidak dikenal (lihat 'newslint rules')"),
    (r"unknown rule family", "keluarga aturan tidak dikenal"),
    (r"unknown genre", "genre tidak dikenal"),
    (r"must be a list of strings", "harus berupa daftar teks"),
    (r"must be 'id' or 'en'", "harus 'id' atau 'en'"),
    (r"must be error, warning, info or never", "harus error, warning, info, atau never"),
    (r"must be true or false", "harus true atau false"),
    (r"is not a directory", "bukan folder"),
    (r"cannot read word list", "tidak bisa membaca daftar kata"),
    (r"cannot read rule pack", "tidak bisa membaca paket aturan"),
    (r"rule pack too large", "paket aturan terlalu besar"),
    (r"a rule pack needs a top-level 'rules:' list", "paket aturan butuh daftar 'rules:' di tingkat teratas"),
    (r"failed and was skipped", "gagal dan dilewati"),
    (r"cannot write ", "tidak bisa menulis "),
)
_COMPILED_ID: list[tuple[Any, str]] | None = None


def localise(message: str, lang: str) -> str:
    """``message`` (written in English where it was raised) in the run's language, phrase by phrase."""
    if lang == "en":
        return message
    global _COMPILED_ID
    if _COMPILED_ID is None:
        import re

        _COMPILED_ID = [(re.compile(pattern), repl) for pattern, repl in _PHRASES_ID]
    for rx, repl in _COMPILED_ID:
        message = rx.sub(repl, message)
    return message
