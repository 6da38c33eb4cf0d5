package org.clashmap.store;

import java.nio.file.Path;

/** A database that cannot be used as asked, with a message naming the file and the problem. */
public class StoreException extends RuntimeException {
    public StoreException(Path file, String problem) {
        this(file, problem, null);
    }

    public StoreException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
