package org.tarikh.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tarikh.store.Database;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A job definition as an operator writes it in {@code jobs/*.yml}. Relative paths are
 * resolved against the working directory the command runs in.
 *
 * @param name      a name for logs and exports
 * @param inputs    files and folders to read articles from
 * @param database  JDBC URL of the timeline database
 * @param schedule  Spring cron expression (second minute hour day month weekday) for {@code schedule}
 * @param threads   annotation threads (one UIMA engine each)
 * @param chunkSize articles per transaction
 * @param export    what to write after a successful run
 * @param limits    guards against inputs that could stall or crash a run (may be null: defaults)
 * @param credentials who to connect to the database as: {@code user}, and {@code password} or
 *                  {@code password-env} (the name of an environment variable holding it); default
 *                  H2's {@code sa} with an empty password
 * @param accelerate the lossless annotation accelerations ({@code true}/{@code false}, or a block
 *                  {@code sentences}, {@code rules}, {@code sentence-rules}); absent: all on, unless
 *                  the developer flags {@code -Dtarikh.accelerate*} say otherwise
 * @param logLevel  level of Tarikh's own messages ({@code org.tarikh}): ERROR, WARN, INFO (default), DEBUG, TRACE
 * @param scaleOut  the {@code scale-out:} block: run the partitions on worker processes over a broker
 *                  ({@link ScaleOut}); absent: single machine
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record JobDefinition(
        String name,
        List<String> inputs,
        String database,
        String schedule,
        Integer threads,
        @JsonProperty("chunk-size") Integer chunkSize,
        List<Export> export,
        Limits limits,
        Credentials credentials,
        AccelerationSettings accelerate,
        @JsonProperty("log-level") String logLevel,
        @JsonProperty("scale-out") ScaleOut scaleOut) {

    /** The keys a job file may have, for the "unknown key" message. */
    static final String KEYS = "name, inputs, database, credentials, schedule, threads, chunk-size, export, limits,"
            + " accelerate, log-level, scale-out";
    public static final int DEFAULT_THREADS = 1;
    public static final int DEFAULT_CHUNK_SIZE = 20;
    public static final String DEFAULT_LOG_LEVEL = "INFO";
    private static final List<String> LOG_LEVELS = List.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    /** The definition as it was before credentials, accelerations, logging and scale-out were keys. */
    public JobDefinition(String name, List<String> inputs, String database, String schedule, Integer threads,
            Integer chunkSize, List<Export> export, Limits limits) {
        this(name, inputs, database, schedule, threads, chunkSize, export, limits, null, null, null, null);
    }

    public record Export(String format, String out) {
    }

    /**
     * Database credentials: {@code user} and either {@code password} or {@code password-env}, the
     * name of an environment variable that holds the password (so that the job file can be shared).
     */
    public record Credentials(String user, String password, @JsonProperty("password-env") String passwordEnv) {

        /** H2's own defaults (written once, in {@link Database}). */
        public static final Credentials DEFAULT = new Credentials(Database.H2_USER, Database.H2_PASSWORD, null);

        Credentials withDefaults() {
            return new Credentials(user == null ? DEFAULT.user() : user,
                    password == null && passwordEnv == null ? DEFAULT.password() : password, passwordEnv);
        }

        void validate(String in, String key) {
            if (password != null && passwordEnv != null) {
                throw new ConfigurationException(in + "'" + key + "': give 'password' or 'password-env', not both");
            }
            if (passwordEnv != null && System.getenv(passwordEnv) == null) {
                throw new ConfigurationException(in + "'" + key + ".password-env': the environment variable "
                        + passwordEnv + " is not set");
            }
        }

        /** The password, read from the environment when the file names a variable. */
        public String resolvePassword() {
            return passwordEnv != null ? System.getenv(passwordEnv) : password == null ? "" : password;
        }
    }

    /** {@code accelerate: false}, {@code accelerate: true} or a block naming each part. */
    public record AccelerationSettings(Boolean sentences, Boolean rules,
            @JsonProperty("sentence-rules") Boolean sentenceRules) {

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static AccelerationSettings of(boolean all) {
            return new AccelerationSettings(all, all, all);
        }

        org.tarikh.annotate.Acceleration acceleration() {
            boolean s = sentences == null || sentences;
            boolean r = rules == null || rules;
            return new org.tarikh.annotate.Acceleration(s, r, r && (sentenceRules == null || sentenceRules));
        }
    }

    /**
     * The accelerations this job's annotation engines use: the job file's {@code accelerate:} when
     * it has one, otherwise all on unless the developer flags ({@code -Dtarikh.accelerate...}) say
     * otherwise.
     */
    public org.tarikh.annotate.Acceleration acceleration() {
        return accelerate != null ? accelerate.acceleration() : org.tarikh.annotate.Acceleration.fromSystemProperties();
    }

    public Credentials credentialsOrDefaults() {
        return credentials == null ? Credentials.DEFAULT : credentials.withDefaults();
    }

    public boolean scaledOut() {
        return scaleOut != null;
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Reads and validates a job definition; every problem is a {@link ConfigurationException}
     * with one line naming the file and the key.
     */
    public static JobDefinition read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigurationException("job definition " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read job definition " + file + ": " + e.getMessage(), e);
        }
        try {
            JobDefinition d = YAML.readValue(text, JobDefinition.class);
            if (d == null) {
                throw new ConfigurationException(file + " is empty");
            }
            return d.withDefaults().validate(file.toString());
        } catch (JacksonException e) {
            throw new ConfigurationException(file + ": " + describe(e), e);
        }
    }

    /** "'threads': expected a whole number, not "many"" (a key) or "line 3, column 7: ..." (bad YAML). */
    static String describe(JacksonException e) {
        String key = e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown key '" + (key.isEmpty() ? u.getPropertyName() : key) + "' (known: "
                    + (key.contains(".") ? String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                            : KEYS) + ")";
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException m && !key.isEmpty()) {
            String wanted = m.getTargetType() == null ? "another type" : typeName(m.getTargetType());
            return "'" + key + "': expected " + wanted + " (" + abbreviate(message) + ")";
        }
        var location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return (key.isEmpty() ? "" : "'" + key + "': ") + where + "not valid YAML for a job definition (" + abbreviate(message) + ")";
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a block of keys (" + type.getSimpleName() + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    /** Rejects any value the run could not use, before anything starts; returns this. */
    public JobDefinition validate(String where) {
        String in = where == null ? "" : where + ": ";
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new ConfigurationException(in + "'threads' must be between 1 and 256, not " + threads);
        }
        if (chunkSize != null && (chunkSize < 1 || chunkSize > 100_000)) {
            throw new ConfigurationException(in + "'chunk-size' must be between 1 and 100000, not " + chunkSize);
        }
        if (inputs != null && inputs.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new ConfigurationException(in + "'inputs' has an empty entry");
        }
        if (schedule != null) {
            try {
                org.springframework.scheduling.support.CronExpression.parse(schedule);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(in + "'schedule': '" + schedule + "' is not a Spring cron expression"
                        + " (second minute hour day month weekday): " + e.getMessage(), e);
            }
        }
        if (export != null) {
            for (int i = 0; i < export.size(); i++) {
                Export x = export.get(i);
                if (x == null || x.out() == null || x.out().isBlank()) {
                    throw new ConfigurationException(in + "'export[" + i + "].out' is required");
                }
                try {
                    org.tarikh.export.Exports.check(x.format());
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(in + "'export[" + i + "].format': " + e.getMessage(), e);
                }
            }
        }
        if (database != null) {
            try {
                java.sql.DriverManager.getDriver(database);
            } catch (java.sql.SQLException e) {
                throw new ConfigurationException(in + "'database': no JDBC driver takes '" + database
                        + "' (expected e.g. jdbc:h2:file:./data/tarikh)", e);
            }
        }
        if (limits != null) {
            limits.validate(in);
        }
        if (credentials != null) {
            credentials.validate(in, "credentials");
        }
        if (logLevel != null && !LOG_LEVELS.contains(logLevel.toUpperCase(java.util.Locale.ROOT))) {
            throw new ConfigurationException(in + "'log-level' must be one of " + String.join(", ", LOG_LEVELS)
                    + ", not " + logLevel);
        }
        if (scaleOut != null) {
            scaleOut.validate(in);
            if (database != null && Database.isEmbeddedH2(database)) {
                throw new ConfigurationException(in + "'scale-out' needs a database every machine reaches (e.g."
                        + " jdbc:postgresql://host/tarikh), not the embedded " + database);
            }
        }
        return this;
    }

    public static JobDefinition defaults() {
        return new JobDefinition(null, null, null, null, null, null, null, null).withDefaults();
    }

    JobDefinition withDefaults() {
        return new JobDefinition(
                name == null ? "timeline" : name,
                inputs == null || inputs.isEmpty() ? List.of("sample-articles") : List.copyOf(inputs),
                database == null ? Database.DEFAULT_URL : database,
                schedule,
                threads == null ? DEFAULT_THREADS : threads,
                chunkSize == null ? DEFAULT_CHUNK_SIZE : chunkSize,
                export == null ? List.of() : List.copyOf(export),
                limitsOrDefaults(),
                credentialsOrDefaults(),
                accelerate,
                logLevel == null ? DEFAULT_LOG_LEVEL : logLevel,
                scaleOut == null ? null : scaleOut.withDefaults());
    }

    /** Threads, with its default when the definition did not go through {@link #read}. */
    public int threadsOrDefault() {
        return threads == null ? DEFAULT_THREADS : threads;
    }

    public int chunkSizeOrDefault() {
        return chunkSize == null ? DEFAULT_CHUNK_SIZE : chunkSize;
    }

    public String logLevelOrDefault() {
        return logLevel == null ? DEFAULT_LOG_LEVEL : logLevel.toUpperCase(java.util.Locale.ROOT);
    }

    public Limits limitsOrDefaults() {
        return limits == null ? Limits.defaults() : limits.withDefaults();
    }

    public JobDefinition withInputs(List<String> newInputs) {
        return newInputs == null || newInputs.isEmpty() ? this
                : new JobDefinition(name, List.copyOf(newInputs), database, schedule, threads, chunkSize, export, limits,
                        credentials, accelerate, logLevel, scaleOut);
    }

    public JobDefinition withDatabase(String url) {
        return url == null ? this : new JobDefinition(name, inputs, url, schedule, threads, chunkSize, export, limits,
                credentials, accelerate, logLevel, scaleOut);
    }
}
