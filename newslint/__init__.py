"""newslint: an editorial style and quality linter for Indonesian news copy."""

__version__ = "0.1.0"
