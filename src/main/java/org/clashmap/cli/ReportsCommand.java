package org.clashmap.cli;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clashmap reports list|runs|remove|date}: managing what was ingested (decision 021). */
@Command(name = "reports", description = "Stored reports and ingest runs: list them, remove a report, an outlet's reports or a run, date an undated report.",
        subcommands = {
                ReportsCommand.ListCmd.class,
                ReportsCommand.Runs.class,
                ReportsCommand.Remove.class,
                ReportsCommand.Date.class,
        })
public final class ReportsCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static Database open(CommonOptions common) {
        return Database.open(common.database());
    }

    @Command(name = "list", description = "One line per stored report: id, file, outlet, day, run, events.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--undated", description = "Only the reports without a publication date (give them one with: reports date).")
        boolean undated;

        @Override
        public Integer call() {
            try (Database db = open(common)) {
                for (ReportStore.StoredReport r : new ReportStore(db).reports()) {
                    if (undated && (r.published() != null || r.duplicateOf() != null)) continue;
                    System.out.printf(Locale.ROOT, "report %d  %s  %s  %s  run %s  %d events, %d claims%s%s%n", r.id(), r.fileName(),
                            r.outlet().isEmpty() ? "(outlet unknown)" : r.outlet(),
                            r.published() == null ? "undated" : r.publishedAt() != null ? r.publishedAt() : r.published(),
                            r.runId() == null ? "-" : r.runId(), r.events(), r.claims(), r.duplicateOf() == null ? "" : "  re-posts report " + r.duplicateOf(),
                            r.link() == null ? "" : "  " + r.link());
                }
            }
            return 0;
        }
    }

    @Command(name = "runs", description = "One line per ingest run: id, when, what, how many reports it kept, finished or cancelled.")
    static final class Runs implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            try (Database db = open(common)) {
                for (ReportStore.Run r : new ReportStore(db).runs()) {
                    System.out.printf(Locale.ROOT, "run %d  %s  %s  %d reports  %s%n", r.id(), r.startedAt(), r.label(), r.reports(),
                            r.cancelled() ? "cancelled" : r.finishedAt() == null ? "did not finish" : "finished");
                }
            }
            return 0;
        }
    }

    static final class Which {
        @Option(names = "--report", paramLabel = "ID", description = "One report (see: reports list)")
        Long report;

        @Option(names = "--outlet", paramLabel = "NAME", description = "Every report of this outlet, as stored")
        String outlet;

        @Option(names = "--run", paramLabel = "ID", description = "Every report of one ingest run (see: reports runs)")
        Long run;
    }

    @Command(name = "remove", description = "Remove reports with their events, places, actors, edits, control claims and incident links (one transaction).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Override
        public Integer call() {
            try (Database db = open(common)) {
                ReportStore s = new ReportStore(db);
                ReportStore.Removal r = which.report != null ? s.removeReport(which.report)
                        : which.outlet != null ? s.removeOutlet(which.outlet) : s.removeRun(which.run);
                System.out.println(r.describe());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            return 0;
        }
    }

    @Command(name = "date", description = "Give a report its publication day: its events are dated again (extracted anew with it) and linked again.")
    static final class Date implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--report", required = true, paramLabel = "ID")
        long report;

        @Option(names = "--published", required = true, paramLabel = "YYYY-MM-DD")
        String published;

        @Option(names = "--precision", defaultValue = "day", paramLabel = "day|week|month")
        String precision;

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new UserError("--published " + published + " is not a date (YYYY-MM-DD)");
            }
            TimePrecision p;
            try {
                p = TimePrecision.parse(precision);
            } catch (IllegalArgumentException e) {
                throw new UserError("--precision: expected day, week or month, not " + precision);
            }
            if (p == TimePrecision.UNKNOWN) throw new UserError("--precision: expected day, week or month, not " + precision);
            try (Database db = open(common)) {
                int linked = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).redate(report, day, p);
                ReportStore.StoredReport r = new ReportStore(db).report(report);
                System.out.println("report " + report + " (" + r.fileName() + ") published " + day + ": " + r.events() + " events dated again, "
                        + linked + " joined an incident of other reports");
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new UserError(e.getMessage());
            }
            return 0;
        }
    }
}
