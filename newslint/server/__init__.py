"""``newslint serve``: newslint behind LanguageTool's HTTP API (extra ``newslint[server]``).

Modules: :mod:`.lt_shape` (LanguageTool's request and answer shapes, UTF-16
offsets), :mod:`.engine` (what a worker does with one request: the same
pipeline as ``newslint check``), :mod:`.pool` (worker processes with a time
limit), :mod:`.app` (the Starlette application: routes, limits, token, CORS),
:mod:`.main` (the ``serve`` command). See docs/server.md.
"""
