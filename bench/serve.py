"""Load on ``newslint serve`` over loopback: latency, throughput, errors and memory.

    python bench/serve.py                                   # 8 clients, 2,000 requests, ~400-word drafts
    python bench/serve.py --clients 4 --requests 500 --workers 2 --json out.json

Starts ``newslint serve`` (``--no-config``) on a free 127.0.0.1 port, builds
~400-word drafts from the dev corpus (read at run time; nothing is written),
then N client threads, each on its own keep-alive connection, send
``POST /v2/check`` requests until the total is reached (bounded in count and
in time: the run stops by itself). Prints p50/p95/p99 latency, requests/s,
words/s, errors, and the resident memory of the server with its workers:
after the first 500 requests, after the last, and the peak.

Targets on the project's 2-core machine: p95 <= 50 ms with 8 clients, 0
errors over 2,000 requests, no memory growth between the first and last 500.
The client threads share the machine with the server: on 2 cores they take
part of the CPU the figures are about.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "dev-articles.jsonl"
MAX_REQUESTS = 100_000
RUN_SECONDS = 900  # the whole load phase stops after this, whatever is left


def drafts(corpus: Path, words: int) -> list[str]:
    """One draft per article: the title as headline, then paragraphs up to about ``words`` words."""
    out: list[str] = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            paragraphs, count = [str(art.get("title") or "").strip()], 0
            for para in str(art.get("text") or "").split("\n"):
                para = para.strip()
                if not para:
                    continue
                paragraphs.append(para)
                count += len(para.split())
                if count >= words:
                    break
            if count >= words * 0.75:
                out.append("\n\n".join(p for p in paragraphs if p))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
    return total


class Load:
    def __init__(self, port: int, bodies: list[bytes], words: list[int], total: int, clients: int) -> None:
        self.port, self.bodies, self.words, self.total, self.clients = port, bodies, words, total, clients
        self.lock = threading.Lock()
        self.next = 0
        self.done = 0
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.words_done = 0
        self.milestones: dict[int, threading.Event] = {500: threading.Event()}
        self.deadline = time.monotonic() + RUN_SECONDS

    def _take(self) -> int | None:
        with self.lock:
            if self.next >= self.total or time.monotonic() > self.deadline:
                return None
            self.next += 1
            return self.next - 1

    def client(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        while (i := self._take()) is not None:
            body = self.bodies[i % len(self.bodies)]
            t0 = time.perf_counter()
            error = None
            try:
                conn.request("POST", "/v2/check", body=body, headers=headers)
                resp = conn.getresponse()
                payload = resp.read()
                if resp.status != 200:
                    error = f"HTTP {resp.status}: {payload[:120]!r}"
                elif b'"matches"' not in payload:
                    error = "answer without matches"
            except (OSError, http.client.HTTPException) as exc:
                error = f"{type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            elapsed = time.perf_counter() - t0
            with self.lock:
                self.done += 1
                if error:
                    self.errors.append(error)
                else:
                    self.latencies.append(elapsed)
                    self.words_done += self.words[i % len(self.words)]
                event = self.milestones.get(self.done)
            if event is not None:
                event.set()
        conn.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--words", type=int, default=400, help="words per draft (about)")
    ap.add_argument("--workers", type=int, default=None, help="server workers (default: its own, one per core)")
    ap.add_argument("--warmup", type=int, default=40, help="requests before measuring (not counted)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench/serve.py: corpus not found: {args.corpus} (give --corpus)", file=sys.stderr)
        return 2
    if not 1 <= args.requests <= MAX_REQUESTS or not 1 <= args.clients <= 64:
        print(f"bench/serve.py: --requests 1..{MAX_REQUESTS}, --clients 1..64", file=sys.stderr)
        return 2
    texts = drafts(args.corpus, args.words)
    if not texts:
        print("bench/serve.py: no drafts of that length in the corpus", file=sys.stderr)
        return 2
    bodies = [urllib.parse.urlencode({"text": t, "language": "id-ID"}).encode() for t in texts]
    words = [len(t.split()) for t in texts]

    port = free_port()
    cmd = [sys.executable, "-m", "newslint", "serve", "--no-config", "--port", str(port)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    server = subprocess.Popen(cmd, cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        if not _wait_ready(port, server):
            err = server.stderr.read().decode(errors="replace") if server.stderr else ""
            print(f"bench/serve.py: the server did not start\n{err}", file=sys.stderr)
            return 1
        warm = Load(port, bodies, words, args.warmup, 1)
        warm.client()
        load = Load(port, bodies, words, args.requests, args.clients)
        peak = [tree_rss(server.pid)]
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(0.2):
                peak[0] = max(peak[0], tree_rss(server.pid))

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        rss_after_first = [0]

        def at_500() -> None:
            load.milestones[500].wait(RUN_SECONDS)
            rss_after_first[0] = tree_rss(server.pid)

        first = threading.Thread(target=at_500, daemon=True)
        first.start()
        threads = [threading.Thread(target=load.client) for _ in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        rss_last = tree_rss(server.pid)
        stop.set()
        watcher.join()
        peak[0] = max(peak[0], rss_last)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()

    lat_ms = [x * 1000 for x in load.latencies]
    mb = 1024 * 1024
    figures = {
        "clients": args.clients,
        "requests": load.done,
        "drafts": len(texts),
        "words_per_draft_median": statistics.median(words),
        "p50_ms": round(percentile(lat_ms, 50), 1),
        "p95_ms": round(percentile(lat_ms, 95), 1),
        "p99_ms": round(percentile(lat_ms, 99), 1),
        "requests_per_s": round(load.done / wall, 1),
        "words_per_s": round(load.words_done / wall),
        "errors": len(load.errors),
        "rss_after_first_500_mb": round(rss_after_first[0] / mb, 1) if load.done >= 500 else None,
        "rss_after_last_mb": round(rss_last / mb, 1),
        "rss_peak_mb": round(peak[0] / mb, 1),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(
        f"newslint serve: {figures['requests']} requests from {args.clients} clients, "
        f"drafts of ~{figures['words_per_draft_median']:.0f} words"
    )
    print(f"  latency  p50 {figures['p50_ms']} ms   p95 {figures['p95_ms']} ms   p99 {figures['p99_ms']} ms")
    print(f"  rate     {figures['requests_per_s']} requests/s   {figures['words_per_s']:,} words/s")
    print(f"  errors   {figures['errors']}" + (f"  (first: {load.errors[0]})" if load.errors else ""))
    growth = (
        f"{figures['rss_after_last_mb'] - figures['rss_after_first_500_mb']:+.1f} MB"
        if figures["rss_after_first_500_mb"] is not None
        else "n/a"
    )
    print(
        f"  memory   after first 500: {figures['rss_after_first_500_mb']} MB   "
        f"after last: {figures['rss_after_last_mb']} MB ({growth})   peak: {figures['rss_peak_mb']} MB "
        "(server + workers)"
    )
    print(f"  machine  {figures['cpus']} CPUs, load average {figures['load_average']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if not load.errors else 1


def _wait_ready(port: int, server: subprocess.Popen, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.poll() is None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/newslint/v1/health")
            ok = conn.getresponse().status == 200
            conn.close()
            if ok:
                return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


if __name__ == "__main__":
    sys.exit(main())
