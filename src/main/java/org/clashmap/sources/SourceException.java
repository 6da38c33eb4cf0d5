package org.clashmap.sources;

import java.nio.file.Path;

/** A source file, or one item in it, that cannot be taken in; the message names the file and the problem. */
public class SourceException extends Exception {
    public SourceException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
