package org.clashmap.cli;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Stores reports (text files, saved web pages, Telegram exports, feeds; files or folders) and the events extracted from them. */
@Command(name = "ingest", description = "Extract events from report files or folders and store them.")
public final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or folders of them: .txt (UTF-8), saved web pages (.html, .htm), Telegram exports (result.json), RSS/Atom feeds (.xml, .rss, .atom).")
    List<Path> paths = List.of();

    @Option(names = "--seeds", description = "Ingest the built-in sample (the five seed reports).")
    boolean seeds;

    @Override
    public Integer call() {
        if (paths.isEmpty() && !seeds) throw new UserError("nothing to ingest: give report files or folders, or --seeds");
        Path dbFile = common.dbFile();
        long t0 = System.nanoTime();
        // The gazetteer and the word lists load while the files are listed and the database opened (about a second of
        // a single thread before any report is read, when they came one after the other).
        java.util.concurrent.FutureTask<RuleBasedExtractor> extractor = new java.util.concurrent.FutureTask<>(() -> new RuleBasedExtractor(Gazetteers.load()));
        Thread loading = new Thread(extractor, "load-gazetteer");
        loading.setDaemon(true);
        loading.start();
        Ingester.Found found = seeds ? new Ingester.Found(List.of(), List.of()) : Ingester.collect(paths);
        List<Path> files = found.files();
        QuickCompile.forFiles(files);
        CommonOptions.refuseDatabaseAmongInputs(dbFile, paths);
        CommonOptions.refuseDatabaseAmongInputs(dbFile, files);
        try (Database db = Database.open(common.database())) {
            Ingester ingester = new Ingester(ExtractCommand.await(extractor), new EventStore(db));
            ProgressLine progress = new ProgressLine(System.err);
            if (!seeds && files.isEmpty()) {
                throw new UserError(String.join(", ", paths.stream().map(Path::toString).toList()) + ": no report files here (.txt, .html/.htm, result.json, .xml/.rss/.atom)"
                        + (found.skipped().isEmpty() ? "" : " (" + found.skipped().size() + " links leading outside skipped)"));
            }
            IngestSummary s = (seeds ? ingester.ingestBuiltInSeeds(progress) : ingester.ingestFiles(files, progress, () -> false))
                    .withSkipped(found.skipped());
            progress.finish();
            if (s.added() + s.updated() > 0) ControlRefreshCommand.afterChange(db);
            s.problems().forEach(p -> System.err.println("clashmap: " + p));
            System.out.printf(Locale.ROOT, "%d reports added, %d already stored, %d events, %d problems (%.1f s) -> %s%n",
                    s.added(), s.alreadyStored(), s.events(), s.problems().size(), (System.nanoTime() - t0) / 1e9, db.address());
            if (s.updated() > 0) System.out.printf(Locale.ROOT, "%d stored reports updated to their edited version (review edits kept)%n", s.updated());
            if (s.undatedWarning() != null) System.out.println("warning: " + s.undatedWarning());
            if (s.added() > 0) {
                System.out.printf(Locale.ROOT, "run %d: %d events joined an incident of other reports; %d reports were re-posts of stored ones%n",
                        s.runId(), s.linked(), s.duplicates());
            }
            return s.problems().isEmpty() ? 0 : 3;
        }
    }
}
