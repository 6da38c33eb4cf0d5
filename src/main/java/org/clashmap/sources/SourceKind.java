package org.clashmap.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a report can come in, recognised by name and first bytes: a {@code .txt} report;
 * a saved web page ({@code .html}, {@code .htm}); a Telegram Desktop export ({@code result.json}, or
 * any {@code .json} with a {@code "messages"} list); an RSS or Atom feed ({@code .xml}, {@code .rss},
 * {@code .atom}, or a page-named file that is really a feed).
 */
public enum SourceKind {
    TEXT("text report"), PAGE("web page"), TELEGRAM("Telegram export"), FEED("feed");

    /** Folder name endings browsers give the images and scripts of a page saved "complete". */
    private static final List<String> PAGE_FOLDER_ENDINGS = List.of("_files", "-files", "_fichiers", "-Dateien", "_archivos", "_arquivos");
    private static final int SNIFF = 4096;

    public final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** True for kinds that hold many reports in one file (each message, each feed item). */
    public boolean many() {
        return this == TELEGRAM || this == FEED;
    }

    /** The kind of a file found in a folder, or empty when it is no report (images, styles, other JSON). */
    public static Optional<SourceKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~") || name.endsWith(".part") || name.endsWith(".crdownload") || name.endsWith(".tmp")) {
            return Optional.empty();
        }
        if (name.endsWith(".txt")) return Optional.of(TEXT);
        if (name.equals("result.json")) return Optional.of(TELEGRAM);
        if (name.endsWith(".json")) return head(file).contains("\"messages\"") ? Optional.of(TELEGRAM) : Optional.empty();
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            return Optional.of(isFeed(head(file)) ? FEED : PAGE);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return isFeed(head(file)) ? Optional.of(FEED) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The kind of a file named by the user: as {@link #of}, and a text report when nothing else fits (read as given). */
    public static SourceKind named(Path file) {
        return of(file).orElse(TEXT);
    }

    private static boolean isFeed(String head) {
        String h = head.stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("<!doctype html") || h.startsWith("<html")) return false;
        return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    }

    /** The file's first bytes as text (ASCII is enough to recognise it); empty when unreadable. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * True when {@code file} lies in the folder of a page saved "complete" ({@code NAME_files} beside
     * {@code NAME.html}, or any folder ending so): its images, scripts and frames are not reports.
     */
    public static boolean inPageFolder(Path root, Path file) {
        Path rel = root.relativize(file);
        Path dir = root;
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            dir = dir.resolve(rel.getName(i));
            String n = dir.getFileName().toString();
            for (String end : PAGE_FOLDER_ENDINGS) {
                if (n.endsWith(end)) return true;
            }
        }
        return false;
    }
}
