-- Reliability: run counters written in each chunk's transaction, and the one-run-at-a-time lock.

-- What a run (job instance) did, summed over all its executions (restarts). Rows change only
-- inside chunk transactions, so a rolled-back chunk is never counted and a killed run's counts
-- match exactly what it committed.
-- One set of rows per step: the partitions of a partitioned step commit concurrently, each to
-- its own rows; a run's count is the sum over its steps.
CREATE TABLE run_count (
    job_instance_id   BIGINT       NOT NULL,
    step_name         VARCHAR(100) NOT NULL,    -- annotate, or annotate-partition:partitionN
    name              VARCHAR(64)  NOT NULL,    -- read, processed, unchanged, rejected, rejected.REASON, timexes, events
    n                 BIGINT       NOT NULL,
    PRIMARY KEY (job_instance_id, step_name, name)
);

-- At most one row per lock name: the run holding it, refreshed by a heartbeat.
CREATE TABLE run_lock (
    name              VARCHAR(64)   NOT NULL PRIMARY KEY,
    owner             VARCHAR(256)  NOT NULL,   -- host:pid:random
    acquired_at       TIMESTAMP     NOT NULL,
    heartbeat_at      TIMESTAMP     NOT NULL
);
