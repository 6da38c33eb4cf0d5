package org.clashmap.fuzz;

import java.nio.charset.StandardCharsets;

/** Fuzzer bytes as text: lenient UTF-8 (the readers' strictness is tested by the hostile corpus), capped in length. */
public final class FuzzText {
    private FuzzText() {
    }

    public static String of(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_8);
        return s.length() > Bounds.MAX_INPUT_CHARS ? s.substring(0, Bounds.MAX_INPUT_CHARS) : s;
    }
}
