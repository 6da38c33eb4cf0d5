package org.clashmap.ingest;

import java.nio.file.Path;

/** A report that cannot be taken in; the message names the file and the problem. */
public class BadReportException extends Exception {
    public BadReportException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
