package org.clashmap.extract;

import org.clashmap.gazetteer.Candidate;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Location;
import org.clashmap.gazetteer.Mention;
import org.clashmap.gazetteer.Place;
import org.clashmap.gazetteer.PlaceKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test double for {@link Gazetteer}: exact names from {@code extract/fixture-places.tsv}, longest
 * first, no disambiguation and no relative positions. Only the focused sentence tests use it (through
 * {@link Fixture}, by name), so that a rule of the extractor is tested apart from place resolution; the seed
 * cases and the dev-set floor always run on the real gazetteer.
 */
final class FixtureGazetteer implements Gazetteer {
    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final List<Map.Entry<String, Place>> names = new ArrayList<>();

    FixtureGazetteer() {
        try (var in = new BufferedReader(new InputStreamReader(
                FixtureGazetteer.class.getResourceAsStream("/extract/fixture-places.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                List<String> variants = Arrays.asList(c[1].split("\\|"));
                Place p = new Place(c[0], PlaceKind.valueOf(c[2]), variants.get(0), variants, c[7], c[3], "",
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]), 0, 0, "test fixture");
                byId.put(p.id(), p);
                for (String v : variants) names.add(Map.entry(v, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, Place> e) -> e.getKey().length()).reversed());
    }

    @Override
    public List<Candidate> lookup(String name, Context ctx) {
        List<Candidate> out = new ArrayList<>();
        for (var e : names) if (e.getKey().equals(name)) out.add(new Candidate(e.getValue(), 1.0));
        return out;
    }

    @Override
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (var e : names) {
            String n = e.getKey();
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                int end = i + n.length();
                boolean free = true;
                for (int k = i; k < end && free; k++) free = !taken[k];
                boolean startsWord = i == 0 || !Character.isLetter(text.charAt(i - 1)) || "وبل".indexOf(text.charAt(i - 1)) >= 0;
                if (!free || !startsWord) continue;
                for (int k = i; k < end; k++) taken[k] = true;
                out.add(new Mention(i, end, n, List.of(e.getValue())));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    @Override
    public List<Location> resolve(String text) {
        List<Location> out = new ArrayList<>();
        for (Mention m : find(text)) {
            Place p = m.candidates().get(0);
            out.add(new Location(m.start(), m.end(), m.surface(), p, null, p.lat(), p.lon(), p.precisionKm(), 0.9, List.of()));
        }
        return out;
    }

    @Override
    public Place byId(String id) {
        return byId.get(id);
    }

    @Override
    public int size() {
        return byId.size();
    }
}
