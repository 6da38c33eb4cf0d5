package org.clashmap.ingest;

import org.clashmap.extract.Report;
import org.clashmap.extract.TimePrecision;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A report file made into the extractor's {@link Report} the one way the {@code extract} and
 * {@code eval} commands share, so that scoring in-process sees exactly what {@code extract} prints:
 * strict UTF-8 text; a publication date given by the caller wins, else the file's metadata
 * ({@link ReportMetadata.Lookup}), else unknown.
 */
public final class ReportLoader {
    private final ReportMetadata.Lookup metadata = new ReportMetadata.Lookup();

    /**
     * @param published date given by the caller (a command-line option, a gold file), or null to look it up
     * @param precision how exact {@code published} is; ignored when {@code published} is null
     */
    public Report load(Path file, LocalDate published, TimePrecision precision) throws BadReportException {
        String text = ReportFiles.read(file);
        String name = file.getFileName().toString();
        ReportMetadata d = published != null ? new ReportMetadata(name, "", published, precision, "given by the caller")
                : metadata.find(file).orElse(ReportMetadata.unknown(name));
        return new Report(text, d.published(), d.precision(), name, d.outlet());
    }

    /** Refuses the file, or its folder's metadata, exactly when {@link #load} would; a sound file is not decoded. */
    public void check(Path file, LocalDate published) throws BadReportException {
        ReportFiles.check(file);
        if (published == null) metadata.find(file);
    }
}
