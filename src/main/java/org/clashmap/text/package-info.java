/**
 * Arabic text handling shared by gazetteer and parser: normalisation (hamza, alef maqsura, ta marbuta, digits, diacritics, bidi marks), tokenisation with clitic peeling, and offset maps back to the original text. Pure Java, no JavaFX, no JDBC.
 */
package org.clashmap.text;
