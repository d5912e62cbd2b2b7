"""The trials of deploy/bench/faults, which starts the stack and says what is checked. Standard library only;
the load, its client and the checks of stored rows are scale-out.py's, with one gateway."""

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("scale_out", os.path.join(HERE, "scale-out.py"))
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)
load.GATEWAYS = [int(os.environ["NUA_GATEWAY_PORT"])] * 2  # one gateway: "the other" is the same one
ROOT, HOME = load.ROOT, load.HOME
OUTAGE_AT, OUTAGE_SECONDS = 8, 20
problems = []


def health(port, which):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/{which}", timeout=5) as r:
            return json.loads(r.read())["status"]
    except urllib.error.HTTPError as e:
        return json.loads(e.read()).get("status", str(e.code))
    except OSError:
        return "UNREACHABLE"


def postgres_outage():
    keys = load.setup(load.token("admin", "faults-admin"))
    queue = load.batches()
    total = len(queue)
    reports = {}
    pids = {name: load.pid(name) for name in ("indicator-service", "country-service", "report-service", "gateway")}
    workers = [threading.Thread(target=load.batch_worker, args=(queue, keys, reports, 0.25)) for _ in range(2)]
    load.started = time.monotonic()
    load.note(f"{total} partner batches start")
    for w in workers:
        w.start()
    while time.monotonic() - load.started < OUTAGE_AT:
        time.sleep(0.2)
    postgres = load.pid("postgres")
    os.kill(postgres, signal.SIGINT)  # PostgreSQL's fast shutdown
    load.note(f"PostgreSQL stopped (PID {postgres})")
    seen = Counter()
    country = int(os.environ["NUA_COUNTRY_PORT"])
    time.sleep(3)
    while time.monotonic() - load.started < OUTAGE_AT + OUTAGE_SECONDS:
        seen[f"ready {health(country, 'ready')}, live {health(country, 'live')}"] += 1
        status, headers, _ = load.call("GET", "/api/v1/countries/JOR/observations?size=1",
                                       headers={"X-API-Key": keys["JOR"]})
        seen[f"read {status} Retry-After {headers.get('Retry-After')}"] += 1
        time.sleep(1)
    load.note("PostgreSQL started again (deploy/local/stack postgres); while away: " + ", ".join(
        f"{k} x{v}" for k, v in sorted(seen.items())))
    subprocess.run([f"{ROOT}/deploy/local/stack", "postgres"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    for w in workers:
        w.join()
    load.note(f"every batch answered; what the clients saw: {dict(load.failures)}")

    if any(k.split(":")[1].strip().startswith("500") for k in load.failures if ":" in k):
        problems.append(f"a 500 answered during the outage: {dict(load.failures)}")
    if not any(" 503" in k for k in load.failures):
        problems.append("no write met the outage: the trial proves nothing")
    if not any(k.startswith("ready DOWN, live UP") for k in seen):
        problems.append(f"readiness and liveness were not DOWN and UP while PostgreSQL was away: {dict(seen)}")
    if not any(k.startswith("read 503 Retry-After ") and not k.endswith("None") for k in seen):
        problems.append(f"reads were not answered 503 with Retry-After while PostgreSQL was away: {dict(seen)}")
    restarted = [n for n, p in pids.items() if load.pid(n) != p or not os.path.exists(f"/proc/{p}")]
    if restarted:
        problems.append(f"restarted or stopped during the outage: {restarted}")
    if health(country, "ready") != "UP":
        problems.append("country-service is not ready once PostgreSQL is back")
    acknowledged = [r for s, r in reports.values() if s == 200]
    # A batch of the extract with a row the catalogue refuses is a 422 whatever the faults: the data's, not ours.
    others = Counter(s for s, _ in reports.values() if s not in (200, 422))
    if len(reports) != total or others:
        problems.append(f"{len(reports)} of {total} batches answered, finally with {dict(others)} besides 200/422")
    recorded = sum(r["recorded"] for r in acknowledged)
    countries = ",".join(f"'{c}'" for c in load.COUNTRIES)
    stored = int(load.psql("country", f"select count(*) from observation where country_code in ({countries})"))
    if stored != recorded:
        problems.append(f"{recorded} rows recorded by acknowledged batches, {stored} stored")
    deadline = time.monotonic() + 120
    while load.psql("country", load.STORED_ROWS) != load.psql("report", load.MODEL_ROWS):
        if time.monotonic() > deadline:
            problems.append("the read model differs from country-service's data")
            break
        time.sleep(2)
    load.note(f"{len(acknowledged)} batches acknowledged ({total - len(acknowledged)} refused for their rows), "
              f"{recorded} rows recorded, {stored} stored")


def report_job_killed():
    auth = {"Authorization": f"Bearer {load.token('analyst', 'faults-report')}", "Content-Type": "application/json"}
    for attempt in range(5):
        status, data = load.retrying("report request", "POST", "/api/v1/reports", json.dumps(
            {"type": "COUNTRY_PROFILE", "country": "JOR", "language": "ar"}).encode(), auth, safe=False)
        assert status == 202, f"report request: {status} {data[:200]}"
        report = json.loads(data)["id"]
        state = ""
        deadline = time.monotonic() + 60
        while state not in ("RUNNING", "DONE", "FAILED") and time.monotonic() < deadline:
            state = load.psql("report", f"select status from report where id = '{report}'").strip()
            time.sleep(0.05)
        if state == "RUNNING":
            os.kill(load.pid("report-service"), signal.SIGKILL)
            load.note(f"kill -9 report-service while report {report} runs; restarting it (deploy/local/stack up)")
            break
        load.note(f"report {report} was {state} before it could be caught running; another")
    else:
        problems.append("no report job could be caught running in 5 tries")
        return
    subprocess.run([f"{ROOT}/deploy/local/stack", "up"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        state, attempts = load.psql("report", f"select status, attempts from report where id = '{report}'") \
            .strip().split("|")
        if state in ("DONE", "FAILED"):
            break
        time.sleep(1)
    announced, messages = load.report_events()
    load.note(f"report {report}: {state} after {attempts} attempt(s), {len(announced.get(report, ()))} ending "
              f"event id(s) in {messages[report]} message(s)")
    if state != "DONE" or len(announced.get(report, ())) != 1:
        problems.append(f"the killed report job ended {state} with {len(announced.get(report, ()))} ending events")


def new_kafka_cluster():
    """The databases survive and the broker is new and empty, as after a lost cluster: the owners must find
    their topics missing and republish what they hold, so that a read model rebuilt from the topics alone equals
    the one before, row for row."""
    views = ["select * from indicator_view order by code", "select * from country_view order by code",
             load.MODEL_ROWS]
    before = [load.psql("report", q) for q in views]
    if before[2] != load.psql("country", load.STORED_ROWS):
        problems.append("before the new cluster, the read model already differed from country-service")
    stack = f"{ROOT}/deploy/local/stack"
    subprocess.run([stack, "down"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", f"{HOME}/kafka"], check=True)
    load.note("the stack stopped and Kafka's data deleted; starting it again on a new, empty cluster")
    subprocess.run([stack, "up"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    subprocess.run([stack, "rebuild-read-model"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    load.note("read model emptied and rebuilt from the new cluster's topics")
    deadline = time.monotonic() + 240
    while True:
        after = [load.psql("report", q) for q in views]
        if after == before or time.monotonic() > deadline:
            break
        time.sleep(3)
    for name, b, a in zip(["indicators", "countries", "observations"], before, after):
        if a != b:
            problems.append(f"the rebuilt read model's {name} differ: {len(b.splitlines())} rows before, "
                            f"{len(a.splitlines())} after")
    load.note("rebuilt read model: " + ", ".join(f"{len(a.splitlines())} {n}" for n, a in
                                                 zip(["indicators", "countries", "observations"], after)))


def main():
    postgres_outage()
    report_job_killed()
    new_kafka_cluster()
    if problems:
        print("FAIL:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("PASS: every check held")


if __name__ == "__main__":
    main()
