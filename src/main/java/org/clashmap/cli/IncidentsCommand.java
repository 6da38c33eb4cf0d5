package org.clashmap.cli;

import org.clashmap.store.Database;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code clashmap incidents list|show|merge|split|relink|history|undo|redo}: incidents across reports (decision 021). */
@Command(name = "incidents", description = "Incidents across reports: list them, show one's reports, merge two, split one, link again, undo or redo a merge or split.",
        subcommands = {
                IncidentsCommand.ListCmd.class,
                IncidentsCommand.Show.class,
                IncidentsCommand.Merge.class,
                IncidentsCommand.Split.class,
                IncidentsCommand.Relink.class,
                IncidentsCommand.History.class,
                IncidentsCommand.Undo.class,
                IncidentsCommand.Redo.class,
        })
public final class IncidentsCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static <T> T withStore(CommonOptions common, Function<IncidentStore, T> work) {
        try (Database db = Database.open(common.database())) {
            return work.apply(new IncidentStore(db, System.getProperty("user.name", "analyst")));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static String dead(IncidentFacts f) {
        if (f.best() == null) return "dead unknown";
        return f.low().equals(f.high()) ? f.best() + " dead" : f.best() + " dead (" + f.low() + "–" + f.high() + ")";
    }

    static String line(IncidentStore.Incident i) {
        StoredEvent first = i.members().get(0).event();
        String date = first.date().isKnown() ? first.date().from() + (first.date().to().equals(first.date().from()) ? "" : "/" + first.date().to()) : "undated";
        String place = first.places().isEmpty() ? "" : first.places().get(0).nameAr();
        return String.format(Locale.ROOT, "incident %d  %s  %s  %s  %d reports, %d outlets, %s", i.id(), date, first.type().label, place,
                i.facts().reports(), i.facts().outlets(), dead(i.facts()));
    }

    @Command(name = "list", description = "One line per incident (by default those reported by two or more reports).")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--min-reports", defaultValue = "2", paramLabel = "N", description = "Only incidents with at least N reports (default 2; 1 lists all)")
        int minReports;

        @Override
        public Integer call() {
            List<IncidentStore.Incident> all = withStore(common, s -> s.incidents(minReports));
            all.forEach(i -> System.out.println(line(i)));
            System.out.println(all.size() + " incidents with " + minReports + " or more reports");
            return 0;
        }
    }

    @Command(name = "show", description = "An incident's reports: outlet, day, the sentence, the dead, and why it was linked.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            IncidentStore.Incident i = withStore(common, s -> s.incident(id));
            if (i == null) throw new UserError("no incident " + id);
            System.out.println(line(i));
            for (IncidentStore.Member m : i.members()) {
                StoredEvent e = m.event();
                System.out.printf(Locale.ROOT, "  event %d  report %s (%s, %s)  %s  %s dead%s  [%s]%n    %s%n", e.id(), e.fileName(),
                        e.outlet().isEmpty() ? "outlet unknown" : e.outlet(), m.published() == null ? "undated" : m.published(), e.type().label,
                        e.fatalities() == null ? "?" : e.fatalities(), e.review() == org.clashmap.store.ReviewStatus.REJECTED ? " (rejected)" : "",
                        (m.pinned() ? "pinned, " : "") + m.reason(), e.sentence() == null ? "" : e.sentence().strip());
            }
            return 0;
        }
    }

    @Command(name = "merge", description = "The analyst says two incidents are one: every report of OTHER joins KEEP.")
    static final class Merge implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "KEEP")
        long keep;

        @Parameters(index = "1", paramLabel = "OTHER")
        long other;

        @Override
        public Integer call() {
            IncidentStore.Incident i = withStore(common, s -> {
                s.merge(keep, other);
                return s.incident(keep);
            });
            System.out.println("merged: " + line(i));
            return 0;
        }
    }

    @Command(name = "split", description = "The analyst says some reports of an incident are another incident: move their events to a new one.")
    static final class Split implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--events", required = true, split = ",", paramLabel = "EVENT", description = "Event ids to move out (see: incidents show ID)")
        List<Long> events;

        @Override
        public Integer call() {
            String out = withStore(common, s -> {
                long created = s.split(id, events);
                return "kept:  " + line(s.incident(id)) + "\nsplit: " + line(s.incident(created));
            });
            System.out.println(out);
            return 0;
        }
    }

    @Command(name = "relink", description = "Link every report's events again (e.g. after migrating an older database); the analyst's merges and splits stay.")
    static final class Relink implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            int linked = withStore(common, IncidentStore::relinkAll);
            System.out.println(linked + " events joined an incident of other reports");
            return 0;
        }
    }

    @Command(name = "history", description = "The analyst's merges and splits, newest first.")
    static final class History implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            withStore(common, IncidentStore::history).forEach(System.out::println);
            return 0;
        }
    }

    @Command(name = "undo", description = "Undo the newest merge or split still in force: its events go back where they stood before it.")
    static final class Undo implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            System.out.println(step(common, true));
            return 0;
        }
    }

    @Command(name = "redo", description = "Redo the newest undone merge or split (a merge or split made since ends what can be redone).")
    static final class Redo implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            System.out.println(step(common, false));
            return 0;
        }
    }

    /** Undoes or redoes the newest merge or split and says which, or that there was none. */
    static String step(CommonOptions common, boolean undo) {
        try (Database db = Database.open(common.database())) {
            org.clashmap.store.IncidentUndo u = new org.clashmap.store.IncidentUndo(db);
            org.clashmap.store.IncidentUndo.Step s = undo ? u.undo() : u.redo();
            if (s == null) return undo ? "nothing to undo: no merge or split in force" : "nothing to redo: no undone merge or split";
            return (undo ? "undone: " : "redone: ") + s.describe() + " (" + s.author() + ", " + s.createdAt() + ")";
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
