from __future__ import annotations

import pytest

from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules


@pytest.fixture(scope="session")
def lint_repeated():
    """Lint with the one rule whose behaviour these tests rely on ('di di' → one finding)."""
    linter = Linter(list(builtin_rules()), select=["typo/repeated-word"])

    def run(doc):
        return linter.lint(doc).findings

    return run
