package org.clashmap.cli;

import org.clashmap.gazetteer.build.OrdinaryWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** Rebuilds the list of place names that are also ordinary Arabic words (Debian's hunspell-ar). */
@Command(name = "ordinary-words", description = "Build gazetteer/ordinary_names.txt: place names that are also Arabic dictionary words.")
public final class GazetteerOrdinaryWordsCommand implements Callable<Integer> {
    @Option(names = "--places", paramLabel = "TSV", defaultValue = "gazetteer/places.tsv", description = "places.tsv (default: ${DEFAULT-VALUE})")
    Path places;

    @Option(names = "--aff", paramLabel = "FILE", defaultValue = "/usr/share/hunspell/ar.aff", description = "Hunspell affix file (default: ${DEFAULT-VALUE})")
    Path aff;

    @Option(names = "--dic", paramLabel = "FILE", defaultValue = "/usr/share/hunspell/ar.dic", description = "Hunspell dictionary (default: ${DEFAULT-VALUE})")
    Path dic;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/gazetteer/ordinary_names.txt",
            description = "Output (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[]{places, aff, dic}) {
            if (!Files.exists(p)) throw new UserError("not found: " + p + (p == aff || p == dic ? " (install Debian's hunspell-ar)" : ""));
        }
        String text = OrdinaryWords.build(places, aff, dic);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("clashmap: " + text.lines().filter(l -> !l.startsWith("#")).count() + " ordinary words written to " + out);
        return 0;
    }
}
