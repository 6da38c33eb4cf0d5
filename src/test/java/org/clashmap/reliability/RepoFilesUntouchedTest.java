package org.clashmap.reliability;

import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At run time ClashMap writes only its database and the files the user names: the seeds and
 * gazetteer folders (data that ships with it) and the working directory are left alone.
 */
class RepoFilesUntouchedTest {
    @TempDir
    Path tmp;

    @Test
    void ingestExtractExportWriteOnlyWhereTold() throws Exception {
        Path repo = Path.of(System.getProperty("clashmap.repo", "."));
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, String> before = snapshot(repo.resolve("seeds"), repo.resolve("gazetteer"));
        Map<String, String> cwdBefore = listing(cwd);
        Path out = Files.createDirectories(tmp.resolve("out"));
        String db = tmp.resolve("db/clashmap.db").toString();
        String[][] commands = {
                {"ingest", "--db", db, Seeds.dir().toString()},
                {"ingest", "--db", db, "--seeds"},
                {"extract", Seeds.files().get(1).toString()},
                {"export", "--db", db, "--format", "geojson", "--out", out.resolve("e.geojson").toString()},
                {"export", "--db", db, "--format", "csv", "--out", out.resolve("e.csv").toString()},
                {"export", "--db", db, "--format", "kml", "--out", out.resolve("e.kml").toString()},
                {"doctor", "--db", db},
        };
        for (String[] c : commands) assertEquals(0, Cli.run(c).exit(), String.join(" ", c));
        assertEquals(before, snapshot(repo.resolve("seeds"), repo.resolve("gazetteer")), "seeds/ or gazetteer/ changed");
        assertEquals(cwdBefore, listing(cwd), "files appeared in the working directory");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(java.util.List.of("e.csv", "e.geojson", "e.kml"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the export folder holds exactly the files asked for (no temp files left behind)");
        }
    }

    /** Path -> size, mtime and SHA-256 of every file under the folders. */
    static Map<String, String> snapshot(Path... dirs) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.sorted().toList()) {
                    String v = Files.isDirectory(f) ? "dir" : Files.size(f) + " " + Files.getLastModifiedTime(f) + " "
                            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
                    out.put(f.toString(), v);
                }
            }
        }
        return out;
    }

    static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            // target/ is Maven's and changes under us; everything else must stay as it was
            s.filter(p -> !p.getFileName().toString().equals("target")).forEach(p -> out.put(p.getFileName().toString(), Files.isDirectory(p) ? "dir" : "file"));
        }
        return out;
    }
}
