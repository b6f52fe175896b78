"""Python checks: rules that need analysis beyond a pattern.

Every module here is imported by the registry; a module declares its rules
with :func:`newslint.engine.rule.rule`.  One module per family or analysis.
"""
