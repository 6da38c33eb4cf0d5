package org.clashmap.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
                out.add(new Place(f[0], PlaceKind.valueOf(f[1]), f[2], variants(f[3]), f[4], f[5], f[6],
                        decimal(f[7]), decimal(f[8]), decimal(f[9]),
                        Long.parseLong(f[10]), Integer.parseInt(f[11]), f[12]));
            }
            pos = eol + 1;
        }
        return out;
    }

    private static List<String> variants(String s) {
        if (s.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int bar; (bar = s.indexOf('|', from)) >= 0; from = bar + 1) out.add(s.substring(from, bar));
        out.add(s.substring(from));
        return out;
    }

    /** The builder writes plain decimals ("34.557302", "-1.5"); parsing them by hand keeps start-up short. */
    static double decimal(String s) {
        int i = 0, n = s.length();
        boolean neg = n > 0 && s.charAt(0) == '-';
        if (neg) i++;
        long whole = 0, frac = 0, scale = 1;
        for (; i < n && s.charAt(i) != '.'; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return Double.parseDouble(s);
            whole = whole * 10 + (c - '0');
        }
        for (i++; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || scale > 1_000_000_000_000L) return Double.parseDouble(s);
            frac = frac * 10 + (c - '0');
            scale *= 10;
        }
        double v = whole + (double) frac / scale;
        return neg ? -v : v;
    }

    private static void split(String s, int from, int to, String[] f) {
        int col = 0, start = from;
        while (col < f.length - 1) {
            int tab = s.indexOf('\t', start);
            if (tab < 0 || tab > to) break;
            f[col++] = s.substring(start, tab);
            start = tab + 1;
        }
        f[col++] = s.substring(start, to);
        if (col != f.length || f[f.length - 1].indexOf('\t') >= 0) {
            throw new IllegalStateException("places.tsv: expected 13 columns in " + s.substring(from, to));
        }
    }
}
