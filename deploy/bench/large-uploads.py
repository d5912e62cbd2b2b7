"""The trial of deploy/bench/large-uploads, which starts the stack and says what is measured. Standard library
only; the stack's tokens and requests are scale-out.py's."""

import concurrent.futures
import csv
import importlib.util
import json
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("scale_out", os.path.join(HERE, "scale-out.py"))
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)
PORT = int(os.environ["NUA_GATEWAY_PORT"])
load.GATEWAYS = [PORT, PORT]
ROWS, CONCURRENT, SYNC_ROWS = 200_000, 4, 10_000
# 27 indicators of 100 series over 76 years (1950-2025) give 205,200 keys: enough for one upload of ROWS.
INDICATORS, SERIES, FIRST_YEAR, YEARS = 27, 100, 1950, 76


def values():
    """The UN SDG database's values in deploy/data, reused in turn: no value is made up."""
    with open(os.path.join(load.ROOT, "deploy/data/unsd_sdg11_series_9countries.csv"), newline="") as f:
        return [r["value"] for r in csv.DictReader(f) if r["value"]]


def create_indicators(headers, run):
    for i in range(INDICATORS):
        code = f"LARGE-{run}-I{i:02d}"
        series = [{"code": f"LARGE_{run}_I{i:02d}_S{s:03d}", "description": "Large-upload benchmark series",
                   "unit": "PERCENT"} for s in range(SERIES)]
        body = {"code": code, "framework": "PROJECT", "names": {"en": "Large-upload benchmark " + code},
                "unit": "PERCENT", "series": series, "dimensions": ["NATURE"]}
        status, _, answer = load.call("POST", "/api/v1/indicators", json.dumps(body).encode(),
                                      dict(headers, **{"Content-Type": "application/json"}))
        if status != 201:
            sys.exit(f"creating {code} answered {status}: {answer[:300]}")


def rows(run, numbers):
    """The upload's CSV lines, one per key, in key order."""
    n = 0
    for i in range(INDICATORS):
        for s in range(SERIES):
            for y in range(YEARS):
                if n == ROWS:
                    return
                yield (f"LARGE-{run}-I{i:02d},LARGE_{run}_I{i:02d}_S{s:03d},{FIRST_YEAR + y},"
                       f"{numbers[n % len(numbers)]},PERCENT\n")
                n += 1


HEADER = "indicator_code,series_code,year,value,unit\n"


def post(headers, body, timeout=600, dry_run=False):
    query = "?dryRun=true" if dry_run else ""
    return load.call("POST", "/api/v1/countries/JOR/observations/batches" + query, body,
                     dict(headers, **{"Content-Type": "text/csv"}), timeout=timeout)


def wait_for_catalogue(headers, run):
    """country-service learns new indicators from indicator.events: wait until a dry run names them all."""
    probe = HEADER + "".join(f"LARGE-{run}-I{i:02d},LARGE_{run}_I{i:02d}_S{SERIES - 1:03d},2000,1,PERCENT\n"
                             for i in range(INDICATORS))
    deadline = time.monotonic() + 60
    while post(headers, probe.encode(), dry_run=True)[0] != 200:
        if time.monotonic() > deadline:
            sys.exit("country-service did not learn the benchmark's indicators in 60 s")
        time.sleep(0.5)


def follow(headers, location):
    path = location[location.index("/api/"):]
    while True:
        status, _, answer = load.call("GET", path, None, headers)
        job = json.loads(answer)
        if job.get("state") in ("SUCCEEDED", "FAILED"):
            return job
        time.sleep(0.5)


class HeapSampler(threading.Thread):
    """country-service's heap in use (jstat), sampled while uploads run; and its collections."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak, self.full_gcs, self.stopped = 0.0, 0, threading.Event()

    def run(self):
        while not self.stopped.is_set():
            out = subprocess.run(["jstat", "-gc", str(load.pid("country-service")), "1", "1"], capture_output=True,
                                 text=True).stdout
            lines = out.split("\n")
            if len(lines) > 1 and lines[1].strip():
                gc = dict(zip(lines[0].split(), lines[1].split()))
                self.peak = max(self.peak, sum(float(gc[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024)
                self.full_gcs = int(gc["FGC"])
            time.sleep(0.2)


def stored(run):
    return int(load.psql("country", f"select count(*) from observation where indicator_code like 'LARGE-{run}-%' "
                                    "and withdrawn_at is null").strip())


def main():
    headers = {"Authorization": "Bearer " + load.token("admin", "large-upload-benchmark")}
    numbers = values()
    pid = load.pid("country-service")
    for run in ("S", "J"):
        create_indicators(headers, run)
    for run in ("S", "J"):
        wait_for_catalogue(headers, run)
    failures = []

    # Baseline: the same number of rows, as batches answered within their requests.
    lines = list(rows("S", numbers))
    began = time.monotonic()
    for start in range(0, ROWS, SYNC_ROWS):
        status, _, answer = post(headers, (HEADER + "".join(lines[start:start + SYNC_ROWS])).encode())
        if status != 200:
            failures.append(f"a {SYNC_ROWS}-row batch answered {status}: {answer[:200]}")
    sync_seconds = time.monotonic() - began
    print(f"{ROWS:,} rows as {ROWS // SYNC_ROWS} batches of {SYNC_ROWS:,}: {sync_seconds:.1f} s, "
          f"{ROWS / sync_seconds:,.0f} rows/s")

    body = (HEADER + "".join(rows("J", numbers))).encode()
    print(f"one upload: {ROWS:,} rows, {len(body) / 1e6:.1f} MB of CSV")
    heap = HeapSampler()
    heap.start()
    began = time.monotonic()
    status, answer_headers, answer = post(headers, body)
    accepted = time.monotonic() - began
    if status != 202:
        sys.exit(f"FAILED: the {ROWS:,}-row upload answered {status}: {answer[:300]}")
    job = follow(headers, answer_headers["Location"])
    job_seconds = time.monotonic() - began
    print(f"{ROWS:,} rows as one job: accepted in {accepted:.1f} s, {job['state']} after {job_seconds:.1f} s, "
          f"{ROWS / job_seconds:,.0f} rows/s; recorded {job['report']['recorded']:,}")
    if job["state"] != "SUCCEEDED" or job["report"]["recorded"] != ROWS:
        failures.append(f"the job ended {job['state']}: {json.dumps(job['report'])[:300]}")

    # Four at once: each body held while it is read and counted, one job running at a time.
    began = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(CONCURRENT) as pool:
        answers = list(pool.map(lambda _: post(headers, body), range(CONCURRENT)))
    for status, answer_headers, answer in answers:
        if status != 202:
            failures.append(f"one of {CONCURRENT} concurrent uploads answered {status}: {answer[:200]}")
    print(f"{CONCURRENT} uploads of {ROWS:,} rows at once: all answered in {time.monotonic() - began:.1f} s "
          f"({sorted(a[0] for a in answers)})")
    for status, answer_headers, _ in answers:
        if status == 202:
            job = follow(headers, answer_headers["Location"])
            report = job["report"] or {}
            print(f"  a job ended {job['state']} after {time.monotonic() - began:.1f} s: "
                  f"unchanged {report.get('unchanged')}")
            if job["state"] != "SUCCEEDED" or report.get("unchanged") != ROWS:
                failures.append(f"a concurrent job ended {job['state']}: {json.dumps(report)[:300]}")
    heap.stopped.set()

    count = stored("J")
    print(f"stored: {count:,} of {ROWS:,}")
    if count != ROWS:
        failures.append(f"{count} observations stored, not {ROWS}")
    with open(os.path.join(load.HOME, "logs", "country-service.log"), errors="replace") as log:
        if "OutOfMemoryError" in log.read():
            failures.append("country-service ran out of memory")
    if load.pid("country-service") != pid:
        failures.append("country-service restarted")
    print(f"country-service heap in use at most {heap.peak:.0f} MB of 256 MB (sampled; a heap that is not "
          f"short is collected late), {heap.full_gcs} full collections")
    print(f"job rate / batch rate = {(ROWS / job_seconds) / (ROWS / sync_seconds):.2f}")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("passed")


if __name__ == "__main__":
    main()
