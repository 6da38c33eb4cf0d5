package org.clashmap.gazetteer;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Tokenizer;

/**
 * Countries and cities outside Syria that its news names often (foreign_names.tsv), for readers outside the resolver:
 * the extractor asks whether a clause tells of an incident abroad ("تفجير في مدينة الرمادي غرب العراق").
 */
public final class ForeignNames {
    private ForeignNames() {}

    /** The word (as written, clitics and all) is one of the listed foreign names. */
    public static boolean contains(String token) {
        return Lexicons.shared().foreignNames.contains(ArabicNormalizer.normalize(token));
    }

    /** A word of {@code text[from, to)} (as written, clitics and all) is one of the listed foreign names. */
    public static boolean anyIn(String text, int from, int to) {
        return Tokenizer.anyWordIn(text, from, to, Lexicons.shared().foreignNames);
    }
}
