/**
 * Arabic text handling shared by the gazetteer and the event parser. Pure Java, no JavaFX, no JDBC.
 *
 * <p>The API is small and meant to stay stable:
 * <ul>
 *   <li>{@link org.clashmap.text.ArabicNormalizer#normalize(String)} — the one normalisation
 *       (diacritics, tatweel and bidi marks removed; alef/ya/ta-marbuta/hamza forms, Persian
 *       letters, digits and punctuation unified), and
 *       {@link org.clashmap.text.ArabicNormalizer#normalizeWithOffsets(String)} returning a
 *       {@link org.clashmap.text.NormalizedText} that maps every normalised offset back to the original;</li>
 *   <li>{@link org.clashmap.text.Tokenizer#tokenize(String)} — words with spans into the original, and
 *       {@link org.clashmap.text.Tokenizer#peelings(String)} — a word and its clitic-peeled forms
 *       (و ف، ب ل ك، ال، لل), full form first, for the caller to check against its lexicon.</li>
 * </ul>
 */
package org.clashmap.text;
