package org.clashmap.cli;

import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.gazetteer.PlaceKind;
import picocli.CommandLine.Command;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Counts of places by kind and by source. */
@Command(name = "stats", description = "Counts of places by kind and by source.")
public final class GazetteerStatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Gazetteer g = Gazetteers.load();
        Map<PlaceKind, Integer> byKind = new EnumMap<>(PlaceKind.class);
        Map<String, Integer> bySource = new TreeMap<>();
        int names = 0;
        for (Place p : Gazetteers.places()) {
            byKind.merge(p.kind(), 1, Integer::sum);
            String src = p.id().substring(0, p.id().indexOf(':'));
            if (p.source().contains("geonames:") && !src.equals("geonames")) bySource.merge(src + "+geonames", 1, Integer::sum);
            else bySource.merge(src, 1, Integer::sum);
            names += 1 + p.variantsAr().size();
        }
        System.out.printf("places\t%d%nnames\t%d%n", g.size(), names);
        System.out.println("# by kind");
        byKind.forEach((k, n) -> System.out.printf("%s\t%d%n", k, n));
        System.out.println("# by source (id prefix; +geonames = merged with a GeoNames town)");
        bySource.forEach((k, n) -> System.out.printf("%s\t%d%n", k, n));
        return 0;
    }
}
