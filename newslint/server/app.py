"""The web application: LanguageTool's ``/v2`` endpoints and newslint's own report.

Routes
  ``GET  /v2/languages``              Indonesian (``id``, ``id-ID``); needs no token
  ``GET|POST /v2/check``              LanguageTool's check: form fields ``text`` or ``data``,
                                      ``language``, ``enabledRules``, ``disabledRules``,
                                      ``enabledOnly``, ``level``; other fields are ignored
  ``GET|POST /newslint/v1/check``     the same input, newslint's versioned JSON report
  ``GET  /newslint/v1/health``        ``{"status": "ok", "version": …}``

Every error is JSON ``{"error": "…"}`` with its status (400, 401, 404, 405,
408, 413, 500, 503, 504); a traceback is logged once on the server and never
sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
import urllib.parse
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newslint import __version__
from newslint.server import lt_shape
from newslint.server.lt_shape import RequestError
from newslint.server.pool import Busy, JobTimeout, WorkerFailed, WorkerPool

log = logging.getLogger("newslint.server")

#: Origins of the LanguageTool browser add-on (and any other browser extension).
EXTENSION_ORIGINS = r"^(chrome-extension|moz-extension|safari-web-extension|ms-browser-extension)://[A-Za-z0-9._-]+$"
#: Desktop apps with a LanguageTool plugin whose requests carry an Origin (Obsidian).
APP_ORIGINS = ("app://obsidian.md",)
#: Form fields passed on to the checker; everything else a client sends is ignored.
MAX_FIELDS = 1000
JOB_FIELDS = (
    "text",
    "data",
    "enabledRules",
    "disabledRules",
    "enabledCategories",
    "disabledCategories",
    "enabledOnly",
    "level",
)


@dataclass
class AppSettings:
    max_body: int = 1_000_000  # bytes of request body
    body_timeout: float = 10.0  # seconds to receive the whole body
    token: str | None = None  # bearer token required for the check endpoints
    cors_origins: list[str] = field(default_factory=list)  # besides browser extensions; "*" allows any


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class _BodyTooLarge(Exception):
    pass


class _BodyTooSlow(Exception):
    pass


class BodyGuard:
    """Pure ASGI middleware: 413 past ``max_body`` bytes, 408 when the body takes longer than ``timeout``.

    Counting the bytes as they arrive (not only trusting Content-Length) also
    covers chunked uploads.
    """

    def __init__(self, app: ASGIApp, max_body: int, timeout: float) -> None:
        self.app, self.max_body, self.timeout = app, max_body, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await error(400, "invalid Content-Length header")(scope, receive, send)
                    return
                if declared > limit:
                    await _too_large(limit)(scope, receive, send)
                    return
        received = 0
        deadline: float | None = None
        started = False

        async def guarded_receive() -> Message:
            nonlocal received, deadline
            loop = asyncio.get_running_loop()
            if deadline is None:
                deadline = loop.time() + self.timeout
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise _BodyTooSlow from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, tracked_send)
        except _BodyTooLarge:
            if not started:
                await _too_large(limit)(scope, receive, send)
        except _BodyTooSlow:
            if not started:
                await error(408, f"the request body did not arrive within {self.timeout:g} s")(scope, receive, send)


def _too_large(limit: int) -> JSONResponse:
    return error(413, f"the request body is larger than the limit of {limit:,} bytes")


async def _fields(request: Request) -> dict[str, str]:
    """Query parameters, then (for POST) the form fields: the first value of each.

    A body that is not multipart is read as URL-encoded whatever its
    Content-Type says, as LanguageTool's own server does: ltex-ls sends its
    URL-encoded form labelled ``application/json``.
    """
    out = {k: v for k, v in request.query_params.items()}
    if request.method != "POST":
        return out
    if request.headers.get("content-type", "").lower().startswith("multipart/"):
        try:
            form = await request.form()
        except HTTPException as exc:  # Starlette's answer to a malformed multipart body
            raise RequestError(f"malformed form data ({exc.detail})") from None
        except (ValueError, UnicodeDecodeError, KeyError, AssertionError) as exc:
            raise RequestError(f"malformed form data ({type(exc).__name__})") from None
        for key, value in form.multi_items():
            if not isinstance(value, str):  # an uploaded file: LanguageTool clients send plain fields only
                raise RequestError(f"field {key!r}: file uploads are not accepted; send text")
            out.setdefault(key, value)
        return out
    body = (await request.body()).decode("utf-8", errors="replace")
    try:
        pairs = urllib.parse.parse_qsl(body, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise RequestError(f"malformed form data (more than {MAX_FIELDS} fields)") from None
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def _authorised(request: Request, fields: dict[str, str], token: str | None) -> bool:
    if not token:
        return True
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
        return True
    # LanguageTool's own credential field, for clients that cannot set a header
    key = fields.get("apiKey", "")
    return bool(key) and hmac.compare_digest(key.encode(), token.encode())


def create_app(pool: WorkerPool, settings: AppSettings) -> Starlette:
    """The ASGI application; ``pool`` must be started (its workers running)."""

    async def languages(request: Request) -> Response:
        return JSONResponse(lt_shape.languages())

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def check(request: Request) -> Response:
        return await _check(request, "lt")

    async def native(request: Request) -> Response:
        return await _check(request, "native")

    async def _check(request: Request, kind: str) -> Response:
        t0 = time.perf_counter()
        try:
            fields = await _fields(request)
            if not _authorised(request, fields, settings.token):
                return error(401, "missing or wrong token (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"})
            lt_shape.check_language(fields.get("language", "id" if kind == "native" else None))
            if fields.get("text") is None and fields.get("data") is None:
                raise RequestError("missing 'text' or 'data' parameter")
            job: dict[str, Any] = {k: fields[k] for k in JOB_FIELDS if k in fields}
            job["kind"] = kind
            status, payload = await pool.run(job)
        except RequestError as exc:
            return error(400, str(exc))
        except Busy:
            return error(503, "the server is busy checking other drafts; try again shortly", {"Retry-After": "1"})
        except JobTimeout:
            return error(504, f"the check took longer than the limit of {pool.settings.timeout:g} s and was stopped")
        except WorkerFailed:
            return error(500, "the check failed; the server log has the details")
        except (_BodyTooLarge, _BodyTooSlow):
            raise  # answered by BodyGuard
        except Exception:
            log.exception("request failed")
            return error(500, "internal error; the server log has the details")
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s %d in %.1f ms", request.method, request.url.path, status, (time.perf_counter() - t0) * 1000
            )
        return Response(payload, status_code=status, media_type="application/json")

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(404, f"no such endpoint: {request.url.path[:200]}")

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return error(405, f"method {request.method} is not allowed here")

    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error(exc.status_code, str(exc.detail))

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(500, "internal error; the server log has the details")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.open()
        yield
        pool.stop()  # before Uvicorn re-raises SIGTERM/SIGINT to end the process

    origins = list(settings.cors_origins) + list(APP_ORIGINS)
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_origin_regex=None if "*" in origins else EXTENSION_ORIGINS,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            allow_private_network=True,
            max_age=3600,
        ),
        Middleware(BodyGuard, max_body=settings.max_body, timeout=settings.body_timeout),
    ]
    routes = [
        Route("/v2/languages", languages, methods=["GET"]),
        Route("/v2/check", check, methods=["GET", "POST"]),
        Route("/newslint/v1/check", native, methods=["GET", "POST"]),
        Route("/newslint/v1/health", health, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={404: not_found, 405: not_allowed, HTTPException: http_error, Exception: server_error},
    )
