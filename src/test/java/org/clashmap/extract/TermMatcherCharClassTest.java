package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matcher's char class table answers as the JDK's methods it stands in for, for every char. */
class TermMatcherCharClassTest {
    @Test
    void whitespaceAsTheJdkSaysForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), TermMatcher.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
