package org.clashmap.gazetteer;

import org.clashmap.geodesy.Geodesy;
import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.NormalizedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gazetteer of Syria built from places.tsv: name index, lexicons and the resolver. */
final class SyriaGazetteer implements Gazetteer {
    final List<Place> places;
    final NameIndex index;
    final Lexicons lex;
    private final Map<String, Place> byId;
    /** Governorate place per admin1 code. */
    final Map<String, Place> governorates = new HashMap<>();
    /** The city a governorate's countryside quarters are named from (ريف حمص الشرقي: east of Homs). */
    final Map<String, Place> capitals = new HashMap<>();
    /** The settlements of each governorate (OCHA's communities): where a governorate's land lies, place by place. */
    private final Map<String, List<Place>> settlementsByAdmin1 = new HashMap<>();

    /**
     * Per place index, whether the place is a countryside quarter of a governorate (ريف حلب الشرقي, id {@code cur:rif_...}):
     * asked of every candidate of every name found, so answered once per place rather than from its id each time.
     */
    final boolean[] countrysideQuarters;

    private SyriaGazetteer(List<Place> places, Lexicons lex) {
        this.places = List.copyOf(places);
        this.countrysideQuarters = new boolean[places.size()];
        this.lex = lex;
        this.index = new NameIndex(lex.particles);
        this.byId = new HashMap<>(places.size() * 2);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            byId.put(p.id(), p);
            countrysideQuarters[i] = p.id().startsWith("cur:rif_");
            index.add(p.nameAr(), i);
            for (String v : p.variantsAr()) if (!settlementWordBeforeOwnName(p, v, lex)) index.add(v, i);
            if (p.kind() == PlaceKind.GOVERNORATE) governorates.put(p.admin1(), p);
            if (p.capitalLevel() == 1 && p.id().startsWith("ocha:")) capitals.put(p.admin1(), p);
            if (p.id().startsWith("ocha:") && p.admin1() != null && !p.admin1().isEmpty()) {
                settlementsByAdmin1.computeIfAbsent(p.admin1(), k -> new ArrayList<>()).add(p);
            }
        }
        index.compact();
        // Rural Damascus has no capital of its own: its quarters are seen from Damascus.
        if (capitals.containsKey("SY01")) capitals.putIfAbsent("SY03", capitals.get("SY01"));
    }

    /**
     * "قرية المنصورة" listed as a name of one Mansoura: a word for a settlement (قرية، بلدة، مدينة) that fits the place's
     * kind, before one of the place's own names, tells it from none of its namesakes; indexed as one name, it would
     * be found instead of the shorter name and hide every other village called so ("قرية المنصورة غرب الرقة" went to
     * the Mansoura by Aleppo). The resolver reads the feature word before the name itself, so the variant is left out.
     * Words for other kinds (حي، مخيم، مطار) stay: they do tell a quarter or a camp from the village of its name; so
     * does "مدينة حمص" for a city, whose namesake is its own governorate.
     */
    static boolean settlementWordBeforeOwnName(Place p, String variant, Lexicons lex) {
        String v = ArabicNormalizer.normalize(variant).strip();
        int space = v.indexOf(' ');
        if (space < 0) return false;
        Set<PlaceKind> kinds = lex.triggers.get(v.substring(0, space));
        if (kinds == null || !kinds.contains(p.kind()) || !VILLAGE_KINDS.contains(p.kind())
                || !SETTLEMENT_KINDS.containsAll(kinds)) return false;
        String rest = NameIndex.key(v.substring(space + 1));
        if (rest.equals(NameIndex.key(p.nameAr()))) return true;
        for (String other : p.variantsAr()) if (!other.equals(variant) && rest.equals(NameIndex.key(other))) return true;
        return false;
    }

    private static final Set<PlaceKind> SETTLEMENT_KINDS = EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE),
            VILLAGE_KINDS = EnumSet.of(PlaceKind.TOWN, PlaceKind.VILLAGE);

    /**
     * Kilometres from the place to the nearest settlement of the governorate: 0-10 km for a place inside it or on
     * its edge; a governorate with no settlement listed is taken as near (nothing to contradict).
     */
    double kmToGovernorate(Place p, String admin1) {
        List<Place> settlements = settlementsByAdmin1.get(admin1);
        if (settlements == null) return 0;
        double best = Double.MAX_VALUE;
        for (Place s : settlements) best = Math.min(best, Geodesy.approxKm(p.lat(), p.lon(), s.lat(), s.lon()));
        return best;
    }

    static SyriaGazetteer fromPlaces(List<Place> places) {
        return new SyriaGazetteer(places, Lexicons.shared());
    }

    /** Loads places.tsv and the word lists side by side: start-up time matters to the window and the CLI. */
    static SyriaGazetteer fromResource(String resource) {
        java.util.concurrent.CompletableFuture<Lexicons> lex = java.util.concurrent.CompletableFuture.supplyAsync(Lexicons::load);
        List<Place> places = PlaceTable.readResource(resource);
        return new SyriaGazetteer(places, lex.join());
    }

    @Override
    public List<Candidate> lookup(String name, Context ctx) {
        return read(name, ctx, false).candidates();
    }

    @Override
    public PlaceReading read(String name, Context ctx) {
        return read(name, ctx, true);
    }

    /**
     * Resolves the whole context with the name in it (prepended when the context does not contain it), then
     * reads the mention the name stands for at its first occurrence.
     */
    private PlaceReading read(String name, Context ctx, boolean explain) {
        if (ctx == null) ctx = Context.NONE;
        String normName = ArabicNormalizer.normalize(name).strip();
        String text = ArabicNormalizer.normalize(ctx.text()).contains(normName) ? ctx.text() : name + " ، " + ctx.text();
        Resolution r = new Resolution(this, text, ctx.resolvedNearby());
        int at = r.normalizedText().indexOf(normName);
        Resolution.M m = at < 0 ? null : r.head(at, at + normName.length());
        if (m == null) {
            // The name did not occur as a whole word (e.g. it carries a clitic): read it on its own.
            r = new Resolution(this, name, ctx.resolvedNearby());
            m = r.head(0, r.normalizedText().length());
        }
        // No name at all, or only the feature word (مدينة داريو): try spelling variants (فورو for فورة),
        // each scored below an exact match.
        if (m == null || m.featureWord) {
            List<Candidate> variants = tolerant().lookup(this, name, ctx);
            if (!variants.isEmpty()) return new PlaceReading(variants, "a spelling variant of a name");
        }
        if (m == null) return new PlaceReading(List.of(), null);
        return new PlaceReading(r.ranked(m, explain), Resolution.evidenceOf(m));
    }

    private volatile TolerantNames tolerant;

    /** Spelling-tolerant matching, built on first use (start-up time matters; most lookups never need it). */
    TolerantNames tolerant() {
        TolerantNames t = tolerant;
        if (t == null) {
            synchronized (this) {
                if (tolerant == null) tolerant = new TolerantNames(places, lex);
                t = tolerant;
            }
        }
        return t;
    }

    @Override
    public List<Mention> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(text);
        List<Mention> out = new ArrayList<>();
        for (NameIndex.Hit h : index.scan(nt.text())) {
            int s = nt.originalStart(h.normStart()), e = nt.originalEnd(h.normEnd());
            out.add(new Mention(s, e, text.substring(s, e), placesOf(h.entries())));
        }
        return out;
    }

    /** Count of matches only, without building records: what the throughput benchmark measures. */
    int countMatches(String text) {
        return index.scan(ArabicNormalizer.normalizeWithOffsets(text).text()).size();
    }

    List<Place> placesOf(int[] entries) {
        List<Place> ps = new ArrayList<>(entries.length);
        for (int e : entries) ps.add(places.get(e >> 1));
        return ps;
    }

    @Override
    public List<Location> resolve(String text) {
        return new Resolution(this, text, List.of()).locations();
    }

    @Override
    public Place byId(String id) {
        return byId.get(id);
    }

    @Override
    public int size() {
        return places.size();
    }

    /** All places, in file order. */
    public List<Place> places() {
        return places;
    }
}
