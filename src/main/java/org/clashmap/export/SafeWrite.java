package org.clashmap.export;

import org.clashmap.store.DatabaseFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder, moved into place atomically; on any
 * failure the temporary file is deleted and an existing target is left untouched. (The map-image
 * half's own small helper; the data exports have an equivalent — to be unified.)
 */
final class SafeWrite {
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeWrite() {
    }

    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(abs.toString(), null, "folder does not exist");
        if (Files.isDirectory(abs)) throw new IOException(abs + " is a folder");
        DatabaseFiles.refuseOverwriting(abs);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(abs.toString(), null, "folder is not writable");
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
