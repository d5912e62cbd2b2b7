"""Mixed load on the scaled-out stack while parts of it are killed; run by deploy/bench/scale-out, which starts
the stack and says what is checked. Standard library only. Every failure a client sees is counted by kind, and
retried only where retrying is safe: a batch with its Idempotency-Key, a read, or a request that never reached
a service (connection refused, or the gateway's 503 saying so)."""

import argparse
import csv
import http.client
import io
import json
import os
import random
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOME = os.environ["NUA_STACK_HOME"]
PREFIX = os.environ["NUA_DB_PREFIX"]
GATEWAYS = [int(os.environ["NUA_GATEWAY_PORT"]), int(os.environ["NUA_GATEWAY_PORT"]) + 100]
COUNTRIES = ["JOR", "ECU", "PHL", "KAZ", "KHM", "CUB", "CRI", "LSO", "MAR"]
BATCH_ROWS = 10
LIMIT = int(os.environ["NUA_RATE_LIMIT_AUTHENTICATED"])
# Killed at these seconds into the load, each a kill -9 of the recorded PID; restarted together at RESTART_AT.
KILLS = [(20, ["kafka-2"]), (35, ["indicator-service-2", "country-service", "report-service-2"]), (50, ["gateway-2"])]
RESTART_AT = 75

# Country-service's standing observations and the read model's, to compare row for row; numerically, since the
# same decimal may be stored with different scales (30 and 30.0).
_ROW = ("country_code, indicator_code, series_code, city_code, disaggregation, year, trim_scale(value), unit, "
        "nature, source")
STORED_ROWS = f"select {_ROW} from observation where withdrawn_at is null order by 1, 2, 3, 4, 5, 6"
MODEL_ROWS = f"select {_ROW} from observation_fact where not withdrawn order by 1, 2, 3, 4, 5, 6"

failures = Counter()
requests = Counter()
lock = threading.Lock()
stop = threading.Event()
timeline = []
started = time.monotonic()


def note(what):
    line = f"{time.monotonic() - started:6.1f} s  {what}"
    timeline.append(line)
    print(line, flush=True)


def count(kind, bucket=failures):
    with lock:
        bucket[kind] += 1


def token(role, subject):
    env = dict(os.environ)
    return subprocess.check_output([f"{ROOT}/deploy/local/token", "--role", role, "--subject", subject,
                                    "--ttl", "7200"], env=env, cwd=ROOT, text=True).strip()


def call(method, path, body=None, headers=None, gateway=None, timeout=70):
    """One request through one gateway; (status, headers, body) or raises OSError when none could be made."""
    port = gateway if gateway is not None else random.choice(GATEWAYS)
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method,
                                     headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def retrying(what, method, path, body=None, headers=None, safe=True, ok=(200, 201, 202)):
    """Sends until a final answer. Connection failures move to the other gateway (what a load balancer does);
    a 503 that says the service was not reached, or any 502-504 on a safe request, is retried after Retry-After."""
    gateway = random.choice(GATEWAYS)
    for attempt in range(200):
        if stop.is_set() and attempt > 0 and what == "read":
            return None
        count(what, requests)
        try:
            status, response_headers, data = call(method, path, body, headers, gateway)
        except (OSError, http.client.HTTPException) as e:
            count(f"{what}: gateway not reachable ({type(e).__name__}), retried on the other")
            gateway = GATEWAYS[1 - GATEWAYS.index(gateway)]
            time.sleep(0.2)
            continue
        if status in ok or (400 <= status < 500 and status not in (408, 429)):
            return status, data
        problem = {}
        try:
            problem = json.loads(data)
        except ValueError:
            pass
        reached = "cannot be reached" not in problem.get("detail", "") and status != 503
        count(f"{what}: {status} {problem.get('type', '')}".rstrip())
        if not safe and reached:
            return status, data
        time.sleep(min(5, float(response_headers.get("Retry-After", "1") or 1)))
    raise RuntimeError(f"{what} {path}: no final answer after 200 attempts")


def setup(admin):
    auth = {"Authorization": f"Bearer {admin}", "Content-Type": "application/json"}
    keys = {}
    for country in COUNTRIES:
        status, _ = retrying("setup", "POST", f"/api/v1/countries/{country}/agencies", json.dumps(
            {"code": "NSO", "name": "National statistics office", "kind": "NATIONAL_STATISTICS_OFFICE"}).encode(),
            auth)
        assert status in (201, 409), f"agency for {country}: {status}"
        status, data = retrying("setup", "POST", "/api/v1/api-keys", json.dumps(
            {"label": f"scale-out {country}", "country": country, "agency": "NSO", "roles": ["partner"]}).encode(),
            auth)
        assert status == 201, f"key for {country}: {status} {data[:200]}"
        keys[country] = json.loads(data)["key"]
    return keys


def batches():
    """The UN SDG extract's rows of each country, in the file's own CSV format, BATCH_ROWS at a time."""
    with open(f"{ROOT}/deploy/data/unsd_sdg11_series_9countries.csv", newline="") as f:
        rows = list(csv.reader(f))
    header, by_country = rows[0], {c: [] for c in COUNTRIES}
    for row in rows[1:]:
        if row[5] in by_country:
            by_country[row[5]].append(row)
    out = []
    for country, rows in by_country.items():
        for i in range(0, len(rows), BATCH_ROWS):
            text = io.StringIO()
            writer = csv.writer(text, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows[i:i + BATCH_ROWS])
            out.append((country, f"scale-out-{country}-{i // BATCH_ROWS}", text.getvalue().encode()))
    random.shuffle(out)
    return out


def batch_worker(queue, keys, reports, pace):
    while True:
        with lock:
            if not queue:
                return
            country, key, body = queue.pop()
        status, data = retrying("batch", "POST", f"/api/v1/countries/{country}/observations/batches", body,
                                {"X-API-Key": keys[country], "Content-Type": "text/csv", "Idempotency-Key": key})
        with lock:
            reports[key] = (status, json.loads(data) if data else {})
        time.sleep(pace)


def reader(subject):
    auth = {"Authorization": f"Bearer {token('analyst', subject)}"}
    paths = ["/api/v1/countries", "/api/v1/indicators?size=50", "/api/v1/countries/JOR/observations?size=100",
             "/api/v1/comparisons?indicator=11.6.2&series=EN_ATM_PM25", "/api/v1/progress?country=JOR"]
    while not stop.is_set():
        retrying("read", "GET", random.choice(paths), headers=auth)
        time.sleep(0.15)


def report_requester(requested):
    auth = {"Authorization": f"Bearer {token('analyst', 'scale-out-reports')}", "Content-Type": "application/json"}
    while not stop.is_set():
        body = json.dumps({"type": "COUNTRY_PROFILE", "country": random.choice(COUNTRIES),
                           "language": random.choice(["en", "ar", "es"])}).encode()
        status, data = retrying("report request", "POST", "/api/v1/reports", body, auth, safe=False)
        if status == 202:
            with lock:
                requested.append(json.loads(data)["id"])
        time.sleep(6)


def pid(name):
    with open(f"{HOME}/run/{name}.pid") as f:
        return int(f.read().split()[0])


def killer(done):
    for at, names in KILLS:
        while time.monotonic() - started < at:
            time.sleep(0.2)
        for name in names:
            os.kill(pid(name), signal.SIGKILL)
        note(f"kill -9 {', '.join(names)}")
    while time.monotonic() - started < RESTART_AT:
        time.sleep(0.2)
    note("restarting what was killed (deploy/local/stack up)")
    t = time.monotonic()
    subprocess.run([f"{ROOT}/deploy/local/stack", "up"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    done["recovered_in"] = time.monotonic() - t
    note(f"all 3 Kafka nodes and 8 instances healthy again after {done['recovered_in']:.0f} s")


def failover(keys, reports):
    """Seconds from a kill -9 of one report-service instance until the other applies events on every partition:
    one batch per country (their keys spread over all partitions) sent right after the kill, timed until all
    of them are in the read model. The batches are the NUA-related series of the UN SDG extract, not yet sent."""
    with open(f"{ROOT}/deploy/data/unsd_nua_related_series_9countries.csv", newline="") as f:
        rows = list(csv.reader(f))
    header, sent = rows[0], []
    os.kill(pid("report-service"), signal.SIGKILL)
    killed = time.monotonic()
    note("kill -9 report-service (instance 1); one batch per country follows")
    for country in COUNTRIES:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([r for r in rows[1:] if r[5] == country and r[0] == "EG_ELC_ACCS"][:BATCH_ROWS])
        key = f"scale-out-failover-{country}"
        status, data = retrying("batch", "POST", f"/api/v1/countries/{country}/observations/batches",
                                text.getvalue().encode(), {"X-API-Key": keys[country], "Content-Type": "text/csv",
                                                           "Idempotency-Key": key})
        reports[key] = (status, json.loads(data) if data else {})
        if status == 200:
            sent.append(country)
    countries = ",".join(f"'{c}'" for c in sent)
    expected = sum(reports[f"scale-out-failover-{c}"][1]["recorded"] for c in sent)
    query = (f"select count(*) from observation_fact where series_code = 'EG_ELC_ACCS' "
             f"and country_code in ({countries})")
    while int(psql("report", query)) < expected:
        if time.monotonic() - killed > 120:
            return None
        time.sleep(0.2)
    return time.monotonic() - killed


def psql(db, sql):
    return subprocess.check_output(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-p",
                                    os.environ.get("PGPORT", "5432"), "-U", os.environ.get("PGUSER", "postgres"),
                                    "-d", f"{PREFIX}{db}", "-qAtX", "-c", sql], text=True)


def report_events():
    """report.events as a consumer of it sees it: per report, the ids of its announcements and how many messages
    carried them. Delivery is at least once: an ending the broker did not acknowledge in time is sent again, by
    whichever sweeper sees it first, under the same event id, which consumers deduplicate."""
    lib = f"{ROOT}/deploy/kafka-broker/target/lib/*"
    out = subprocess.run(["java", "-cp", lib, "org.apache.kafka.tools.consumer.ConsoleConsumer",
                          "--bootstrap-server", f"127.0.0.1:{os.environ['NUA_KAFKA_PORT']}", "--topic", "report.events",
                          "--from-beginning", "--timeout-ms", "15000"], capture_output=True, text=True).stdout
    ids, messages = {}, Counter()
    for line in out.splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        report = event.get("data", {}).get("reportId")
        ids.setdefault(report, set()).add(event.get("id"))
        messages[report] += 1
    return ids, messages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=150)
    seconds = parser.parse_args().seconds
    admin = token("admin", "scale-out-admin")
    keys = setup(admin)
    queue = batches()
    total_batches = len(queue)
    reports, requested, done = {}, [], {}
    # Paced so that the batches last the whole run and overlap every kill.
    pace = max(0.0, 3 * seconds / total_batches - 0.3)
    threads = [threading.Thread(target=batch_worker, args=(queue, keys, reports, pace)) for _ in range(3)]
    threads += [threading.Thread(target=reader, args=(f"scale-out-reader-{i}",)) for i in range(3)]
    threads += [threading.Thread(target=report_requester, args=(requested,))]
    chaos = threading.Thread(target=killer, args=(done,))
    global started
    started = time.monotonic()
    note(f"load starts: {total_batches} batches of up to {BATCH_ROWS} rows, 3 readers, a report every 6 s")
    for t in threads + [chaos]:
        t.start()
    chaos.join()
    while time.monotonic() - started < seconds:
        time.sleep(1)
    for t in threads[:3]:
        t.join()  # every batch is sent, however long the faults made it take
    stop.set()
    for t in threads[3:]:
        t.join()
    failed_over = failover(keys, reports)
    note(f"every partition consumed again {failed_over:.1f} s after the kill" if failed_over is not None
         else "the surviving report-service did not take over within 120 s")
    subprocess.run([f"{ROOT}/deploy/local/stack", "up"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    note("load stopped; waiting for the read model and the reports")

    problems = []
    acknowledged = {k: r for k, (s, r) in reports.items() if s == 200}
    refused = {k: r for k, (s, r) in reports.items() if s != 200}
    recorded = sum(r["recorded"] for r in acknowledged.values())
    revised = sum(r["revised"] for r in acknowledged.values())
    countries = ",".join(f"'{c}'" for c in COUNTRIES)
    stored = int(psql("country", f"select count(*) from observation where country_code in ({countries})"))
    # observation_revision keeps the values a revision replaced: one row per revised observation.
    revisions = int(psql("country", "select count(*) from observation_revision r join observation o on "
                                    f"o.id = r.observation_id where o.country_code in ({countries})"))
    if len(reports) != total_batches + len(COUNTRIES):
        problems.append(f"{total_batches + len(COUNTRIES) - len(reports)} batches never answered")
    if failed_over is None:
        problems.append("report-service's partitions were not taken over within 120 s of a kill -9")
    if stored != recorded or revisions != revised:
        problems.append(f"{recorded} rows recorded and {revised} revised by acknowledged batches, but "
                        f"{stored} observations and {revisions} replaced values stored")

    deadline = time.monotonic() + 180
    while True:
        a, b = psql("country", STORED_ROWS), psql("report", MODEL_ROWS)
        if a == b or time.monotonic() > deadline:
            break
        time.sleep(2)
    caught_up = time.monotonic() - started
    if a != b:
        problems.append("the read model differs from country-service's data")

    states = {}
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ids = ",".join(f"'{i}'" for i in requested) or "null"
        states = dict(line.split("|") for line in psql("report", f"select id, status from report where id in ({ids})")
                      .splitlines())
        if all(s in ("DONE", "FAILED") for s in states.values()) and len(states) == len(requested):
            break
        time.sleep(3)
    announced, messages = report_events()
    not_done = [i for i in requested if states.get(i) != "DONE"]
    twice = [i for i in requested if len(announced.get(i, ())) != 1]
    runs = Counter(psql("report", f"select attempts from report where id in ({ids})").split())
    if not_done:
        problems.append(f"{len(not_done)} reports not DONE: {not_done[:3]}")
    if twice:
        problems.append(f"{len(twice)} reports without exactly one ending event: "
                        f"{[(i, announced.get(i)) for i in twice[:3]]}")

    # The limit across both gateways: one client, LIMIT * 2 requests alternating between them, as fast as it can.
    burst = {"Authorization": f"Bearer {token('analyst', 'scale-out-burst-' + str(int(time.time())))}"}
    answered, t0 = Counter(), time.monotonic()

    def burst_worker(n):
        for i in range(n):
            try:
                status, _, _ = call("GET", "/api/v1/countries", headers=burst, gateway=GATEWAYS[i % 2], timeout=10)
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
            count(status, answered)

    workers = [threading.Thread(target=burst_worker, args=(LIMIT // 4,)) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - t0
    allowed = LIMIT + LIMIT * elapsed / 60
    if answered[200] > allowed:
        problems.append(f"the rate limit did not hold across gateways: {answered[200]} of {LIMIT * 2} answered "
                        f"in {elapsed:.1f} s, at most {allowed:.0f} allowed")

    print()
    print(f"requests sent: {sum(requests.values())} ({', '.join(f'{k} {v}' for k, v in sorted(requests.items()))})")
    print(f"failures a client saw and retried safely: {sum(failures.values())}")
    for kind, n in failures.most_common():
        print(f"  {n:6d}  {kind}")
    print(f"batches: {len(acknowledged)} acknowledged ({recorded} rows recorded, {revised} revised), "
          f"{len(refused)} refused as invalid (final 4xx: {Counter(s for s, _ in reports.values() if s != 200)}); "
          f"stored: {stored} observations, {revisions} replaced values")
    print(f"read model equal to country-service's data, row for row ({len(a.splitlines())} rows), "
          f"{caught_up:.0f} s after the load started" if a == b else "read model NOT equal")
    print(f"reports: {len(requested)} requested, {sum(1 for s in states.values() if s == 'DONE')} DONE "
          f"(runs per report: {dict(runs)}); one ending event each on report.events: {not twice}, carried by "
          f"{sum(messages[i] for i in requested)} messages (resent ones repeat the event's id)")
    print(f"rate limit ({LIMIT}/min per client) across both gateways: {answered[200]} answered, "
          f"{answered[429]} refused with 429 of {sum(answered.values())} in {elapsed:.1f} s")
    print(f"recovery: every killed part healthy again {done.get('recovered_in', float('nan')):.0f} s after restart")
    if failed_over is not None:
        print(f"failover: report-service's partitions consumed by the other instance {failed_over:.1f} s after "
              "a kill -9 of one (session.timeout.ms 6 s)")
    print("\n".join(timeline))
    if problems:
        print("\nFAILED:\n  " + "\n  ".join(problems))
        raise SystemExit(1)
    print("\nOK: nothing lost, nothing duplicated")


if __name__ == "__main__":
    main()
