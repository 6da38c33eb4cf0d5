package org.clashmap.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated mapping tables under {@code /datasets/}: '#' comments and blank lines skipped. */
final class DataFiles {
    private DataFiles() {
    }

    static List<String[]> tsv(String name, int minColumns) {
        String path = "/datasets/" + name;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), path, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static List<String[]> parse(BufferedReader r, String what, int minColumns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < minColumns) {
                throw new IllegalStateException(what + " line " + n + ": expected " + minColumns + " tab-separated columns");
            }
            rows.add(cols);
        }
        return rows;
    }
}
