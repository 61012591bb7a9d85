"""bench_webhook's wrk driver: the Lua script sends each pre-signed delivery once per cycle, signed
as the webhook checks it, and its summary line is read back."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench import bench_webhook
from tests.support.prereqs import require_or_skip, which


def test_bodies_are_distinct_and_signed_with_the_app_secret(tmp_path: Path) -> None:
    path = tmp_path / "bodies.txt"
    bench_webhook.write_bodies(path, run_id="abc", start=5, count=3)
    lines = path.read_text().splitlines()
    ids = []
    for line in lines:
        signature, body = line.split("\t")
        expected = hmac.new(bench_webhook.SECRET.encode(), body.encode(), hashlib.sha256).hexdigest()
        assert signature == f"sha256={expected}"
        ids.append(json.loads(body)["entry"][0]["changes"][0]["value"]["messages"][0]["id"])
    assert ids == ["wamid.BENCHabc00000005", "wamid.BENCHabc00000006", "wamid.BENCHabc00000007"]


def test_wrk_sends_every_body_once_before_repeating_and_reports(tmp_path: Path) -> None:
    if not which("wrk"):
        require_or_skip("wrk is not installed (Debian: apt-get install wrk)")
    seen: list[str] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            good = bench_webhook.SECRET.encode()
            signature = "sha256=" + hmac.new(good, body, hashlib.sha256).hexdigest()
            status = 200 if self.headers["X-Hub-Signature-256"] == signature else 401
            with lock:
                seen.append(json.loads(body)["entry"][0]["changes"][0]["value"]["messages"][0]["id"])
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        bodies = tmp_path / "bodies.txt"
        bench_webhook.write_bodies(bodies, run_id="t", start=0, count=100_000)
        result = bench_webhook.wrk(server.server_address[1], "/hook", bodies, seconds=1, connections=4)
    finally:
        server.shutdown()
    assert result.requests > 0 and result.non_2xx == 0 and result.wrapped == 0
    assert len(seen) >= result.requests and len(set(seen)) == len(seen)  # no message id twice
    assert result.p50_ms <= result.p99_ms <= result.max_ms


def test_wrk_summary_line_is_parsed() -> None:
    line = "x\nWRK_RESULT requests=10 duration_us=2000000 p50_us=1500 p99_us=9000 max_us=12000 non2xx=1 socket_errors=0 wrapped=2\n"
    result = bench_webhook.parse_wrk(line)
    assert result.rate == 5.0 and result.p99_ms == 9.0 and result.non_2xx == 1 and result.wrapped == 2
