package org.clashmap.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * The map-image half's way into {@link AtomicFileWriter} (one temporary-file scheme for every export):
 * buffered, and a folder without write permission named as such.
 */
final class SafeWrite {
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeWrite() {
    }

    static void write(Path target, Body body) throws IOException {
        try {
            AtomicFileWriter.write(target, out -> {
                try (OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                    body.writeTo(buffered);
                }
            });
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(target.toAbsolutePath().toString(), null, "folder is not writable");
        }
    }
}
