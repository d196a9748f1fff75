-- Scale-out (org.tarikh.scaleout, docs/scale-out.md): which worker process took which partition
-- (a step execution of annotate-partition), and when it last said it was still working on it.
-- The primary key makes taking a partition atomic: a request delivered twice runs once. The
-- manager marks a partition failed when its heartbeat is older than scale-out.worker-timeout.
-- Times are the database's (CURRENT_TIMESTAMP), so machines' clocks do not matter.
CREATE TABLE partition_claim (
    step_execution_id BIGINT                   NOT NULL PRIMARY KEY,
    job_execution_id  BIGINT                   NOT NULL,
    worker            VARCHAR(256)             NOT NULL,  -- host:pid
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
