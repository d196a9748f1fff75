-- On H2, the identities the job appends to reserve 10,000 ids at a time (db/vendor/h2). PostgreSQL
-- hands out sequence values without writing anything per value: nothing to change here, and a cache
-- there is per session, which would only scatter the ids of concurrent partitions.
SELECT 1;
