package org.clashmap.evaluation;

/**
 * Why a gold row or an extracted point counts against the extractor, so that a change can be aimed
 * at the commonest kind. A spurious point gets exactly one kind (the first that applies, in the
 * order below); a matched row can have several (wrong date and wrong type at once).
 */
public enum ErrorKind {
    /** A must row with no extracted point within its tolerance. */
    MISSED("missed", "must row with no point within its tolerance"),
    /** A coarse place (governorate, district, sub-district, region, countryside) output beside a
     *  finer place of the same event, or covering a gold place: the village was enough. */
    REGION_BESIDE_VILLAGE("region beside its village", "spurious: a region where the event also has a finer place, or around a gold place"),
    /** The right name put at the wrong place: the point's name equals or contains a gold row's name
     *  in that article (or the other way round), but it lies outside that row's tolerance. */
    WRONG_HOMONYM("wrong homonym", "spurious: a gold place's name, at another place of that name"),
    /** Near no gold row at all and named like none: something that did not happen, or not there. */
    NOT_AN_INCIDENT("not an incident", "spurious: near no gold row"),
    DATE_OUTSIDE_RANGE("date outside range", "matched row: no point near it dated inside the gold range"),
    WRONG_TYPE("wrong type", "matched row: no point near it of the gold coarse type"),
    FATALITIES_MISSING("fatalities missing", "matched row: gold gives a number > 0, the points near it none"),
    FATALITIES_WRONG("fatalities wrong", "matched row: gold gives a number, the points near it other numbers"),
    FATALITIES_ZERO_VS_NULL("fatalities zero vs null", "matched row: gold 0 and extracted none, or gold none and extracted 0");

    public final String label;
    public final String meaning;

    ErrorKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }
}
