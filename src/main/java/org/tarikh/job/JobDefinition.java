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
        Limits limits) {

    public record Export(String format, String out) {
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
            return "unknown key '" + (key.isEmpty() ? u.getPropertyName() : key) + "' (known: name, inputs, database,"
                    + " schedule, threads, chunk-size, export, limits)";
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
                threads == null ? 1 : threads,
                chunkSize == null ? 20 : chunkSize,
                export == null ? List.of() : List.copyOf(export),
                limitsOrDefaults());
    }

    public Limits limitsOrDefaults() {
        return limits == null ? Limits.defaults() : limits.withDefaults();
    }

    public JobDefinition withLimits(Limits newLimits) {
        return new JobDefinition(name, inputs, database, schedule, threads, chunkSize, export, newLimits);
    }

    public JobDefinition withInputs(List<String> newInputs) {
        return newInputs == null || newInputs.isEmpty() ? this
                : new JobDefinition(name, List.copyOf(newInputs), database, schedule, threads, chunkSize, export, limits);
    }

    public JobDefinition withDatabase(String url) {
        return url == null ? this : new JobDefinition(name, inputs, url, schedule, threads, chunkSize, export, limits);
    }
}
