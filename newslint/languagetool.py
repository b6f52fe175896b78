"""LanguageTool adapter: English passages of a draft, checked by a LanguageTool server.

LanguageTool has no Indonesian, but Indonesian copy quotes English sources
and newsrooms run LanguageTool servers for their English desks.  With

.. code-block:: yaml

    languagetool:
      server: http://localhost:8081     # or "local" (needs newslint[languagetool], Java 17)
      language: en-US
      timeout: 10                       # seconds, optional

newslint picks the English passages of a draft (quotations first, then whole
sentences; see :func:`english_passages`), sends them in one check request and
reports each match as ``languagetool/<rule id>``.

The client is `language-tool-python` (extra ``newslint[languagetool]``), for
a remote server and for a local one alike: it speaks LanguageTool's HTTP API,
and with ``server: local`` it starts LanguageTool on this machine. It is
GPL-3.0, so it stays an optional extra (see NOTICE). LanguageTool counts
lengths in UTF-16 code units (Java strings); the client turns offsets into
code points, and :func:`_end_of` does the same for lengths.

Off by default.  An unreachable server is one warning line for the run; the
rest of the report still prints and the exit code does not change.
"""

from __future__ import annotations

import atexit
import re
from typing import Any

from newslint.config import validate_languagetool_settings as validate_settings  # noqa: F401 - its old home
from newslint.engine.finding import Finding, Severity
from newslint.model.document import Document

#: English function words that Indonesian prose does not use as words.
#: ("di", "a", "I", "me", "man" are left out: they are Indonesian words,
#: initials or loans in Indonesian copy.)
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "for",
        "on",
        "with",
        "as",
        "at",
        "by",
        "from",
        "but",
        "or",
        "not",
        "no",
        "will",
        "would",
        "should",
        "could",
        "can",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "we",
        "you",
        "they",
        "he",
        "she",
        "our",
        "your",
        "their",
        "his",
        "her",
        "them",
        "us",
        "an",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "than",
        "then",
        "so",
        "very",
        "just",
        "about",
        "into",
        "over",
        "after",
        "before",
        "because",
        "while",
        "also",
        "only",
        "all",
        "any",
        "some",
        "more",
        "most",
        "other",
        "such",
        "my",
        "mine",
        "yours",
        "ours",
        "theirs",
        "i'm",
        "it's",
        "don't",
        "can't",
        "won't",
        "we're",
        "they're",
        "isn't",
        "aren't",
        "wasn't",
    ]
)
MIN_WORDS = 4  # shorter passages are names, titles or slogans
MIN_SHARE = 0.25  # share of English function words among the words
MIN_HITS = 2

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_unreachable: set[str] = set()  # servers already reported as down in this run


def is_english(text: str) -> bool:
    """True when ``text`` reads as English: enough words, enough English function words."""
    words = [w.lower() for w in _WORD.findall(text)]
    total = len(text.split())
    if len(words) < MIN_WORDS or total == 0:
        return False
    hits = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    return hits >= MIN_HITS and hits / total >= MIN_SHARE


def english_passages(doc: Document) -> list[tuple[int, int]]:
    """Spans of ``doc.text`` to send: English quotations, then English sentences outside them."""
    spans: list[tuple[int, int]] = []
    for q in doc.quotations:
        inner = q.inner
        if inner.end > inner.start and is_english(doc.text[inner.start : inner.end]):
            spans.append((inner.start, inner.end))
    for s in doc.sentences:
        if any(a < s.end and s.start < b for a, b in spans):
            continue  # its English part is already in as a quotation
        text = doc.text[s.start : s.end]
        if is_english(text):
            spans.append((s.start, s.end))
    return sorted(spans)


def _end_of(text: str, start: int, length16: int) -> int:
    """Code-point end of a match starting at code point ``start`` and ``length16`` UTF-16 units long."""
    end, units = start, 0
    while units < length16 and end < len(text):
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


#: One client per (server, language) for the run: the client asks the server for its
#: languages once, and a local LanguageTool is started once.
_CLIENTS: dict[tuple[str, str], Any] = {}


def _client(settings: dict[str, Any]) -> Any:
    """The language-tool-python client for ``settings``; ConnectionError with a one-line reason."""
    try:
        import language_tool_python
        from language_tool_python.exceptions import LanguageToolError
    except ImportError:
        raise ConnectionError(
            "the LanguageTool adapter needs language-tool-python: pip install 'newslint[languagetool]'"
        ) from None
    server, language = settings["server"], settings["language"]
    key = (server, language)
    if key in _CLIENTS:
        return _CLIENTS[key]
    # language-tool-python reads its request timeout from the class attribute _TIMEOUT
    # (300 s); a subclass carries the configured one, from the first request on
    client_class = type("NewslintLanguageTool", (language_tool_python.LanguageTool,), {"_TIMEOUT": settings["timeout"]})
    try:
        if server == "local":  # downloads LanguageTool on first use; needs Java 17
            tool = client_class(language)
            atexit.register(tool.close)
        else:
            tool = client_class(language, remote_server=_base_url(server))
    except LanguageToolError as exc:
        raise ConnectionError(f"{server} unreachable ({_reason(exc)})") from None
    except ValueError as exc:  # the server does not list the language
        raise ConnectionError(f"{server}: {_reason(exc)}") from None
    except (OSError, KeyError, TypeError) as exc:
        raise ConnectionError(f"{server} did not answer as a LanguageTool server ({_reason(exc)})") from None
    _CLIENTS[key] = tool
    return tool


def _base_url(server: str) -> str:
    """The server's base URL as language-tool-python joins "v2/" to it: ``…/v2`` dropped, one trailing slash."""
    base = server.rstrip("/")
    if base.endswith("/v2"):
        base = base[: -len("/v2")]
    return base + "/"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def check_text(text: str, settings: dict[str, Any]) -> list[Any]:
    """Check ``text``; language-tool-python's matches (offsets in code points).

    Raises ConnectionError with a one-line reason when the server cannot be used.
    """
    from language_tool_python.exceptions import LanguageToolError

    tool = _client(settings)
    try:
        return list(tool.check(text))
    except LanguageToolError as exc:
        raise ConnectionError(f"{settings['server']} unreachable ({_reason(exc)})") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConnectionError(f"{settings['server']} did not answer with LanguageTool JSON ({_reason(exc)})") from None


_SEPARATOR = "\n\n"  # LanguageTool treats blank-line-separated text as separate paragraphs


def languagetool_findings(doc: Document, settings: dict[str, Any]) -> list[Finding]:
    """Raw findings (offsets into ``doc.text``) for the English passages of ``doc``."""
    spans = english_passages(doc)
    if not spans:
        return []
    parts: list[str] = []
    starts: list[tuple[int, int]] = []  # (offset in the request text, offset in doc.text)
    at = 0
    for s, e in spans:
        starts.append((at, s))
        parts.append(doc.text[s:e])
        at += e - s + len(_SEPARATOR)
    request_text = _SEPARATOR.join(parts)
    findings: list[Finding] = []
    for m in check_text(request_text, settings):
        try:
            start, len16 = int(m.offset), int(m.error_length)
            rule_id = str(m.rule_id or "UNKNOWN")
        except (AttributeError, TypeError, ValueError):
            continue
        if start < 0 or len16 < 0 or start >= len(request_text):
            continue
        end = _end_of(request_text, start, len16)
        # which passage: the last one starting at or before the match
        k = max(i for i, (req, _) in enumerate(starts) if req <= start)
        req_start, doc_start = starts[k]
        passage_len = spans[k][1] - spans[k][0]
        if start - req_start >= passage_len:
            continue  # in the separator
        d0 = doc_start + start - req_start
        d1 = doc_start + min(end - req_start, passage_len)
        issue = str(getattr(m, "rule_issue_type", "") or "")
        severity = Severity.WARNING if issue in ("misspelling", "grammar") else Severity.INFO
        message = str(getattr(m, "message", "") or rule_id)
        suggestions = [str(r) for r in (getattr(m, "replacements", None) or [])[:5]]
        findings.append(
            Finding(
                rule=f"languagetool/{rule_id}",
                severity=severity,
                message=f"LanguageTool: {message}",
                start=d0,
                end=max(d1, d0),
                suggestions=suggestions,
                extra={
                    "languagetool": {
                        "rule": rule_id,
                        "category": getattr(m, "category", None),
                        "issue_type": issue or None,
                    }
                },
            )
        )
    return findings


def add_languagetool_findings(
    doc: Document,
    result: Any,
    settings: dict[str, Any],
    warnings: list[str],
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> None:
    """Add LanguageTool findings to a lint result (the pipeline's hook); warnings for a server that is down.

    ``select``/``ignore``: the run's rule selectors (already split at commas)."""
    from newslint.engine.linter import matches_selector, resolve

    if not settings:
        return
    key = str(settings.get("server"))
    if key in _unreachable:
        return
    probe = "languagetool/X"
    if select and not any(matches_selector(probe, s) for s in select):
        return
    if ignore and any(s.strip().rstrip("/") == "languagetool" or s.strip() in ("*", "all") for s in ignore):
        return
    try:
        raw = languagetool_findings(doc, settings)
    except ConnectionError as exc:
        _unreachable.add(key)
        warnings.append(f"LanguageTool: {exc}; English passages were not checked")
        return
    if ignore:
        raw = [f for f in raw if not any(matches_selector(f.rule, s) for s in ignore)]
    if select:
        raw = [f for f in raw if any(matches_selector(f.rule, s) for s in select)]
    if raw:
        result.findings = sorted(result.findings + resolve(doc, raw), key=Finding.sort_key)
