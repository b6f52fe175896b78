"""A finding's identity that survives edits elsewhere in the draft: the rule plus a hash of
the matched text and its surroundings on the same line(s).

The baseline (:mod:`newslint.baseline`) matches findings by it, and SARIF reports
carry it as a partial fingerprint so code-scanning alerts survive line shifts.
"""

from __future__ import annotations

import hashlib
import re

from newslint.engine.finding import Finding

CONTEXT = 40  # characters either side of the match that belong to its identity
_SPACE = re.compile(r"\s+")


def finding_key(f: Finding, source: str) -> tuple[str, str]:
    """``(rule, hash)`` of a resolved finding (source offsets) in ``source``."""
    s, e = max(f.start, 0), max(f.end, f.start)
    lo = max(0, s - CONTEXT)
    hi = min(len(source), e + CONTEXT)
    # stay on the finding's own line(s): edits to neighbouring lines do not matter
    nl = max(source.rfind("\n", lo, s), source.rfind("\r", lo, s))
    if nl >= 0:
        lo = nl + 1
    ends = [i for i in (source.find("\n", e, hi), source.find("\r", e, hi)) if i >= 0]
    if ends:
        hi = min(ends)
    before = _SPACE.sub(" ", source[lo:s])
    match = _SPACE.sub(" ", source[s:e])
    after = _SPACE.sub(" ", source[e:hi])
    # surrogatepass: lone surrogates (text from bad bytes via the API) hash instead of raising
    digest = hashlib.sha256("\x00".join((f.rule, before, match, after)).encode("utf-8", "surrogatepass")).hexdigest()[
        :20
    ]
    return f.rule, digest
