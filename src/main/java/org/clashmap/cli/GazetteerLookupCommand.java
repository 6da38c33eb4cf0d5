package org.clashmap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** Prints the candidates for a name as a JSON array, best first. */
@Command(name = "lookup", description = "Candidates for a place name as JSON, best first.")
public final class GazetteerLookupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Arabic place name")
    String name;

    @Option(names = "--context", paramLabel = "TEXT", description = "Text around the name (sentence or report)")
    String context;

    @Override
    public Integer call() throws Exception {
        List<Candidate> cs = Gazetteers.load().lookup(name, Context.of(context));
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
        }
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        if (cs.isEmpty()) System.err.println("clashmap: no place named " + name);
        return cs.isEmpty() ? 3 : 0;
    }
}
