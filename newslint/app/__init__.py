"""The application layer: the one place where newslint is put together.

Every front end (the ``newslint`` command, ``newslint batch`` and its Dask
workers, the Python API in :mod:`newslint.api`, the LanguageTool-compatible
server) calls this package and nothing else to

* assemble a linter: configuration → rule set (built-in rules, the
  configuration's ``rule_dirs`` and ``plugins``) → :class:`~newslint.engine.linter.Linter`
  (:mod:`newslint.app.assembly`);
* check a draft: read → decode → parse → lint → English passages through
  LanguageTool → fix (:mod:`newslint.app.pipeline`).

Front ends only parse their arguments, print and choose an exit code. The
modules here import their heavy dependencies lazily: ``newslint check`` on
one draft pays only for what it uses.
"""
