#!/usr/bin/env python3
"""Scale-out bench (docs/scale-out.md): articles/s of the scaled-out job with 1 and with 2 worker
processes on the same input, the per-partition overhead, the broker's message count, and where the
CPU goes during the measured run: CPU seconds of the manager, of each worker (split by thread:
annotation engines, garbage collector, JIT compiler, the rest), of PostgreSQL and of RabbitMQ, from
/proc (utime + stime; processes that exit during the run are counted through their parent's
cutime/cstime), against the whole machine's busy and idle time (/proc/stat). PostgreSQL is
counted twice: the backends serving the bench's database (their command line names it), and all
of PostgreSQL (which includes other users of the server); RabbitMQ only as a whole.

Needs the packaged jar (mvn -B -DskipTests package), PostgreSQL on 127.0.0.1:5432 (user postgres,
trust) and RabbitMQ on 127.0.0.1:5672 (guest/guest): bash .ci/services.sh starts them.

    python3 scripts/scale_bench.py [--articles 300] [--seed 14] [--corpus ../shared/corpora/saudinewsnet]

The sample is a seeded random sample across the corpus's sources (round robin over sources, each
source's articles shuffled with the seed). Every configuration gets a fresh database, and its
workers first run a warm-up job (their engines are built once per process, as in production);
only the measured run's own duration (the run summary's, from the job repository) is counted.
The machine's load (uptime) is printed before and after: compare ratios within one run only.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "tarikh.jar"


TICK = os.sysconf("SC_CLK_TCK")


def stat_fields(path):
    """The fields of a /proc/.../stat file after the command name (which may hold spaces), or None."""
    try:
        text = Path(path).read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def process_cpu(pid, children=False):
    """CPU seconds (user + system) of a process; with children, also of its reaped children."""
    f = stat_fields(f"/proc/{pid}/stat")
    if f is None:
        return 0.0
    ticks = int(f[11]) + int(f[12]) + ((int(f[13]) + int(f[14])) if children else 0)
    return ticks / TICK


def thread_kind(name):
    if name.startswith("tarikh-annotat"):
        return "annotate"
    if name.startswith(("GC Thread", "G1 ", "GC ")) or "GC" in name:
        return "gc"
    if name.startswith(("C1 Compiler", "C2 Compiler")) or "Compiler" in name:
        return "jit"
    return "other"


def threads_cpu(pid):
    """CPU seconds of a JVM's live threads, by kind, keyed by thread id (so that deltas count only live ones)."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
        except OSError:
            continue
        f = stat_fields(f"/proc/{pid}/task/{tid}/stat")
        if f is not None:
            out[tid] = (thread_kind(name), (int(f[11]) + int(f[12])) / TICK)
    return out


def service_cpu(names):
    """CPU seconds of every process whose command is one of names, with their reaped children."""
    total = 0.0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                comm = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                continue
            if comm in names:
                total += process_cpu(pid, children=True)
    return total


def machine_cpu():
    """(busy, idle) CPU seconds of the whole machine since boot, all cores."""
    f = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = f[3] + f[4]
    return (sum(f[:8]) - idle) / TICK, idle / TICK


def database_backends_cpu(db):
    """CPU seconds of the PostgreSQL backends serving database db, by pid (their command line names it)."""
    out = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if cmdline.startswith("postgres: ") and f" {db} " in cmdline:
                out[pid] = process_cpu(pid)
    return out


POSTGRES = {"postgres", "postmaster"}
RABBITMQ = {"beam.smp", "erl_child_setup", "epmd", "inet_gethost"}


def cpu_snapshot(workers, db):
    return {"workers": [process_cpu(p.pid) for p in workers], "threads": [threads_cpu(p.pid) for p in workers],
            "backends": database_backends_cpu(db),
            "postgres": service_cpu(POSTGRES), "rabbitmq": service_cpu(RABBITMQ), "machine": machine_cpu()}


def cpu_delta(before, after, manager):
    manager_cpu, manager_kinds = manager
    kinds = []
    for b, a in zip(before["threads"], after["threads"]):
        k = defaultdict(float)
        for tid, (kind, sec) in a.items():
            k[kind] += sec - (b[tid][1] if tid in b else 0.0)
        kinds.append(dict(k))
    # backends of the bench's database: a connection opened during the run counts whole; one closed
    # during it is lost here (and counted in "postgres, all" through the postmaster's children)
    backends = sum(sec - before["backends"].get(pid, 0.0) for pid, sec in after["backends"].items())
    busy = after["machine"][0] - before["machine"][0]
    idle = after["machine"][1] - before["machine"][1]
    return {"manager": manager_cpu, "manager_kinds": manager_kinds, "workers": [a - b for a, b in zip(after["workers"], before["workers"])],
            "worker_kinds": kinds, "postgres_all": after["postgres"] - before["postgres"], "postgres": backends,
            "rabbitmq": after["rabbitmq"] - before["rabbitmq"], "busy": busy, "idle": idle}


def psql(sql, db="postgres"):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def sample(corpus, n, seed):
    by_source = defaultdict(list)
    for z in sorted(Path(corpus).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                for record in json.loads(zf.read(name)):
                    if record.get("content"):
                        by_source[record.get("source", "?")].append(record)
    rng = random.Random(seed)
    queues = []
    for source in sorted(by_source):
        records = by_source[source]
        rng.shuffle(records)
        queues.append(records)
    out = []
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop())
    return out


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def job_file(path, inputs, db, queue, partitions):
    path.write_text(
        "name: scale-bench\n"
        f"inputs: [{inputs}]\n"
        f"database: jdbc:postgresql://127.0.0.1:5432/{db}\n"
        "credentials: {user: postgres}\n"
        "chunk-size: 20\n"
        "scale-out:\n"
        f"  queue: {queue}\n"
        f"  partitions: {partitions}\n"
        "  poll-interval: 1s\n", encoding="utf-8")


def run_manager(job, workdir):
    """Runs the manager to its end; returns processed, seconds, requests sent, first line, its CPU seconds."""
    env = dict(os.environ, TARIKH_LOG=str(workdir / "manager.log"))
    with open(workdir / "manager.out", "w+") as out:
        p = subprocess.Popen(["java", "-Xmx512m", "-jar", str(JAR), "run", "--job", str(job)], cwd=workdir, env=env,
                             stdout=out, stderr=subprocess.STDOUT, text=True)
        threads = {}
        while True:  # its threads' CPU by kind, read until it exits (the last reading counts)
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid != 0:
                break
            threads.update(threads_cpu(p.pid))  # by thread id: the last reading of every thread seen
            time.sleep(0.5)
        # its own rusage (all threads, to the end): the manager's CPU seconds
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
    if p.returncode not in (0, 3):
        sys.exit(f"manager failed ({p.returncode}): {stdout}")
    m = re.search(r"processed (\d+).*?; ([\d.]+) s \(", stdout)
    sent = re.search(r"scale-out: (\d+) partition requests", stdout)
    kinds = defaultdict(float)
    for kind, sec in threads.values():
        kinds[kind] += sec
    return (int(m.group(1)), float(m.group(2)), int(sent.group(1)), stdout.splitlines()[0],
            (usage.ru_utime + usage.ru_stime, dict(kinds)))


def configuration(workers, partitions, warm, measured, workdir, label):
    """Workers started, warmed up on their own run, then one measured run; returns its figures."""
    db = f"tarikh_bench_{os.getpid()}_{workers}_{partitions}"
    queue = f"tarikh.bench.{os.getpid()}.{workers}.{partitions}"
    psql(f"DROP DATABASE IF EXISTS {db}")
    psql(f"CREATE DATABASE {db} ENCODING 'UTF8' TEMPLATE template0")
    procs = []
    try:
        job = workdir / f"{label}.yml"
        job_file(job, warm, db, queue, max(partitions, workers))
        for w in range(workers):
            out = open(workdir / f"{label}-worker{w}.out", "w")
            env = dict(os.environ, TARIKH_LOG=str(workdir / f"{label}-worker{w}.log"))
            procs.append(subprocess.Popen(["java", "-Xmx768m", "-jar", str(JAR), "worker", "--job", str(job)],
                                          cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT))
        deadline = time.time() + 900
        while not all("waiting for partitions" in (workdir / f"{label}-worker{w}.out").read_text()
                      for w in range(workers)):
            if time.time() > deadline:
                sys.exit("workers did not start")
            time.sleep(0.5)
        run_manager(job, workdir)  # warm-up: every worker builds its engine
        job_file(job, measured, db, queue, partitions)
        before = cpu_snapshot(procs, db)
        started = time.time()
        processed, seconds, sent, line, manager_cpu = run_manager(job, workdir)
        wall = time.time() - started
        cpu = cpu_delta(before, cpu_snapshot(procs, db), manager_cpu)
        rows = psql("SELECT COUNT(*), EXTRACT(EPOCH FROM AVG(c.claimed_at - s.CREATE_TIME::timestamptz))"
                    " FROM partition_claim c JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id"
                    " WHERE c.job_execution_id = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", db)
        return {"workers": workers, "partitions": partitions, "processed": processed, "seconds": seconds,
                "rate": processed / seconds, "requests": sent, "claims_and_wait": rows, "summary": line,
                "cpu": cpu, "wall": wall}
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["rabbitmqctl", "-q", "delete_queue", queue], capture_output=True)
        psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "saudinewsnet"))
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--many-partitions", type=int, default=16)
    ap.add_argument("--warm", type=int, default=60,
                    help="articles of the warm-up run (other articles than the measured ones; default 60)")
    ap.add_argument("--one-worker-only", action="store_true",
                    help="only the 1-worker configuration (e.g. a long sample: does the JIT's share fall?)")
    args = ap.parse_args()
    if not JAR.exists():
        sys.exit("build the jar first: mvn -B -DskipTests package")
    workdir = Path(tempfile.mkdtemp(prefix="tarikh-scale-bench-"))
    records = sample(args.corpus, args.articles + args.warm, args.seed)
    measured, warm = workdir / "sample.jsonl", workdir / "warm.jsonl"
    write_jsonl(records[:args.articles], measured)
    write_jsonl(records[args.articles:], warm)
    sources = sorted({r.get("source") for r in records[:args.articles]})
    print(f"sample: {args.articles} articles, seed {args.seed}, {len(sources)} sources; "
          f"{sum(len(r['content']) for r in records[:args.articles])} characters")
    print("load before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    results = [configuration(1, args.partitions, warm, measured, workdir, "w1")]
    if not args.one_worker_only:
        results += [configuration(2, args.partitions, warm, measured, workdir, "w2"),
                    configuration(1, args.many_partitions, warm, measured, workdir, "w1-many")]
    print("load after: ", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    for r in results:
        print(f"{r['workers']} worker(s), {r['partitions']:>2} partitions: {r['processed']} articles in "
              f"{r['seconds']:.1f} s = {r['rate']:.2f} articles/s; {r['requests']} broker messages (requests); "
              f"claims, mean s from request to claim: {r['claims_and_wait']}")
    print("CPU seconds during the measured run (wall: from the manager's start to its exit, JVM start included):")
    for r in results:
        c = r["cpu"]
        workers = sum(c["workers"])
        kinds = defaultdict(float)
        for k in c["worker_kinds"]:
            for kind, sec in k.items():
                kinds[kind] += sec
        accounted = workers + c["manager"] + c["postgres_all"] + c["rabbitmq"]
        print(f"  {r['workers']} worker(s), {r['partitions']:>2} partitions: wall {r['wall']:.1f} s;"
              f" workers {workers:.1f} (" + ", ".join(f"{w:.1f}" for w in c["workers"]) + ";"
              f" annotate {kinds['annotate']:.1f}, gc {kinds['gc']:.1f}, jit {kinds['jit']:.1f}, other {kinds['other']:.1f})"
              f", manager {c['manager']:.1f} (jit {c['manager_kinds'].get('jit', 0):.1f},"
              f" gc {c['manager_kinds'].get('gc', 0):.1f}, other {c['manager_kinds'].get('other', 0):.1f}), postgres {c['postgres']:.1f} (its backends; all of PostgreSQL"
              f" {c['postgres_all']:.1f}), rabbitmq (all) {c['rabbitmq']:.1f};"
              f" machine busy {c['busy']:.1f}, idle {c['idle']:.1f} (others {c['busy'] - accounted:.1f})")
        print(f"    = {c['busy'] / r['wall']:.2f} of {os.cpu_count()} cores busy; per article: workers"
              f" {1000 * workers / r['processed']:.1f} ms CPU, postgres {1000 * c['postgres'] / r['processed']:.1f} ms,"
              f" manager {1000 * c['manager'] / r['processed']:.1f} ms, rabbitmq {1000 * c['rabbitmq'] / r['processed']:.2f} ms;"
              f" per-worker rate {r['rate'] / r['workers']:.2f} articles/s")
    if args.one_worker_only:
        return
    one, two, many = results
    print(f"speed-up 2 workers / 1 worker: {two['rate'] / one['rate']:.2f}x")
    overhead = (many['seconds'] - one['seconds']) / (many['partitions'] - one['partitions'])
    print(f"per-partition overhead (1 worker, {many['partitions']} vs {one['partitions']} partitions): "
          f"{overhead:.2f} s per partition")


if __name__ == "__main__":
    main()
