package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.tarikh.job.ConfigurationException;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.RunLock;
import org.tarikh.store.Database;
import org.tarikh.store.DatabaseCopy;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "migrate-db", mixinStandardHelpOptions = true,
        description = {"Copies a Tarikh database (by default the H2 file ./data/tarikh) into an empty PostgreSQL",
                "database: the timeline, the rejections, curations and run counts, and Spring Batch's job",
                "repository, so that runs against PostgreSQL go on where the H2 ones stopped. The target's",
                "schema is made by the same migrations first. Holds the run lock on both while it copies; all or",
                "nothing (one transaction). Check the copy: 'timeline --no-merge --format json' on both.",
                "See docs/scale-out.md.",
                "Exit codes: 0 copied; 1 not copied (a database unreachable, the target not empty, tables the",
                "two do not share): one 'migrate-db failed:' line; 2 wrong usage (a target that is not",
                "PostgreSQL); 4 a run is in progress on either."})
public class MigrateDbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL,
            description = "The database to copy (default: ${DEFAULT-VALUE}). Other than H2: credentials in the URL.")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static class Target {
        @Option(names = "--to", paramLabel = "JDBC_URL", required = true,
                description = "The PostgreSQL database to fill, credentials in the URL"
                        + " (jdbc:postgresql://host/tarikh?user=tarikh&password=...).")
        String url;

        @Option(names = "--job", paramLabel = "FILE", required = true,
                description = "Or: the job file whose 'database:' and 'credentials:' name the PostgreSQL database.")
        Path job;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String to;
        DataSource targetDs;
        if (target.job != null) {
            JobDefinition definition = JobDefinition.read(target.job); // bad file: exit 2 with its one line
            to = definition.database();
            JobDefinition.Credentials credentials = definition.credentialsOrDefaults();
            targetDs = new SimpleDriverDataSource(driver("--job " + target.job + ": 'database'", to), to,
                    credentials.user(), credentials.resolvePassword());
        } else {
            to = target.url;
            targetDs = new SimpleDriverDataSource(driver("--to", to), to);
        }
        if (!to.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("the target must be a PostgreSQL database (jdbc:postgresql://...), not " + to);
        }
        driver("--from", from);
        // an H2 file that does not exist is an error, not a new empty database to copy
        String source = from.startsWith("jdbc:h2:") && !from.startsWith("jdbc:h2:mem:")
                && !from.toUpperCase(java.util.Locale.ROOT).contains(";IFEXISTS=") ? from + ";IFEXISTS=TRUE" : from;
        DataSource sourceDs = Database.simple(source);
        long started = System.nanoTime();
        try {
            reachable("source", from, sourceDs);
            reachable("target", to, targetDs);
            Database.migrate(sourceDs);
            Database.migrate(targetDs);
            Map<String, Long> copied;
            try (RunLock sourceLock = RunLock.acquire(sourceDs); RunLock targetLock = RunLock.acquire(targetDs)) {
                copied = DatabaseCopy.copy(sourceDs, targetDs);
            }
            long rows = copied.values().stream().mapToLong(Long::longValue).sum();
            out.printf("migrate-db: copied %d rows in %.1f s from %s to %s (%s)%n", rows,
                    (System.nanoTime() - started) / 1e9, from, withoutPassword(to), summary(copied));
            out.println("check: tarikh timeline --db <each> --no-merge --all-kinds --format json gives the same output");
            out.flush();
            return ExitCodes.OK;
        } catch (RunLock.RefusedException e) {
            err.println("migrate-db refused: " + e.getMessage());
            err.flush();
            return ExitCodes.ALREADY_RUNNING;
        } catch (DatabaseCopy.CopyException e) {
            Failures.trace("migrate-db failed", e);
            err.println("migrate-db failed: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            Failures.trace("migrate-db failed", e);
            err.println("migrate-db failed: " + Failures.oneLine(e) + "; nothing was copied");
            err.flush();
            return ExitCodes.FAILED;
        }
    }

    private static Driver driver(String what, String url) {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new ConfigurationException(what + ": no JDBC driver takes '" + url
                    + "' (expected e.g. jdbc:h2:file:./data/tarikh or jdbc:postgresql://host/tarikh)", e);
        }
    }

    private static void reachable(String which, String url, DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.isValid(10);
        } catch (SQLException e) {
            throw new DatabaseCopy.CopyException("cannot reach the " + which + " database " + withoutPassword(url) + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "; nothing was copied", e);
        }
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String summary(Map<String, Long> copied) {
        StringBuilder s = new StringBuilder();
        copied.forEach((table, n) -> {
            if (n > 0) {
                s.append(s.length() == 0 ? "" : ", ").append(table.toLowerCase(java.util.Locale.ROOT)).append(' ').append(n);
            }
        });
        return s.toString();
    }
}
