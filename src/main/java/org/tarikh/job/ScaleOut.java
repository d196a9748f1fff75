package org.tarikh.job;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code scale-out:} block of a job definition: the annotate step's partitions run on worker
 * processes ({@code tarikh worker --job FILE}), on any number of machines, that share the job's
 * database (the job repository and the timeline) and a RabbitMQ broker. {@code tarikh run} is then
 * the manager: it splits the input into {@code partitions}, sends one request per partition (what
 * to read, never article texts) and follows the partitions in the job repository. See
 * {@code docs/scale-out.md}.
 *
 * @param broker        the RabbitMQ broker
 * @param queue         the queue partition requests go through (one per job, so that jobs can share a broker)
 * @param partitions    how many partitions the input is split into (a worker takes one at a time)
 * @param pollInterval  how often the manager reads the partitions' states from the job repository
 * @param heartbeat     how often a worker records that it is still working on its partition
 * @param workerTimeout a partition whose worker has recorded nothing for this long is marked failed
 *                      (its worker is taken for dead); a restart runs it again on a live worker
 * @param timeout       longest the manager waits for all partitions; 0: no limit
 */
public record ScaleOut(
        Broker broker,
        String queue,
        Integer partitions,
        @JsonProperty("poll-interval") String pollInterval,
        String heartbeat,
        @JsonProperty("worker-timeout") String workerTimeout,
        String timeout) {

    public static final String DEFAULT_QUEUE = "tarikh.partitions";
    public static final int DEFAULT_PARTITIONS = 4;
    public static final String DEFAULT_POLL_INTERVAL = "2s";
    public static final String DEFAULT_HEARTBEAT = "5s";
    public static final String DEFAULT_WORKER_TIMEOUT = "60s";
    public static final String DEFAULT_TIMEOUT = "0";

    /**
     * @param virtualHost RabbitMQ virtual host
     * @param passwordEnv name of an environment variable holding the password (instead of {@code password})
     */
    public record Broker(String host, Integer port, String user, String password,
            @JsonProperty("password-env") String passwordEnv, @JsonProperty("virtual-host") String virtualHost) {

        public static final Broker DEFAULT = new Broker("127.0.0.1", 5672, "guest", "guest", null, "/");

        Broker withDefaults() {
            return new Broker(host == null ? DEFAULT.host() : host, port == null ? DEFAULT.port() : port,
                    user == null ? DEFAULT.user() : user,
                    password == null && passwordEnv == null ? DEFAULT.password() : password, passwordEnv,
                    virtualHost == null ? DEFAULT.virtualHost() : virtualHost);
        }

        public String resolvePassword() {
            return passwordEnv != null ? System.getenv(passwordEnv) : password;
        }
    }

    ScaleOut withDefaults() {
        return new ScaleOut(broker == null ? Broker.DEFAULT : broker.withDefaults(),
                queue == null ? DEFAULT_QUEUE : queue,
                partitions == null ? DEFAULT_PARTITIONS : partitions,
                pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval,
                heartbeat == null ? DEFAULT_HEARTBEAT : heartbeat,
                workerTimeout == null ? DEFAULT_WORKER_TIMEOUT : workerTimeout,
                timeout == null ? DEFAULT_TIMEOUT : timeout);
    }

    void validate(String in) {
        if (partitions != null && (partitions < 1 || partitions > 10_000)) {
            throw new ConfigurationException(in + "'scale-out.partitions' must be between 1 and 10000, not " + partitions);
        }
        if (queue != null && (queue.isBlank() || queue.length() > 200)) {
            throw new ConfigurationException(in + "'scale-out.queue' must be a name of 1 to 200 characters");
        }
        if (broker != null) {
            if (broker.port() != null && (broker.port() < 1 || broker.port() > 65535)) {
                throw new ConfigurationException(in + "'scale-out.broker.port' must be between 1 and 65535, not "
                        + broker.port());
            }
            if (broker.password() != null && broker.passwordEnv() != null) {
                throw new ConfigurationException(in + "'scale-out.broker': give 'password' or 'password-env', not both");
            }
            if (broker.passwordEnv() != null && System.getenv(broker.passwordEnv()) == null) {
                throw new ConfigurationException(in + "'scale-out.broker.password-env': the environment variable "
                        + broker.passwordEnv() + " is not set");
            }
        }
        Duration poll = duration(in, "poll-interval", pollInterval, false);
        Duration beat = duration(in, "heartbeat", heartbeat, false);
        Duration dead = duration(in, "worker-timeout", workerTimeout, false);
        duration(in, "timeout", timeout, true);
        Duration p = poll != null ? poll : Limits.parseDuration(DEFAULT_POLL_INTERVAL);
        Duration b = beat != null ? beat : Limits.parseDuration(DEFAULT_HEARTBEAT);
        Duration d = dead != null ? dead : Limits.parseDuration(DEFAULT_WORKER_TIMEOUT);
        if (d.compareTo(b.multipliedBy(3)) < 0 || d.compareTo(p) < 0) {
            throw new ConfigurationException(in + "'scale-out.worker-timeout' (" + d.toSeconds() + " s) must be at least"
                    + " three heartbeats (" + b.toSeconds() + " s each) and one poll interval, or live workers are taken for dead");
        }
    }

    private static Duration duration(String in, String key, String value, boolean zeroAllowed) {
        if (value == null) {
            return null;
        }
        try {
            Duration d = Limits.parseDuration(value);
            if (d.isNegative() || (!zeroAllowed && d.isZero())) {
                throw new IllegalArgumentException("out of range");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(in + "'scale-out." + key + "': '" + value + "' is not a duration like 2s,"
                    + " 500ms or 1m" + (zeroAllowed ? " (0 = no limit)" : " above 0"), e);
        }
    }

    public Duration pollIntervalDuration() {
        return Limits.parseDuration(pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval);
    }

    public Duration heartbeatDuration() {
        return Limits.parseDuration(heartbeat == null ? DEFAULT_HEARTBEAT : heartbeat);
    }

    public Duration workerTimeoutDuration() {
        return Limits.parseDuration(workerTimeout == null ? DEFAULT_WORKER_TIMEOUT : workerTimeout);
    }

    public Duration timeoutDuration() {
        return Limits.parseDuration(timeout == null ? DEFAULT_TIMEOUT : timeout);
    }

    public int partitionsOrDefault() {
        return partitions == null ? DEFAULT_PARTITIONS : partitions;
    }
}
