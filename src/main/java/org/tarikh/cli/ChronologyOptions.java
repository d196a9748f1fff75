package org.tarikh.cli;

import java.time.LocalDate;

import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.store.Database;

import picocli.CommandLine.Option;

/** The filters and database shared by {@code timeline} and {@code export}. */
public class ChronologyOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL,
            description = "Timeline database (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Only events whose text has all these words (Arabic-aware: clitics, hamza/alef variants, light stemming).")
    String query;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only events that name this entity (its words adjacent, in order).")
    String entity;

    @Option(names = "--source", paramLabel = "S", description = "Only articles whose source contains S (case-insensitive).")
    String source;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article's events.")
    String article;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events that reach this day or later (ISO date).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events that start on or before this day (ISO date).")
    LocalDate to;

    @Option(names = "--no-merge", description = "One entry per article event: show the chronology without merging.")
    boolean noMerge;

    @Option(names = "--no-curation",
            description = "The chronology as merging made it, without the curations in force (curate list): to see what they changed.")
    boolean noCuration;

    @Option(names = "--key-dates", paramLabel = "N",
            description = "timeline: print only the N key dates (days most articles and sources name), one line each; export: how many the key-dates formats list (default 10).")
    Integer keyDates;

    @Option(names = "--all-kinds", description = "Also states, opinions and boilerplate lines (by default only happenings; the others are counted).")
    boolean allKinds;

    /**
     * The database, migrated. Without a Spring context logback logs to standard output at
     * INFO, which would mix Flyway's chatter into JSON written there: keep Flyway to errors.
     */
    javax.sql.DataSource dataSource() {
        return open(false).dataSource();
    }

    /**
     * The database, migrated and held open until {@link OpenDatabase#close()}. Every query of a
     * chronology takes a connection of its own, and H2 closes a file database when its last
     * connection closes: without a held connection the file is opened again (its store read,
     * its server started) for each of the dozen queries of one {@code timeline}.
     */
    OpenDatabase open() {
        return open(true);
    }

    /** The database, opened and held while it is migrated and, if {@code held}, until closed. */
    private OpenDatabase open(boolean held) {
        org.slf4j.Logger flyway = org.slf4j.LoggerFactory.getLogger("org.flywaydb");
        if (flyway instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        javax.sql.DataSource ds;
        try {
            ds = Database.simple(db);
        } catch (IllegalArgumentException e) {
            throw new org.tarikh.job.ConfigurationException("--db: no JDBC driver takes '" + db
                    + "' (expected e.g. jdbc:h2:file:./data/tarikh)", e);
        }
        java.sql.Connection holder = null;
        if (Database.isEmbeddedH2(db)) {
            try {
                holder = ds.getConnection();
            } catch (java.sql.SQLException e) {
                throw new org.springframework.jdbc.CannotGetJdbcConnectionException("cannot open the database", e);
            }
        }
        OpenDatabase open = new OpenDatabase(ds, holder);
        try {
            Database.migrateIfBehind(ds); // Flyway only when a migration is missing (docs/storage.md)
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
        if (!held) {
            open.close();
            return new OpenDatabase(ds, null);
        }
        return open;
    }

    /**
     * After a command on an embedded H2 file has closed it: a file that is mostly free space is compacted, once, as a
     * run compacts it at its end ({@link Database#compactIfSparse}), and the note is printed on {@code err}. A query
     * that moved an interrupted run's postings into the search index leaves the file so; left as it is, every later
     * command paid H2's compaction at closing (about 1 s on a 5 GB file; docs/performance.md, "Query time at 30,000
     * articles"). {@code sparse} is {@link OpenDatabase#mayBeSparse()}, read before closing; nothing else is opened
     * again. A file another process holds open is left alone.
     */
    void compactIfSparse(boolean sparse, String command, java.io.PrintWriter err) {
        if (!sparse) { // only an embedded H2 file may be: OpenDatabase#mayBeSparse
            return;
        }
        Database.compactIfSparse(db, Database.H2_USER, Database.H2_PASSWORD).ifPresent(note -> {
            err.println(command + ": " + note);
            err.flush();
        });
    }

    /** A database and the connection that holds it open (null: nothing to hold, not an embedded H2). */
    record OpenDatabase(javax.sql.DataSource dataSource, java.sql.Connection holder) implements AutoCloseable {

        /**
         * Whether this embedded H2 file may be one {@link Database#compactIfSparse} would compact (large, mostly
         * free space), read through the open database: false for anything else.
         */
        boolean mayBeSparse() {
            return holder != null && Database.mayBeSparse(dataSource);
        }

        @Override
        public void close() {
            if (holder != null) {
                try {
                    holder.close();
                } catch (java.sql.SQLException e) {
                    // closing a connection that only held the file open: nothing was written through it
                }
            }
        }
    }

    ChronologyFilter filter() {
        return new ChronologyFilter(blankToNull(query), blankToNull(entity), blankToNull(source), blankToNull(article),
                from, to, allKinds);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
