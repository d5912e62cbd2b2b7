"""The trial of deploy/bench/slow-uploads, which starts the stack and says what is measured. Standard library
only; the stack's tokens, keys and requests are scale-out.py's."""

import argparse
import importlib.util
import json
import os
import socket
import sys
import threading
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("scale_out", os.path.join(HERE, "scale-out.py"))
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)
PORT = int(os.environ["NUA_GATEWAY_PORT"])
load.GATEWAYS = [PORT, PORT]
ANONYMOUS, WITH_KEY, DECLARED = 100, 70, 100_000


class Phase:
    """What the ordinary clients saw in one phase: each answer's status and latency."""

    def __init__(self, name):
        self.name, self.lock, self.latencies, self.statuses = name, threading.Lock(), [], Counter()

    def record(self, status, seconds):
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] += 1

    def errors(self):
        return sum(n for s, n in self.statuses.items() if not 200 <= s < 300) / max(1, len(self.latencies))

    def percentile(self, p):
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")

    def summary(self):
        return (f"{self.name}: {len(self.latencies)} requests, errors {self.errors():.2%} {dict(self.statuses)}, "
                f"p50 {self.percentile(50) * 1000:.0f} ms, p99 {self.percentile(99) * 1000:.0f} ms")


def ordinary(phase_of, stop, requests):
    """One ordinary client: its requests in turn, each timed; any failure to get an answer counts as status 0."""
    while not stop.is_set():
        for method, path, body, headers in requests:
            phase = phase_of()
            began = time.monotonic()
            try:
                status, _, _ = load.call(method, path, body, headers, PORT, timeout=30)
            except OSError:
                status = 0
            phase.record(status, time.monotonic() - began)
            time.sleep(0.05)


def slow_upload(headers, stop, seen):
    """Declares a 100 kB batch and sends it a byte a second until the gateway closes the connection or the attack
    ends. An answer does not stop it: an attacker has no reason to stop sending, and the body it has not finished
    keeps the connection to the service busy."""
    try:
        s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    except OSError as e:
        seen[f"not connected: {type(e).__name__}"] += 1
        return
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    s.sendall((f"POST /api/v1/countries/JOR/observations/batches HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\n"
               f"Content-Type: text/csv\r\nContent-Length: {DECLARED}\r\n{head}\r\n").encode())
    s.settimeout(1)
    answer, outcome = "no answer", "still sending when the attack ended"
    try:
        while not stop.is_set():
            try:
                data = s.recv(4096)
                if not data:
                    outcome = "then closed by the gateway"
                    break
                if answer == "no answer" and data.startswith(b"HTTP/"):
                    answer = "answered " + data.split(b"\r\n", 1)[0].decode(errors="replace").split(" ", 2)[1]
            except socket.timeout:
                pass
            s.sendall(b"x")
    except OSError as e:
        outcome = f"then cut off ({type(e).__name__})"
    finally:
        s.close()
    seen[f"{answer}, {outcome}"] += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=40)
    args = parser.parse_args()
    admin = load.token("admin", "slow-admin")
    keys = load.setup(admin)
    analyst = load.token("analyst", "slow-analyst")
    # The attacker holds a key of Jordan's own agency, as a careless or compromised upload script would.
    status, data = load.retrying("setup", "POST", "/api/v1/api-keys", json.dumps(
        {"label": "slow uploader", "country": "JOR", "agency": "NSO", "roles": ["partner"]}).encode(),
        {"Authorization": f"Bearer {admin}", "Content-Type": "application/json"})
    attacker = json.loads(data)["key"]
    jordan = {"X-API-Key": keys["JOR"]}
    batch = ("indicator_code,series_code,year,value,unit\n11.6.2,EN_ATM_PM25,2016,30,mgr/m^3\n").encode()
    partner = [("POST", "/api/v1/countries/JOR/observations/batches", batch, dict(jordan, **{
                    "Content-Type": "text/csv"})),
               ("GET", "/api/v1/countries/JOR/observations?limit=10", None, jordan)]
    staff = [("GET", "/api/v1/indicators/11.6.2", None, {"Authorization": f"Bearer {analyst}"}),
             ("GET", "/api/v1/comparisons?indicator=11.6.2&series=EN_ATM_PM25", None,
              {"Authorization": f"Bearer {analyst}"})]
    warmup, baseline, attack = Phase("warm-up"), Phase("without the attack"), Phase("during the attack")
    current = [warmup]
    stop = threading.Event()
    clients = [threading.Thread(target=ordinary, args=(lambda: current[0], stop, r), daemon=True)
               for r in (partner, partner, staff, staff)]
    for c in clients:
        c.start()
    # The JIT warms up first, so that the baseline is not slower than the attack for reasons of its own.
    load.note(f"ordinary clients warm up for 10 s, then run alone for {args.seconds // 2} s")
    time.sleep(10)
    current[0] = baseline
    time.sleep(args.seconds // 2)
    current[0] = attack
    seen, attack_over = Counter(), threading.Event()
    uploads = [threading.Thread(target=slow_upload, args=({}, attack_over, seen), daemon=True)
               for _ in range(ANONYMOUS)]
    uploads += [threading.Thread(target=slow_upload, args=({"X-API-Key": attacker}, attack_over, seen),
                                 daemon=True) for _ in range(WITH_KEY)]
    for u in uploads:
        u.start()
    load.note(f"{ANONYMOUS} anonymous and {WITH_KEY} keyed slow uploads start; the attack lasts {args.seconds} s")
    time.sleep(args.seconds)
    stop.set()
    attack_over.set()
    for u in uploads:
        u.join(10)
    for c in clients:
        c.join(35)
    load.note(baseline.summary())
    load.note(attack.summary())
    load.note(f"the slow uploads: {dict(seen)}")
    p99_ratio = attack.percentile(99) / baseline.percentile(99)
    load.note(f"p99 during the attack / without it: {p99_ratio:.2f}")
    problems = []
    if attack.errors() > 0.01:
        problems.append(f"ordinary clients got {attack.errors():.2%} errors during the attack")
    if p99_ratio > 5 and attack.percentile(99) > 1:
        problems.append(f"ordinary clients' p99 grew {p99_ratio:.1f} times during the attack")
    for p in problems:
        print("FAILED: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
