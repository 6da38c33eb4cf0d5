package org.clashmap.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clashmap.fuzz.Bounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source readers on any bytes: a saved page, a Telegram export or a feed either gives reports or
 * says what is wrong in one message naming the file ({@link SourceException}, or an item's problem);
 * nothing else escapes, and every input finishes within the per-input bound. When the first byte is
 * odd the input is wrapped in a plausible frame (an HTML body, an export's message list, an RSS item),
 * so the fuzzer spends its time inside the structure.
 */
class SourcesFuzzTest {
    static {
        // Load jsoup, Jackson and the readers once, outside the per-input time bound.
        new SourcesFuzzTest().page(new byte[] {1, 'a'});
        new SourcesFuzzTest().telegram(new byte[] {1, '"', 'a', '"'});
        new SourcesFuzzTest().feed(new byte[] {1, 'a'});
    }

    @FuzzTest(maxDuration = "20s")
    void page(byte[] data) {
        Bounds.timed("page reader", () -> {
            byte[] in = framed(data, "<html><head><meta charset=utf-8></head><body><article><p>", "</p></article></body></html>");
            Path f = file("page.html", in);
            try {
                assertTrue(!PageReader.read(f).text().isBlank(), "a page report has text");
            } catch (SourceException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            }
        });
    }

    @FuzzTest(maxDuration = "20s")
    void telegram(byte[] data) {
        Bounds.timed("Telegram reader", () -> {
            Path f = file("result.json", framed(data, "{\"name\":\"c\",\"id\":1,\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":", "}]}"));
            try (TelegramExport x = new TelegramExport(f)) {
                x.forEachRemaining(i -> check(f, i));
            } catch (SourceException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TelegramExport.count(f);
        });
    }

    @FuzzTest(maxDuration = "20s")
    void feed(byte[] data) {
        Bounds.timed("feed reader", () -> {
            Path f = file("feed.xml", framed(data, "<?xml version=\"1.0\"?><rss><channel><title>t</title><item><description>", "</description></item></channel></rss>"));
            try {
                List<SourceItem> items = FeedReader.read(f);
                items.forEach(i -> check(f, i));
            } catch (SourceException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            }
        });
    }

    private static void check(Path f, SourceItem i) {
        if (i.problem() != null) assertTrue(i.problem().startsWith(f + ": "), i.problem());
        else assertTrue(!i.report().text().isBlank(), "a report has text");
    }

    private static byte[] framed(byte[] data, String head, String tail) {
        byte[] body = Arrays.copyOf(data, Math.min(data.length, Bounds.MAX_INPUT_CHARS));
        if (data.length == 0 || (data[0] & 1) == 0) return body;
        byte[] h = head.getBytes(java.nio.charset.StandardCharsets.UTF_8), t = tail.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(h, h.length + body.length + t.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        System.arraycopy(t, 0, out, h.length + body.length, t.length);
        return out;
    }

    /** One folder per JVM; each input overwrites its file (millions of inputs must not leave millions of files). */
    private static Path dir;

    private static synchronized Path file(String name, byte[] bytes) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("clashmap-fuzz-source");
                dir.toFile().deleteOnExit();
            }
            Path f = dir.resolve(name);
            Files.write(f, bytes);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
