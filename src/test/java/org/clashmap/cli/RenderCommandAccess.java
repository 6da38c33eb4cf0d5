package org.clashmap.cli;

import java.time.LocalDate;
import java.util.List;

/** Test access to the render command's frame windows. */
public final class RenderCommandAccess {
    private RenderCommandAccess() {
    }

    public static List<LocalDate[]> windows(LocalDate from, LocalDate to, int n) {
        return org.clashmap.export.MapAnimation.windows(from, to, n);
    }
}
