package org.clashmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.gazetteer.PlaceReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Prints the candidates for a name as a JSON array, best first; each says whether the text reads the name
 * as a place at all (and why) and, with --context, what in the context moved its score.
 */
@Command(name = "lookup", description = "Candidates for a place name as JSON, best first.")
public final class GazetteerLookupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Arabic place name")
    String name;

    @Option(names = "--context", paramLabel = "TEXT", description = "Text around the name (sentence or report)")
    String context;

    @Override
    public Integer call() throws Exception {
        PlaceReading reading = Gazetteers.load().read(name, Context.of(context));
        List<Candidate> cs = reading.candidates();
        ObjectMapper json = new ObjectMapper();
        ArrayNode arr = json.createArrayNode();
        for (Candidate c : cs) {
            Place p = c.place();
            ObjectNode o = arr.addObject();
            o.put("id", p.id());
            o.put("name_ar", p.nameAr());
            o.put("name_en", p.nameEn());
            o.put("kind", p.kind().name());
            o.put("lat", p.lat());
            o.put("lon", p.lon());
            o.put("precision_km", p.precisionKm());
            o.put("admin1", p.admin1());
            o.put("score", Math.round(c.score() * 10000) / 10000.0);
            // The place-or-not decision is the mention's, the same on every candidate.
            o.put("is_place", reading.isPlace());
            o.put("evidence", reading.evidence());
            if (context != null) {
                ArrayNode why = o.putArray("reasons");
                c.reasons().forEach(why::add);
            }
        }
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        if (cs.isEmpty()) System.err.println("clashmap: no place named " + name);
        return cs.isEmpty() ? 3 : 0;
    }
}
