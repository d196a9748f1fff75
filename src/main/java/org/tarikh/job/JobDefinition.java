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

    public static JobDefinition read(Path file) {
        try {
            JobDefinition d = YAML.readValue(Files.readString(file), JobDefinition.class);
            if (d == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            return d.withDefaults();
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read job definition " + file + ": " + e.getMessage(), e);
        }
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
                threads == null ? 1 : Math.max(1, threads),
                chunkSize == null ? 20 : Math.max(1, chunkSize),
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
