"""``newslint serve``: start the worker pool, then Uvicorn, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse
import os
import sys

# ipaddress, logging and socket are imported where used: every `newslint` run builds this parser

TOKEN_ENV = "NEWSLINT_SERVER_TOKEN"
DEFAULT_PORT = 8081
#: Open connections Uvicorn accepts before answering 503 (the worker pool bounds the work itself).
MAX_CONNECTIONS = 256


def add_arguments(p: argparse.ArgumentParser, lang: str = "id") -> None:
    """The ``serve`` options, with help in ``lang`` (kept here so the CLI module only wires the subcommand)."""

    def t(id_text: str, en_text: str) -> str:
        return en_text if lang == "en" else id_text

    p.add_argument(
        "--host",
        default="127.0.0.1",
        help=t(
            "alamat yang didengar (bawaan: 127.0.0.1, hanya mesin ini)", "address to listen on (default: 127.0.0.1)"
        ),
    )
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=t("port (bawaan: 8081)", "port (default: 8081)"))
    p.add_argument(
        "--config",
        metavar="FILE",
        help=t(
            "berkas konfigurasi (bawaan: dicari dari folder kerja)", "configuration file (default: found from here)"
        ),
    )
    p.add_argument(
        "--no-config",
        action="store_true",
        help=t("abaikan semua berkas konfigurasi", "ignore every configuration file"),
    )
    p.add_argument(
        "--lang",
        choices=["id", "en"],
        default=None,
        help=t("bahasa pesan (bawaan: dari konfigurasi, id)", "language of messages (default: the config's, id)"),
    )
    p.add_argument(
        "--layout",
        choices=["news", "fragment"],
        default="news",
        help=t(
            "news: baris pertama judul, seperti check (bawaan); fragment: semua teks isi berita",
            "news: the first line is the headline, as in check (default); fragment: all body text",
        ),
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help=t("proses pemeriksa (bawaan: jumlah inti CPU)", "checking processes (default: one per CPU)"),
    )
    p.add_argument(
        "--token",
        default=None,
        help=t(
            f"token bearer yang wajib dikirim klien (atau {TOKEN_ENV}); wajib bila --host bukan loopback",
            f"bearer token clients must send (or {TOKEN_ENV}); required when --host is not loopback",
        ),
    )
    p.add_argument(
        "--max-body",
        type=int,
        default=1_000_000,
        metavar="BYTES",
        help=t("batas ukuran permintaan (1000000)", "request body limit (1000000)"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SEC",
        help=t("batas waktu satu pemeriksaan (10)", "time limit of one check (10)"),
    )
    p.add_argument(
        "--body-timeout",
        type=float,
        default=10.0,
        metavar="SEC",
        help=t("batas waktu menerima isi permintaan (10)", "time limit to receive a request body (10)"),
    )
    p.add_argument(
        "--max-waiting",
        type=int,
        default=64,
        metavar="N",
        help=t("permintaan yang boleh antre (64)", "requests that may wait for a worker (64)"),
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=None,
        metavar="ORIGIN",
        help=t(
            "origin web yang boleh memanggil (ekstensi peramban selalu boleh; '*' untuk semua)",
            "web origin allowed to call (browser extensions always are; '*' for any)",
        ),
    )
    p.add_argument("--access-log", action="store_true", help=t("catat setiap permintaan", "log every request"))


def is_loopback(host: str) -> bool:
    import ipaddress

    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the server; 2 with one line on stderr when it cannot start."""
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        return _fail("newslint serve needs the server extra: pip install 'newslint[server]'")
    import logging
    import signal
    import socket

    from newslint.config import ConfigError
    from newslint.engine.yaml_rules import RuleLoadError
    from newslint.server.app import AppSettings, create_app
    from newslint.server.engine import EngineSettings
    from newslint.server.pool import LOG_FORMAT, PoolSettings, WorkerFailed, WorkerPool

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(args.host) and not token:
        return _fail(
            f"serve: --host {args.host} is reachable from other machines; set a token with --token "
            f"or {TOKEN_ENV} (clients send 'Authorization: Bearer TOKEN')"
        )
    for name, value, low in (
        ("--port", args.port, 0),
        ("--max-body", args.max_body, 1),
        ("--timeout", args.timeout, 0.01),
        ("--body-timeout", args.body_timeout, 0.01),
        ("--max-waiting", args.max_waiting, 0),
    ):
        if value < low or (name == "--port" and value > 65535):
            return _fail(f"serve: {name} {value} is out of range")
    workers = args.workers or os.cpu_count() or 1
    if not 1 <= workers <= 64:
        return _fail(f"serve: --workers {workers} is out of range (1-64)")
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)

    # the configuration is read as `newslint check` reads it; errors stop here, with check's message
    config_path = os.path.abspath(args.config) if args.config else None
    try:
        from newslint.app.assembly import Session

        Session(config=config_path, no_config=args.no_config, lang=args.lang).config_for(None)
    except (ConfigError, RuleLoadError) as exc:
        return _fail(str(exc))

    try:
        probe = socket.getaddrinfo(args.host, args.port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return _fail(f"serve: cannot use host {args.host!r}: {exc.strerror or exc}")
    del probe

    pool = WorkerPool(
        EngineSettings(
            config=config_path, no_config=args.no_config, lang=args.lang, cwd=os.getcwd(), layout=args.layout
        ),
        PoolSettings(size=workers, timeout=args.timeout, max_waiting=args.max_waiting, wait_timeout=args.timeout),
    )
    try:
        pool.start()
    except WorkerFailed as exc:
        return _fail(f"serve: {exc}")
    for w in pool.warnings:
        logging.getLogger("newslint.server").warning("%s", w)
    app = create_app(
        pool,
        AppSettings(
            max_body=args.max_body, body_timeout=args.body_timeout, token=token, cors_origins=args.cors_origin or []
        ),
    )
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=args.access_log,
        lifespan="on",
        limit_concurrency=MAX_CONNECTIONS,
        timeout_graceful_shutdown=max(5, int(args.timeout) + 1),
        server_header=False,
    )
    server = uvicorn.Server(config)
    logging.getLogger("newslint.server").info(
        "newslint %s: LanguageTool API at http://%s:%d/v2 (%d workers%s)",
        _version(),
        args.host if ":" not in args.host else f"[{args.host}]",
        args.port,
        workers,
        ", token required" if token else "",
    )
    # Uvicorn shuts down gracefully on SIGTERM, then re-raises the signal under the handler that was
    # installed before it started: with this one, the process then exits 0 like any finished run
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        server.run()
    except SystemExit as exc:  # Uvicorn exits 1 when it cannot bind; its log line says why
        return 2 if exc.code else 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        pool.stop()
    return 0


def _version() -> str:
    from newslint import __version__

    return __version__


def _fail(message: str) -> int:
    print(f"newslint: {message}", file=sys.stderr)
    return 2
