package org.clashmap.store;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GDAL's ogrinfo, what QGIS reads databases with: its output for a database, or the test skipped when GDAL is not installed. */
public final class Ogrinfo {
    private Ogrinfo() {
    }

    /** The GDAL data source name of a ClashMap database: a PG: connection string, or the SQLite file. */
    public static String source(DatabaseAddress a) {
        if (!a.isPostgresql()) return a.file().toString();
        return "PG:dbname=" + a.database() + " user=" + a.user() + (a.socketDir() != null ? " host=" + a.socketDir()
                : " host=" + a.host() + " port=" + a.port());
    }

    public static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("ogrinfo (gdal-bin) is not installed: the GDAL check of the database layers is skipped");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
