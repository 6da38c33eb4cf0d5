package org.clashmap.cli;

import org.clashmap.datasets.Format;
import org.clashmap.datasets.ImportSummary;
import org.clashmap.datasets.Importer;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clashmap import --format ucdp|acled FILE}: problems to stderr, one summary line to stdout. */
@Command(name = "import", description = "Import a UCDP GED or ACLED CSV file as a layer of events.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "ucdp|acled", description = "The file's dataset format.")
    String format;

    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Format f;
        try {
            f = Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (Files.isDirectory(file)) throw new UserError(file + ": is a folder, not a CSV file");
        if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
        CommonOptions.refuseDatabaseAmongInputs(common.dbFile(), java.util.List.of(file));
        // the file is read from here on, on its own thread, while the database opens
        try (Importer.Reading reading = start(f);
             Database db = Database.open(common.database())) {
            ImportSummary s;
            try {
                s = reading.storeInto(new DatasetStore(db));
            } catch (IllegalArgumentException e) {
                throw refused(e);
            } catch (IOException e) {
                throw unreadable(e);
            }
            System.out.println(s.line());
            ControlRefreshCommand.afterChange(db);
            return 0;
        }
    }

    private Importer.Reading start(Format f) {
        try {
            return Importer.startReading(f, file, m -> System.err.println(file + ": " + m));
        } catch (IllegalArgumentException e) {
            throw refused(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private UserError refused(IllegalArgumentException e) {
        return new UserError(file + ": " + e.getMessage() + (e.getMessage().contains("unreadable CSV from here on") ? "; the rows before it were stored" : ""), 2, e);
    }

    private UserError unreadable(IOException e) {
        return new UserError(file + ": cannot be read (" + e.getMessage() + ")", 2, e);
    }
}
