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
workers first run a warm-up job of --warm articles per worker (their engines are built and their
code compiled once per process, as in production: each worker gets the same warm-up);
only the measured run's own duration (the run summary's, from the job repository) is counted.
The machine's load (uptime) is printed before and after: compare ratios within one run only.

    python3 scripts/scale_bench.py --pin [--repeat 3] [--poll-interval 250ms] ...

--pin: a worker per core. Each worker is confined to one core (taskset -c 0, and -c 1 for the
second), its JVM told it has one CPU (-XX:ActiveProcessorCount=1: one JIT compiler of each tier,
the serial collector) and runs one partition thread (threads: 1); the manager is kept light
(-XX:TieredStopAtLevel=1 -XX:ActiveProcessorCount=1, not pinned). Manager and workers run under
nice -n -20, each in a session of its own whose autogroup is set to nice -20 too, and the
PostgreSQL and RabbitMQ server processes and the bench database's backends are reniced to -20
(threads and autogroups) for the bench and restored after, so that on a shared machine the
measured processes take the cores they are pinned to (needs root; see Priority).

Each configuration reports its cold run (fresh worker processes: the warm-up run, --warm
articles per worker, engines built and code compiled during it) and its warm run (the measured sample), each
also over the partitions' span and as the rate after every worker's first partition (JIT and
engine building are per process), from the partitions' step executions; and the CPU of every
process during each run. The figures are also written to results.json in the bench's directory.
--repeat N runs the configurations N times, interleaved (1 worker, 2 workers, 1 worker with many
partitions, then again), every one on a fresh database with fresh workers, and prints every figure.
"""
import argparse
import json
import shutil
import signal
import statistics
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
BACKEND = re.compile(r"\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]")  # a backend's title names its client
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


class Priority:
    """Raises the measured processes, PostgreSQL and RabbitMQ to niceness -20 and restores them after.
    On Linux a niceness is a thread's, and with autogrouping (/proc/sys/kernel/sched_autogroup_enabled)
    the scheduler first shares the cores between sessions, each with its autogroup's niceness
    (/proc/PID/autogroup), and a thread's niceness counts only within its session: so both are raised.
    PostgreSQL starts every backend in a session of its own: the bench's database's backends are raised
    as they appear (raise_backends); backends of other databases are left alone."""

    def __init__(self, niceness=-20):
        self.niceness = niceness
        self.threads = {}     # thread id: its former niceness
        self.autogroups = {}  # autogroup name: (a pid in it, its former niceness)

    def raise_process(self, pid, threads=True):
        try:
            name, _, niceness = Path(f"/proc/{pid}/autogroup").read_text().split()
            if name not in self.autogroups:
                self.autogroups[name] = (pid, int(niceness))
                Path(f"/proc/{pid}/autogroup").write_text(str(self.niceness))
        except (OSError, ValueError):  # no autogrouping, or the process ended
            pass
        if threads:
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                return
            for tid in map(int, tids):
                try:
                    if tid not in self.threads:
                        self.threads[tid] = os.getpriority(os.PRIO_PROCESS, tid)
                    os.setpriority(os.PRIO_PROCESS, tid, self.niceness)
                except OSError:  # the thread ended meanwhile
                    pass

    def raise_services(self):
        """PostgreSQL's server processes (not the backends) and RabbitMQ's."""
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                comm = Path(f"/proc/{pid}/comm").read_text().strip()
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if comm in RABBITMQ or (comm in POSTGRES and not BACKEND.search(cmdline)):
                self.raise_process(pid)

    def raise_backends(self, db):
        for pid in database_backends_cpu(db):
            self.raise_process(pid)

    def restore(self):
        for pid, niceness in self.autogroups.values():
            try:
                Path(f"/proc/{pid}/autogroup").write_text(str(niceness))
            except OSError:
                pass
        for tid, niceness in self.threads.items():
            try:
                os.setpriority(os.PRIO_PROCESS, tid, niceness)
            except OSError:
                pass


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


def job_file(path, inputs, db, queue, partitions, poll_interval):
    path.write_text(
        "name: scale-bench\n"
        f"inputs: [{inputs}]\n"
        f"database: jdbc:postgresql://127.0.0.1:5432/{db}\n"
        "credentials: {user: postgres}\n"
        "threads: 1\n"
        "chunk-size: 20\n"
        "scale-out:\n"
        f"  queue: {queue}\n"
        f"  partitions: {partitions}\n"
        f"  poll-interval: {poll_interval}\n", encoding="utf-8")


# The workers' JIT options (docs/performance.md, JIT: with C2's default inlining a pinned worker's C2 took half
# its core for thousands of articles); --worker-jvm-option replaces them.
WORKER_JVM_OPTIONS = ["-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000"]


def worker_command(jar, job, pin, index):
    if not pin:
        return ["java", "-Xmx768m", *WORKER_JVM_OPTIONS, "-jar", str(jar), "worker", "--job", str(job)]
    return ["taskset", "-c", str(index % os.cpu_count()), "nice", "-n", "-20",
            "java", "-XX:ActiveProcessorCount=1", "-Xmx768m", *WORKER_JVM_OPTIONS, "-jar", str(jar), "worker",
            "--job", str(job)]


def manager_command(jar, job, pin):
    if not pin:
        return ["java", "-Xmx512m", "-jar", str(jar), "run", "--job", str(job)]
    return ["nice", "-n", "-20", "java", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1", "-Xmx512m",
            "-jar", str(jar), "run", "--job", str(job)]


def partitions_of_last_run(db):
    """The last run's partitions: (worker, start, end in epoch seconds, articles written) each."""
    rows = psql("SELECT c.worker, EXTRACT(EPOCH FROM s.START_TIME), EXTRACT(EPOCH FROM s.END_TIME), s.WRITE_COUNT"
                " FROM BATCH_STEP_EXECUTION s JOIN partition_claim c ON c.step_execution_id = s.STEP_EXECUTION_ID"
                " WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", db)
    out = []
    for line in rows.splitlines():
        worker, start, end, written = line.split("|")
        out.append((worker, float(start), float(end), int(written)))
    return out


def partition_rates(partitions):
    """From the partitions' step executions: the rate over their span (first start to last end), and the
    rate after each worker's first partition: the sum over workers of (articles of its later partitions /
    time from the end of its first partition to the end of its last); None if a worker ran only one."""
    span = max(p[2] for p in partitions) - min(p[1] for p in partitions)
    written = sum(p[3] for p in partitions)
    by_worker = defaultdict(list)
    for p in partitions:
        by_worker[p[0]].append(p)
    after_first = 0.0
    for runs in by_worker.values():
        runs.sort(key=lambda p: p[1])
        if len(runs) < 2:
            after_first = None
            break
        after_first += sum(p[3] for p in runs[1:]) / (runs[-1][2] - runs[0][2])
    return {"span": span, "written": written, "span_rate": written / span, "after_first": after_first,
            "per_worker": sorted(len(r) for r in by_worker.values())}


def run_manager(job, workdir, jar, priority, db):
    """Runs the manager to its end; returns processed, seconds, requests sent, first line, its CPU seconds."""
    env = dict(os.environ, TARIKH_LOG=str(workdir / "manager.log"))
    with open(workdir / "manager.out", "w+") as out:
        p = subprocess.Popen(manager_command(jar, job, priority is not None), cwd=workdir, env=env,
                             stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=priority is not None)
        if priority is not None:
            priority.raise_process(p.pid, threads=False)  # its autogroup (nice -n -20 set its threads')
        threads = {}
        try:
            while True:  # its threads' CPU by kind, read until it exits (the last reading counts)
                pid, status, usage = os.wait4(p.pid, os.WNOHANG)
                if pid != 0:
                    break
                threads.update(threads_cpu(p.pid))  # by thread id: the last reading of every thread seen
                if priority is not None:
                    priority.raise_backends(db)  # the manager's connections, and any new ones of the workers
                time.sleep(0.5)
        except BaseException:  # the bench stopped: so is its manager
            p.kill()
            p.wait()
            raise
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


def measured_run(job, workdir, jar, priority, procs, db):
    """One run of the manager over the job file; its figures, its partitions and the CPU it cost."""
    before = cpu_snapshot(procs, db)
    started = time.time()
    processed, seconds, sent, line, manager_cpu = run_manager(job, workdir, jar, priority, db)
    wall = time.time() - started
    cpu = cpu_delta(before, cpu_snapshot(procs, db), manager_cpu)
    rows = psql("SELECT COUNT(*), EXTRACT(EPOCH FROM AVG(c.claimed_at - s.CREATE_TIME::timestamptz))"
                " FROM partition_claim c JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id"
                " WHERE c.job_execution_id = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", db)
    return {"processed": processed, "seconds": seconds, "rate": processed / seconds, "requests": sent,
            "claims_and_wait": rows, "summary": line, "cpu": cpu, "wall": wall,
            "partition_rates": partition_rates(partitions_of_last_run(db))}


def configuration(workers, partitions, warm, measured, workdir, label, jar, priority, poll_interval):
    """Workers started, a cold run (the warm-up: fresh processes), then the measured (warm) run; their figures."""
    db = f"tarikh_bench_{os.getpid()}_{label.replace('-', '_')}"
    queue = f"tarikh.bench.{os.getpid()}.{label}"
    psql(f"DROP DATABASE IF EXISTS {db}")
    psql(f"CREATE DATABASE {db} ENCODING 'UTF8' TEMPLATE template0")
    procs = []
    try:
        job = workdir / f"{label}.yml"
        job_file(job, warm, db, queue, max(partitions, workers), poll_interval)
        for w in range(workers):
            out = open(workdir / f"{label}-worker{w}.out", "w")
            env = dict(os.environ, TARIKH_LOG=str(workdir / f"{label}-worker{w}.log"))
            procs.append(subprocess.Popen(worker_command(jar, job, priority is not None, w), cwd=workdir, env=env,
                                          stdout=out, stderr=subprocess.STDOUT, start_new_session=priority is not None))
            if priority is not None:
                priority.raise_process(procs[-1].pid, threads=False)
        deadline = time.time() + 900
        while not all("waiting for partitions" in (workdir / f"{label}-worker{w}.out").read_text()
                      for w in range(workers)):
            if time.time() > deadline:
                sys.exit("workers did not start")
            time.sleep(0.5)
        if priority is not None:
            priority.raise_backends(db)  # the workers' connections
        cold = measured_run(job, workdir, jar, priority, procs, db)  # warm-up: every worker builds its engine
        job_file(job, measured, db, queue, partitions, poll_interval)
        result = measured_run(job, workdir, jar, priority, procs, db)
        result.update({"workers": workers, "partitions": partitions, "label": label, "cold": cold})
        return result
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


def print_cpu(r, c, worker_count):
    workers = sum(c["workers"])
    kinds = defaultdict(float)
    for k in c["worker_kinds"]:
        for kind, sec in k.items():
            kinds[kind] += sec
    accounted = workers + c["manager"] + c["postgres_all"] + c["rabbitmq"]
    print(f"wall {r['wall']:.1f} s;"
          f" workers {workers:.1f} (" + ", ".join(f"{w:.1f}" for w in c["workers"]) + ";"
          f" annotate {kinds['annotate']:.1f}, gc {kinds['gc']:.1f}, jit {kinds['jit']:.1f}, other {kinds['other']:.1f})"
          f", manager {c['manager']:.1f} (jit {c['manager_kinds'].get('jit', 0):.1f},"
          f" gc {c['manager_kinds'].get('gc', 0):.1f}, other {c['manager_kinds'].get('other', 0):.1f}), postgres {c['postgres']:.1f} (its backends; all of PostgreSQL"
          f" {c['postgres_all']:.1f}), rabbitmq (all) {c['rabbitmq']:.1f};"
          f" machine busy {c['busy']:.1f}, idle {c['idle']:.1f} (others {c['busy'] - accounted:.1f})")
    print(f"      = {c['busy'] / r['wall']:.2f} of {os.cpu_count()} cores busy; per article: workers"
          f" {1000 * workers / r['processed']:.1f} ms CPU (annotate {1000 * kinds['annotate'] / r['processed']:.1f},"
          f" jit {1000 * kinds['jit'] / r['processed']:.1f}), postgres {1000 * c['postgres'] / r['processed']:.1f} ms,"
          f" manager {1000 * c['manager'] / r['processed']:.1f} ms, rabbitmq {1000 * c['rabbitmq'] / r['processed']:.2f} ms;"
          f" per-worker rate {r['rate'] / worker_count:.2f} articles/s")
    print("      each worker's CPU / the run's duration (cores it used while the run went): "
          + ", ".join(f"{w / r['seconds']:.2f}" for w in c["workers"]))


def print_rates(name, r):
    pr = r["partition_rates"]
    after = "n/a (a worker ran one partition)" if pr["after_first"] is None else f"{pr['after_first']:.2f}"
    print(f"    {name}: {r['processed']} articles in {r['seconds']:.1f} s = {r['rate']:.2f} articles/s (the run's);"
          f" partitions {pr['span']:.1f} s = {pr['span_rate']:.2f} articles/s; after each worker's first partition"
          f" {after} articles/s; partitions per worker {pr['per_worker']}; {r['requests']} broker messages (requests);"
          f" claims, mean s from request to claim: {r['claims_and_wait']}")


def spread(values):
    values = list(values)
    if not values:
        return "n/a"
    return (", ".join(f"{v:.2f}" for v in values) + f" (median {statistics.median(values):.2f},"
            f" min {min(values):.2f}, max {max(values):.2f})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "saudinewsnet"))
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--many-partitions", type=int, default=16)
    ap.add_argument("--warm", type=int, default=60,
                    help="articles of the warm-up (cold) run per worker (other articles than the measured ones;"
                         " default 60)")
    ap.add_argument("--one-worker-only", action="store_true",
                    help="only the 1-worker configuration (e.g. a long sample: does the JIT's share fall?)")
    ap.add_argument("--pin", action="store_true",
                    help="a worker per core: each worker on its own core (taskset), one CPU for its JVM, one partition"
                         " thread; manager light; measured processes, PostgreSQL and RabbitMQ at nice -20 (root)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of every configuration, interleaved (default 1)")
    ap.add_argument("--poll-interval", default="1s", help="the manager's poll interval (default 1s)")
    ap.add_argument("--worker-jvm-option", action="append", default=[], metavar="OPT",
                    help="an option for the workers' JVMs, repeatable; replaces the default JIT options "
                         + " ".join(WORKER_JVM_OPTIONS) + " (docs/performance.md, JIT); e.g. --worker-jvm-option=-XX:FreqInlineSize=325"
                         " for HotSpot's default (the = form: a value starting with - is otherwise read as an option)")
    args = ap.parse_args()
    if args.worker_jvm_option:
        WORKER_JVM_OPTIONS[:] = args.worker_jvm_option
    if not JAR.exists():
        sys.exit("build the jar first: mvn -B -DskipTests package")
    if args.pin and os.geteuid() != 0:
        sys.exit("--pin runs the measured processes at nice -20: run it as root")
    workdir = Path(tempfile.mkdtemp(prefix="tarikh-scale-bench-"))
    jar = workdir / "tarikh.jar"  # a copy: a rebuild of target/ during the bench does not change it
    shutil.copyfile(JAR, jar)
    max_workers = 1 if args.one_worker_only else 2
    records = sample(args.corpus, args.articles + args.warm * max_workers, args.seed)
    measured = workdir / "sample.jsonl"
    warm = {w: workdir / f"warm-{w}.jsonl" for w in range(1, max_workers + 1)}  # the first warm × w of the rest
    write_jsonl(records[:args.articles], measured)
    for w, path in warm.items():
        write_jsonl(records[args.articles:args.articles + args.warm * w], path)
    sources = sorted({r.get("source") for r in records[:args.articles]})
    autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled")
    print(f"autogrouping: {autogroup.read_text().strip() if autogroup.exists() else 'absent'}; {os.cpu_count()} cores")
    print(f"sample: {args.articles} articles, seed {args.seed}, {len(sources)} sources; "
          f"{sum(len(r['content']) for r in records[:args.articles])} characters; warm-up (cold run):"
          f" {args.warm} other articles per worker; {args.partitions} partitions ({args.many_partitions} for the overhead);"
          f" poll interval {args.poll_interval}")
    if args.pin:
        print(f"pinned: worker w on core w (taskset -c w), -XX:ActiveProcessorCount=1, threads: 1; manager"
              f" -XX:TieredStopAtLevel=1 -XX:ActiveProcessorCount=1, not pinned; manager and workers at nice -20"
              f" (threads and autogroups), PostgreSQL's and RabbitMQ's server processes and the bench database's"
              f" backends reniced to -20 (threads and autogroups) for the bench, restored after")
    print("workers' JIT options:", " ".join(WORKER_JVM_OPTIONS))
    print("load before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(), flush=True)
    priority = Priority() if args.pin else None
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped (SIGTERM)"))  # the finally blocks clean up
    results = []
    try:
        if priority is not None:
            priority.raise_services()
        for i in range(args.repeat):
            configs = [(1, args.partitions, f"w1-{i}")]
            if not args.one_worker_only:
                configs += [(2, args.partitions, f"w2-{i}"), (1, args.many_partitions, f"w1many-{i}")]
            for workers, partitions, label in configs:
                r = configuration(workers, partitions, warm[workers], measured, workdir, label, jar, priority, args.poll_interval)
                r["repeat"] = i
                results.append(r)
                print(f"done {label}: {r['rate']:.2f} articles/s warm, {r['cold']['rate']:.2f} cold;"
                      f" load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        if priority is not None:
            priority.restore()
    print("load after: ", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    (workdir / "results.json").write_text(json.dumps(results, indent=1))
    print(f"figures: {workdir / 'results.json'}")
    for r in results:
        print(f"{r['workers']} worker(s), {r['partitions']:>2} partitions, repeat {r['repeat'] + 1}:")
        print_rates("cold", r["cold"])
        print_rates("warm", r)
    print("CPU seconds during the runs (wall: from the manager's start to its exit, JVM start included):")
    for r in results:
        print(f"  {r['workers']} worker(s), {r['partitions']:>2} partitions, repeat {r['repeat'] + 1}:")
        print("    cold: ", end="")
        print_cpu(r["cold"], r["cold"]["cpu"], r["workers"])
        print("    warm: ", end="")
        print_cpu(r, r["cpu"], r["workers"])
    if args.one_worker_only:
        return
    for i in range(args.repeat):
        one, two, many = [r for r in results if r["repeat"] == i]
        r1, r2 = one["partition_rates"], two["partition_rates"]
        c1, c2 = one["cold"]["partition_rates"], two["cold"]["partition_rates"]
        after = ("n/a" if c1["after_first"] is None or c2["after_first"] is None
                 else f"{c2['after_first'] / c1['after_first']:.2f}x")
        print(f"repeat {i + 1}: 2 workers / 1 worker: warm {two['rate'] / one['rate']:.2f}x (the runs'),"
              f" {r2['span_rate'] / r1['span_rate']:.2f}x (partitions' span); cold {two['cold']['rate'] / one['cold']['rate']:.2f}x,"
              f" cold after each worker's first partition {after}")
        overhead = (many['seconds'] - one['seconds']) / (many['partitions'] - one['partitions'])
        print(f"  per-partition overhead (1 worker, {many['partitions']} vs {one['partitions']} partitions):"
              f" {overhead:.3f} s per partition (the runs'),"
              f" {(many['partition_rates']['span'] - r1['span']) / (many['partitions'] - one['partitions']):.3f} s"
              f" (partitions' span)")
    ones = [r for r in results if r["workers"] == 1 and r["partitions"] == args.partitions]
    twos = [r for r in results if r["workers"] == 2]
    print(f"1 worker, warm, articles/s (the runs'): {spread(r['rate'] for r in ones)}")
    print(f"2 workers, warm, articles/s (the runs'): {spread(r['rate'] for r in twos)}")
    print(f"ratio per repeat, warm (the runs'): {spread(b['rate'] / a['rate'] for a, b in zip(ones, twos))}")
    print(f"ratio per repeat, warm (partitions' span): "
          f"{spread(b['partition_rates']['span_rate'] / a['partition_rates']['span_rate'] for a, b in zip(ones, twos))}")
    print(f"ratio per repeat, cold (the runs'): {spread(b['cold']['rate'] / a['cold']['rate'] for a, b in zip(ones, twos))}")


if __name__ == "__main__":
    main()
