package org.clashmap.cli;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.FolderWatch;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** {@code clashmap watch DIR}: ingests every report file that appears or changes in a folder, until stopped (decision 025). */
@Command(name = "watch", description = "Ingest every report file (text, saved page, Telegram export, feed) that appears or changes in a folder, until Ctrl+C.")
public final class WatchCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "The folder to watch (and the folders inside it).")
    Path dir;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "2",
            description = "How long a file's size and time must stay unchanged before it is read (default: ${DEFAULT-VALUE}).")
    double settleSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(dir)) throw new UserError(dir + ": not a folder");
        if (settleSeconds < 0) throw new UserError("--settle must be 0 or more seconds");
        Path dbFile = common.dbFile();
        CommonOptions.refuseDatabaseAmongInputs(dbFile, List.of(dir));
        try (Database db = Database.open(common.database())) {
            Ingester ingester = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db));
            FolderWatch watch = new FolderWatch(dir, (files, cancelled) -> ingester.ingestFiles(files, IngestProgress.NONE, cancelled),
                    new FolderWatch.Listener() {
                        @Override
                        public void ingested(List<Path> files, IngestSummary s) {
                            print(files, s);
                            if (s.added() + s.updated() > 0) ControlRefreshCommand.afterChange(db);
                        }

                        @Override
                        public void problem(String message) {
                            System.err.println("clashmap: " + message);
                        }
                    }, Duration.ofMillis(Math.round(settleSeconds * 1000)));
            Thread stopper = new Thread(watch::close, "watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            System.err.println("watching " + watch.folder() + " -> " + db.address() + " (Ctrl+C to stop)");
            watch.run();
            return 0;
        }
    }

    private static void print(List<Path> files, IngestSummary s) {
        s.problems().forEach(p -> System.err.println("clashmap: " + p));
        System.out.printf(Locale.ROOT, "%s  %s: %d reports added, %d updated, %d already stored, %d events, %d problems%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), files.size() == 1 ? files.get(0) : files.size() + " files",
                s.added(), s.updated(), s.alreadyStored(), s.events(), s.problems().size());
        if (s.undatedWarning() != null) System.out.println("warning: " + s.undatedWarning());
        System.out.flush();
    }
}
