package org.clashmap.text;

/**
 * A word of a text: {@code start}/{@code end} are offsets into the original text (end exclusive),
 * {@code normStart}/{@code normEnd} into the normalised text, {@code text} is the normalised word.
 */
public record Token(int start, int end, int normStart, int normEnd, String text) {}
