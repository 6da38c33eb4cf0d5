package org.clashmap.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads places.tsv (the builder's output) into {@link Place} records. */
final class PlaceTable {
    private PlaceTable() {}

    static List<Place> readResource(String resource) {
        try (InputStream in = PlaceTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("gazetteer resource not on the classpath: " + resource);
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
            in.transferTo(buf);
            return parse(buf.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Place> parse(String tsv) {
        List<Place> out = new ArrayList<>(6000);
        int pos = tsv.indexOf('\n') + 1; // header
        String[] f = new String[13];
        while (pos < tsv.length()) {
            int eol = tsv.indexOf('\n', pos);
            if (eol < 0) eol = tsv.length();
            if (eol > pos) {
                split(tsv, pos, eol, f);
                out.add(new Place(f[0], PlaceKind.valueOf(f[1]), f[2],
                        f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|")), f[4], f[5], f[6],
                        Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]),
                        Long.parseLong(f[10]), Integer.parseInt(f[11]), f[12]));
            }
            pos = eol + 1;
        }
        return out;
    }

    private static void split(String s, int from, int to, String[] f) {
        int col = 0, start = from;
        for (int i = from; i <= to && col < f.length; i++) {
            if (i == to || s.charAt(i) == '\t') {
                f[col++] = s.substring(start, i);
                start = i + 1;
            }
        }
        if (col != f.length) throw new IllegalStateException("places.tsv: expected 13 columns in " + s.substring(from, to));
    }
}
