"""Load test of ``POST /api/analyze``: N concurrent clients on loopback for a fixed time.

Starts ``marsad serve`` (uvicorn; ``--workers`` processes, each with its own pipeline) on a free
loopback port, warms it up, then runs ``--clients`` asyncio clients (httpx, one keep-alive
connection each) that post the same article in a loop for ``--duration`` seconds. Reports
requests/s, latency percentiles and errors (any non-200 answer, timeout or connection failure).
The article is the seed article from ../shared when present, else a constructed one (~2,500 chars,
an average SaudiNewsNet article). The load generator runs on the same machine, so on a small
machine it competes with the server for CPU: the numbers are a floor.

    .venv/bin/python bench/bench_api.py [--clients 50] [--duration 30] [--workers 1] [--article FILE]
    .venv/bin/python bench/bench_api.py --url http://127.0.0.1:8000   # an already running server
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "seed" / "000_87ffb09050df82ad.txt"

CONSTRUCTED_PARAGRAPH = (
    "قال وزير الخارجية المصري سامح شكري أمس الأربعاء إن القاهرة ستستضيف قمة عربية الشهر المقبل لبحث الأوضاع "
    "في المنطقة، وفق ما نقلت وكالة أنباء الشرق الأوسط. وأضاف شكري في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي "
    "أن المحادثات كانت بناءة، وأن البلدين اتفقا على تنسيق المواقف قبل اجتماع مجلس الجامعة العربية يوم الأحد.\n"
)


def article_text(path: str | None) -> tuple[str, str]:
    if path:
        return Path(path).read_text(encoding="utf-8"), path
    if SEED.is_file():
        return SEED.read_text(encoding="utf-8"), str(SEED)
    body = "القاهرة تستضيف قمة عربية الشهر المقبل\n\n" + CONSTRUCTED_PARAGRAPH * 7
    return body, "constructed article"


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    script = Path(sys.executable).with_name("marsad")
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from marsad.cli import app; app()"]
    proc = subprocess.Popen([*cmd, "serve", "--port", str(port), "--workers", str(workers), "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise SystemExit(f"marsad serve exited ({proc.returncode}): {err[-2000:]}")
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("marsad serve did not start within 120 s")


async def client(http: httpx.AsyncClient, body: bytes, stop_at: float, latencies: list[float],
                 errors: Counter[str]) -> None:
    headers = {"content-type": "application/json"}
    while time.perf_counter() < stop_at:
        t0 = time.perf_counter()
        try:
            r = await http.post("/api/analyze", content=body, headers=headers)
            ok = r.status_code == 200
            if not ok:
                errors[f"HTTP {r.status_code}"] += 1
        except httpx.HTTPError as exc:
            ok = False
            errors[type(exc).__name__] += 1
        if ok:
            latencies.append(time.perf_counter() - t0)


async def run_load(url: str, body: bytes, clients: int, duration: float, warmup: int) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60.0) as http:
        for _ in range(warmup):
            (await http.post("/api/analyze", content=body, headers={"content-type": "application/json"})
             ).raise_for_status()
        latencies: list[float] = []
        errors: Counter[str] = Counter()
        start = time.perf_counter()
        stop_at = start + duration
        await asyncio.gather(*(client(http, body, stop_at, latencies, errors) for _ in range(clients)))
        elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        if not latencies:
            return float("nan")
        return 1000 * latencies[min(len(latencies) - 1, round(p / 100 * (len(latencies) - 1)))]

    return {
        "requests": len(latencies), "errors": sum(errors.values()), "error_kinds": dict(errors),
        "seconds": round(elapsed, 2), "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(pct(50), 1), "p90_ms": round(pct(90), 1), "p99_ms": round(pct(99), 1),
        "max_ms": round(1000 * latencies[-1], 1) if latencies else float("nan"),
        "mean_ms": round(1000 * statistics.fmean(latencies), 1) if latencies else float("nan"),
    }


def pipeline_baseline(text: str, runs: int = 20) -> float:
    """Articles/s of extraction + pipeline + JSON in this process, one thread: the ceiling of one worker."""
    from marsad.extract import document_from_text
    from marsad.output import to_json
    from marsad.pipeline import Pipeline

    pipeline = Pipeline()
    for _ in range(3):
        to_json(pipeline(document_from_text(text)))
    t0 = time.perf_counter()
    for _ in range(runs):
        json.dumps(to_json(pipeline(document_from_text(text))), ensure_ascii=False)
    return runs / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (default 30)")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    ap.add_argument("--warmup", type=int, default=20, help="requests before timing (default 20)")
    ap.add_argument("--article", help="article text file to post (default: the seed, else a constructed one)")
    ap.add_argument("--url", help="bench a running server instead of starting one")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    ap.add_argument("--no-baseline", action="store_true", help="skip the in-process pipeline baseline")
    args = ap.parse_args()

    text, origin = article_text(args.article)
    body = json.dumps({"text": text, "published": None}, ensure_ascii=False).encode("utf-8")
    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(args.workers)
    try:
        result = asyncio.run(run_load(url, body, args.clients, args.duration, args.warmup))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    if not args.no_baseline:
        result["baseline_rps"] = round(pipeline_baseline(text), 1)
    result.update({"load_avg": round(os.getloadavg()[0], 1), "clients": args.clients,
                   "workers": None if args.url else args.workers, "article": origin,
                   "article_chars": len(text), "cpus": os.cpu_count()})
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"POST /api/analyze  article: {origin} ({len(text)} chars)  server: {url}  "
          f"workers: {result['workers'] or '?'}  cpus: {os.cpu_count()}")
    cols = ["clients", "seconds", "requests", "rps", "p50_ms", "p90_ms", "p99_ms", "max_ms", "errors"]
    print("  ".join(f"{c:>9}" for c in cols))
    print("  ".join(f"{result[c]!s:>9}" for c in cols))
    if "baseline_rps" in result:
        print(f"baseline: {result['baseline_rps']} articles/s for the pipeline alone in one thread of this process "
              f"(a ceiling for one worker); load average now {result['load_avg']} on {os.cpu_count()} CPUs")
    if result["error_kinds"]:
        print("errors:", ", ".join(f"{k} x{v}" for k, v in result["error_kinds"].items()))
    if result["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
