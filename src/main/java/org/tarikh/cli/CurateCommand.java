package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.chronology.SourceEvent;
import org.tarikh.curation.Curation;
import org.tarikh.curation.CurationStore;
import org.tarikh.curation.Curator;
import org.tarikh.curation.EventKey;
import org.tarikh.job.ConfigurationException;
import org.tarikh.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Corrections to the chronology that last: stored in the database keyed by stable event
 * identities and applied after merging at every query ({@code docs/curation.md}).
 */
@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Corrects the chronology: hide an entry, split an event out, reject or accept a merge, move an",
                "event, correct a date, add a note. Stored in the database, applied after merging at every query,",
                "kept through re-runs. EVENT is articleId#seq as 'timeline' prints it (or a stable key). See docs/curation.md."},
        subcommands = {CurateCommand.Hide.class, CurateCommand.Split.class, CurateCommand.RejectMerge.class,
                CurateCommand.AcceptMerge.class, CurateCommand.Move.class, CurateCommand.Date.class,
                CurateCommand.Note.class, CurateCommand.ListCommand.class, CurateCommand.Undo.class})
public class CurateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Database, who and why: shared by the subcommands. */
    static class Common {
        @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL,
                description = "Timeline database (default: ${DEFAULT-VALUE}).")
        String db;

        @Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: the user name).")
        String by;

        @Option(names = "--why", paramLabel = "TEXT", description = "Why: kept with the change.")
        String why;

        DataSource dataSource() {
            ChronologyOptions o = new ChronologyOptions();
            o.db = db;
            return o.dataSource();
        }

        String who() {
            return by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "unknown");
        }
    }

    /** The stable key of the event named {@code articleId#seq} (or given as a key); usage error if there is none. */
    static String key(DataSource ds, String ref) {
        if (EventKey.isKey(ref)) {
            return ref;
        }
        int hash = ref == null ? -1 : ref.lastIndexOf('#');
        if (hash <= 0) {
            throw new ConfigurationException("'" + ref + "' is not an event: expected articleId#seq as 'timeline' prints it");
        }
        String article = ref.substring(0, hash);
        int seq;
        try {
            seq = Integer.parseInt(ref.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("'" + ref + "' is not an event: expected articleId#seq as 'timeline' prints it", e);
        }
        for (ChronologyEntry e : ChronologyBuilder.query(ds, new ChronologyFilter(null, null, null, article, null, null, true),
                MergeRule.DEFAULT, false).entries()) {
            for (SourceEvent s : e.sources()) {
                if (s.seq() == seq) {
                    return EventKey.of(s);
                }
            }
        }
        throw new ConfigurationException("no event " + ref + " in the database");
    }

    /**
     * A curation of the entry that holds EVENT: each subcommand names its action and, where it has
     * one, the second event (its key is looked up like EVENT's) or the value it records.
     */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "EVENT")
        String event;

        abstract Curation.Action action();

        /** The second event's reference, or null. */
        String other() {
            return null;
        }

        /** The recorded value (a date, a note), or null; throws ConfigurationException when invalid. */
        String value() {
            return null;
        }

        @Override
        public Integer call() {
            DataSource ds = common.dataSource();
            String value = value();
            long id = new CurationStore(ds).add(action(), key(ds, event), other() == null ? null : key(ds, other()), value,
                    common.why, common.who());
            PrintWriter out = spec.commandLine().getOut();
            out.println("recorded curation #" + id + " (undo: tarikh curate undo " + id + ")");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** A curation that relates EVENT to a second event OTHER. */
    abstract static class PairChange extends Change {
        @Parameters(index = "1", paramLabel = "OTHER")
        String otherEvent;

        @Override
        String other() {
            return otherEvent;
        }
    }

    @Command(name = "hide", mixinStandardHelpOptions = true, description = "Hide the entry that holds EVENT.")
    static class Hide extends Change {
        @Override
        Curation.Action action() {
            return Curation.Action.HIDE;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Take EVENT out of its entry into one of its own.")
    static class Split extends Change {
        @Override
        Curation.Action action() {
            return Curation.Action.SPLIT;
        }
    }

    @Command(name = "reject-merge", mixinStandardHelpOptions = true,
            description = "EVENT and OTHER are different happenings: OTHER leaves EVENT's entry.")
    static class RejectMerge extends PairChange {
        @Override
        Curation.Action action() {
            return Curation.Action.REJECT_MERGE;
        }
    }

    @Command(name = "accept-merge", mixinStandardHelpOptions = true,
            description = "EVENT and OTHER are the same happening: their entries become one.")
    static class AcceptMerge extends PairChange {
        @Override
        Curation.Action action() {
            return Curation.Action.ACCEPT_MERGE;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move EVENT into the entry that holds TARGET.")
    static class Move extends Change {
        @Option(names = "--to", required = true, paramLabel = "TARGET", description = "An event of the entry to move to.")
        String target;

        @Override
        Curation.Action action() {
            return Curation.Action.MOVE;
        }

        @Override
        String other() {
            return target;
        }
    }

    @Command(name = "date", mixinStandardHelpOptions = true,
            description = "The entry that holds EVENT happened on DATE (yyyy, yyyy-mm or yyyy-mm-dd).")
    static class Date extends Change {
        @Parameters(index = "1", paramLabel = "DATE")
        String date;

        @Override
        Curation.Action action() {
            return Curation.Action.DATE;
        }

        @Override
        String value() {
            if (Curator.parseDate(date) == null) {
                throw new ConfigurationException("DATE '" + date + "': expected yyyy, yyyy-mm or yyyy-mm-dd");
            }
            return date;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to the entry that holds EVENT.")
    static class Note extends Change {
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        Curation.Action action() {
            return Curation.Action.NOTE;
        }

        @Override
        String value() {
            return text;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every curation: what, who, when, why; whether its events are still in the database.")
    static class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--all", description = "Also the undone ones.")
        boolean all;

        @Override
        public Integer call() {
            DataSource ds = common.dataSource();
            List<Curation> curations = new CurationStore(ds).list(all);
            PrintWriter out = spec.commandLine().getOut();
            if (curations.isEmpty()) {
                out.println("(no curations)");
                out.flush();
                return ExitCodes.OK;
            }
            // which ones find their events in the whole chronology now
            var applied = Curator.apply(ChronologyBuilder.query(ds, new ChronologyFilter(null, null, null, null, null, null,
                    true), MergeRule.DEFAULT, true), curations).applied();
            for (Curation k : curations) {
                out.println(k.describe() + (k.active() && !applied.contains(k.id()) ? " — NOT APPLIED (event not found or nothing to change)" : ""));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo curation ID (it stays listed with --all).")
    static class Undo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            DataSource ds = common.dataSource();
            if (!new CurationStore(ds).undo(id, common.who())) {
                throw new ConfigurationException("no curation #" + id + " in force (curate list --all)");
            }
            spec.commandLine().getOut().println("undid curation #" + id);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
