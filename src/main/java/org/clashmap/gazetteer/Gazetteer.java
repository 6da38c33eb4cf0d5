package org.clashmap.gazetteer;

import java.util.List;

/** The seam between text and places. Pure: no JavaFX, no JDBC. */
public interface Gazetteer {
    /** Candidates for a single name, best first, scored against the context. */
    List<Candidate> lookup(String name, Context ctx);

    /**
     * The place-or-not decision and the ranked candidates for a name in its context, each candidate with the
     * context that moved its score. A name made of a feature word and a name ("مدينة الزبداني") stands for the name.
     */
    default PlaceReading read(String name, Context ctx) {
        List<Candidate> cs = lookup(name, ctx);
        return new PlaceReading(cs, cs.isEmpty() ? null : "a listed name");
    }

    /** Every gazetteer name in the text, longest match first, spans into the original text. */
    List<Mention> find(String text);

    /**
     * Resolves every place reference in a text (a whole report): disambiguation by context and
     * relative positions ("60 كم شمال شرق تدمر", "شرق مدينة الرستن"). Ordinary words that are
     * also place names are returned only when the context makes them places.
     */
    List<Location> resolve(String text);

    /** Place by id, or null. */
    Place byId(String id);

    int size();
}
