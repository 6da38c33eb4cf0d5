/**
 * The gazetteer of Syria. Pure Java, no JavaFX, no JDBC.
 *
 * <p>Get it with {@link org.clashmap.gazetteer.Gazetteers#load()} (a cached singleton loaded from the
 * classpath resource {@code gazetteer/places.tsv}). {@link org.clashmap.gazetteer.Gazetteer} offers
 * {@code find} (every name in a text: one pass over the normalised text with a character trie,
 * longest match, whole words, clitics and article tolerated, spans into the original),
 * {@code lookup} (candidates for a name scored against a {@link org.clashmap.gazetteer.Context}) and
 * {@code resolve} (every place reference of a report: disambiguation by admin context, trigger
 * word, nearby resolved places, capital level and population; relative positions such as
 * "60 كم شمال شرق تدمر" offset geodesically with a precision radius; ordinary words that are also
 * names kept only with context). A name with no entry at all is tried with spelling tolerance
 * ({@code TolerantNames}: final و/ه/ا, a bare hamza, one dropped or doubled letter in 5+-letter
 * names), each such candidate scored below an exact match. Word lists are data files under {@code src/main/resources/gazetteer/}
 * (triggers.tsv, directions.tsv, units.tsv, vicinity.tsv, kinds.tsv, needs_context.txt, ordinary_names.txt,
 * place_prepositions.tsv, person_titles.tsv, function_words.tsv, foreign_names.tsv, divine_names.tsv,
 * site_nouns.tsv, particles.tsv, nationalities.tsv), each row with its reason. {@link org.clashmap.gazetteer.FeatureWords} lends the feature words
 * to the extractor.
 *
 * <p>{@code org.clashmap.gazetteer.build} turns the open data and {@code gazetteer/curated.tsv} into
 * {@code places.tsv} ({@code clashmap gazetteer build}).
 */
package org.clashmap.gazetteer;
