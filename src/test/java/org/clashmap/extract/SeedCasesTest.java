package org.clashmap.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.gazetteer.Gazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The seed reports against their declarative case files ({@code extract/cases/NNN.json}): every
 * expected event, every place that must have no event, every expected control claim, every place that must
 * have no claim (by an actor, when one is named). Cases marked
 * {@code known_failure} are run and reported (skipped when still failing, flagged when they pass),
 * never deleted.
 */
class SeedCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Extraction> CACHE = new ConcurrentHashMap<>();
    private static final Extractor EXTRACTOR = new RuleBasedExtractor(gazetteer());

    /**
     * The real gazetteer: the seed cases judge the whole pipeline, so a failure to load it fails the test run instead
     * of quietly swapping in the fixture (the fixture serves only the focused sentence tests, see {@link Fixture}).
     */
    static Gazetteer gazetteer() {
        return org.clashmap.gazetteer.Gazetteers.load();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String id : List.of("000", "001", "002", "003", "004")) {
            JsonNode c = readCase(id);
            int i = 0;
            for (JsonNode e : c.path("expected")) out.add(Arguments.of(id, "expected", i++, e.path("place").asText()));
            i = 0;
            for (JsonNode e : c.path("absent")) out.add(Arguments.of(id, "absent", i++, e.path("place").asText()));
            i = 0;
            for (JsonNode e : c.path("claims")) out.add(Arguments.of(id, "claim", i++, e.path("place").asText()));
            i = 0;
            for (JsonNode e : c.path("absent_claims")) out.add(Arguments.of(id, "absent_claim", i++, e.path("place").asText()));
            if (c.path("all_undated").asBoolean()) out.add(Arguments.of(id, "all_undated", 0, "*"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{2} {3}")
    @MethodSource("cases")
    void seedCase(String id, String kind, int index, String place) throws IOException {
        JsonNode c = readCase(id);
        Extraction x = CACHE.computeIfAbsent(id, k -> extract(c));
        JsonNode spec = switch (kind) {
            case "expected" -> c.path("expected").get(index);
            case "absent" -> c.path("absent").get(index);
            case "claim" -> c.path("claims").get(index);
            case "absent_claim" -> c.path("absent_claims").get(index);
            default -> c;
        };
        String problem = switch (kind) {
            case "expected" -> CaseMatcher.missing(spec, x);
            case "absent" -> CaseMatcher.unwanted(spec, x);
            case "claim" -> CaseMatcher.missingClaim(spec, x);
            case "absent_claim" -> CaseMatcher.unwantedClaim(spec, x);
            default -> CaseMatcher.dated(x);
        };
        boolean known = spec.path("known_failure").asBoolean(false);
        if (known) {
            if (problem == null) System.out.println("[known failure now passes, clear the flag] " + id + " " + kind + " " + place);
            Assumptions.assumeTrue(problem == null, "known failure: " + problem + " — " + spec.path("note").asText());
            return;
        }
        if (problem != null) fail(id + " " + kind + " " + place + ": " + problem + "\n" + CaseMatcher.describe(x));
    }

    private static Extraction extract(JsonNode c) {
        try {
            String file = c.path("file").asText();
            String text = Files.readString(repo().resolve("seeds").resolve(file));
            LocalDate published = c.path("published").isNull() ? null : LocalDate.parse(c.path("published").asText());
            return EXTRACTOR.extract(new Report(text, published, TimePrecision.parse(c.path("precision").asText()), file, ""));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static Path repo() {
        return Path.of(System.getProperty("clashmap.repo", "."));
    }

    private static JsonNode readCase(String id) throws IOException {
        try (InputStream in = SeedCasesTest.class.getResourceAsStream("/extract/cases/" + id + ".json")) {
            return JSON.readTree(in);
        }
    }
}
