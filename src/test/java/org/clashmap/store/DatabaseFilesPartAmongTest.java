package org.clashmap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DatabaseFiles#partAmong} finds what asking {@link DatabaseFiles#isPartOf} of each file in turn finds. */
class DatabaseFilesPartAmongTest {
    @TempDir
    Path dir;

    private Optional<Path> oneByOne(Path db, List<Path> files) {
        for (Path f : files) if (DatabaseFiles.isPartOf(db, f)) return Optional.of(f);
        return Optional.empty();
    }

    @Test
    void findsTheDatabaseItsSideFilesLinksToThemAndNothingElse() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) files.add(Files.writeString(reports.resolve("r" + i + ".txt"), "قصف " + i));
        Path db = dir.resolve("store.db");
        Path missing = dir.resolve("none.db");
        assertEquals(Optional.empty(), DatabaseFiles.partAmong(db, files), "no database yet");
        assertEquals(oneByOne(db, files), DatabaseFiles.partAmong(db, files));

        Files.writeString(db, "db");
        Files.writeString(dir.resolve("store.db-wal"), "wal");
        Path hardLink = Files.createLink(reports.resolve("same-inode.txt"), db);
        Path symlinkToWal = Files.createSymbolicLink(reports.resolve("wal-link.txt"), dir.resolve("store.db-wal"));
        Path dotted = reports.resolve("..").resolve("store.db-shm"); // not there: compared by its resolved path
        for (List<Path> in : List.of(files, List.of(files.get(0), hardLink), List.of(symlinkToWal, files.get(1)), List.of(files.get(2), dotted),
                List.of(missing), List.of(db))) {
            assertEquals(oneByOne(db, in), DatabaseFiles.partAmong(db, in), in.toString());
        }
        assertEquals(Optional.of(hardLink), DatabaseFiles.partAmong(db, List.of(files.get(0), hardLink)));
        assertEquals(Optional.of(symlinkToWal), DatabaseFiles.partAmong(db, List.of(symlinkToWal, files.get(1))));
        assertEquals(Optional.of(dotted), DatabaseFiles.partAmong(db, List.of(files.get(2), dotted)));
        assertTrue(DatabaseFiles.partAmong(missing, List.of(dir.resolve("x").resolve("..").resolve("none.db"))).isPresent(),
                "a database not made yet, named another way");
    }
}
