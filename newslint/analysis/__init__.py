"""Analyses shared between rules (computed once per document, cached in ``doc.cache``)."""
