package org.clashmap.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of a figure (map image or chart), named by the output file's extension. */
public enum FigureFormat {
    PNG(".png"), SVG(".svg"), PDF(".pdf");

    public final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /** The format a file name asks for; a one-line reason when it names none of them. */
    public static FigureFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) if (name.endsWith(f.extension)) return f;
        throw new IllegalArgumentException("the figure's file name must end in .png, .svg or .pdf: " + file);
    }

    /** Whether a file name ends in one of the figure extensions. */
    public static boolean names(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) if (name.endsWith(f.extension)) return true;
        return false;
    }
}
