"""One language per run: numbers and the command line's own words.

Everything newslint prints follows ``--lang`` (``id`` by default): Indonesian
writes thousands with "." and decimals with ",", English the other way round.
Nouns are not pluralised in Indonesian ("1 berkas", "3 berkas"); English
counts use :func:`count`.
"""

from __future__ import annotations

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
