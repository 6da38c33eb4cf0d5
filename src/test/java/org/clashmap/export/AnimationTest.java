package org.clashmap.export;

import org.clashmap.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** render --animate: one looping GIF, a frame per step of the window, each shown the same time (issue 20). */
class AnimationTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CommandLines.all();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** --frames is honoured with --animate, also 1 (it once made the default 24); left out, the default 24 frames. */
    @Test
    void animateMakesTheFramesAskedForOrTheDefault() throws Exception {
        Path one = tmp.resolve("one.gif"), dflt = tmp.resolve("default.gif");
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--animate", "--frames", "1",
                "--from", "2018-04-01", "--to", "2018-06-10", "--width", "400", "--height", "320", "--out", one.toString()), err.toString());
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--animate",
                "--from", "2018-04-01", "--to", "2018-06-10", "--width", "400", "--height", "320", "--out", dflt.toString()), err.toString());
        for (Object[] c : new Object[][]{{one, 1}, {dflt, MapAnimation.DEFAULT_FRAMES}}) {
            try (ImageInputStream in = ImageIO.createImageInputStream(((Path) c[0]).toFile())) {
                ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
                r.setInput(in);
                assertEquals((int) c[1], r.getNumImages(true), c[0].toString());
            }
        }
    }

    @Test
    void aGifHasAFramePerStepLoopsAndShowsEachFrameTheSameTime() throws Exception {
        Path out = tmp.resolve("war.gif");
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--animate", "--frames", "5", "--frame-ms", "400",
                "--from", "2018-04-01", "--to", "2018-06-10", "--width", "640", "--height", "400", "--lang", "en", "--out", out.toString()), err.toString());
        List<BufferedImage> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(5, r.getNumImages(true), "one frame per step");
            for (int i = 0; i < 5; i++) {
                IIOMetadata m = r.getImageMetadata(i);
                IIOMetadataNode root = (IIOMetadataNode) m.getAsTree(m.getNativeMetadataFormatName());
                assertEquals("40", attribute(root, "GraphicControlExtension", "delayTime"), "400 ms = 40 hundredths");
                if (i == 0) {
                    IIOMetadataNode app = (IIOMetadataNode) find(root, "ApplicationExtension");
                    assertEquals("NETSCAPE", app.getAttribute("applicationID"));
                    assertArrayEquals(new byte[]{1, 0, 0}, (byte[]) app.getUserObject(), "loop for ever");
                }
                BufferedImage f = r.read(i);
                assertEquals(640, f.getWidth());
                assertEquals(400, f.getHeight());
                frames.add(f);
            }
        }
        // the window moves: the title band (its dates) differs from frame to frame
        assertNotEquals(rowHash(frames.get(0), 20), rowHash(frames.get(4), 20));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("war.gif"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void mp4WithoutFfmpegIsRefusedWithTheGifAlternative() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Mp4Video.available(), "ffmpeg is installed: the refusal without it cannot be checked here");
        assertEquals(2, run("render", "--db", ExportFixtures.database().toString(), "--animate", "--out", tmp.resolve("a.mp4").toString()));
        assertTrue(err.toString().contains("ffmpeg") && err.toString().contains(".gif"), err.toString());
        assertEquals(2, run("render", "--db", ExportFixtures.database().toString(), "--animate", "--width", "7680",
                "--out", tmp.resolve("a.gif").toString()));
        assertTrue(err.toString().contains("3840x2160"), err.toString());
    }

    /** With Debian's ffmpeg: an H.264 MP4 of a frame per step, at the size asked, that ffprobe decodes frame by frame. */
    @Test
    void anMp4HasAFramePerStepThatFfprobeDecodes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Mp4Video.available() && onPath("ffprobe"),
                "ffmpeg/ffprobe not installed (.ci/run installs Debian's ffmpeg): MP4 export not checked");
        Path out = tmp.resolve("war.mp4");
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--animate", "--frames", "7", "--frame-ms", "250", "--cumulative",
                "--from", "2018-04-01", "--to", "2018-06-10", "--width", "641", "--height", "401", "--lang", "ar", "--out", out.toString()), err.toString());
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames,avg_frame_rate", "-of", "default=noprint_wrappers=1", out.toString())
                .redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), info);
        assertTrue(info.contains("codec_name=h264"), info);
        assertTrue(info.contains("nb_read_frames=7"), "one frame per step: " + info);
        assertTrue(info.contains("width=642") && info.contains("height=402"), "odd sizes padded to even for yuv420p: " + info);
        assertTrue(info.contains("avg_frame_rate=4/1"), "250 ms a frame: " + info);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("war.mp4"), s.map(f -> f.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    /**
     * The frames are drawn ahead on worker threads with the basemap drawn once (decision 036): each frame of the
     * GIF is the frame drawn alone, one by one with a plain renderer, in its place - nearer to it than to any
     * other frame - and progress is told frame by frame in order.
     */
    @Test
    void framesDrawnAheadAreTheFramesDrawnAloneInTheirOrder() throws Exception {
        org.clashmap.geo.index.IncidentSet set = org.clashmap.geo.index.IncidentSet.of(ExportFixtures.events());
        var windows = MapAnimation.windows(java.time.LocalDate.of(2018, 4, 1), java.time.LocalDate.of(2018, 6, 10), 6);
        var settings = new MapAnimation.Settings(null, 512, 320, org.clashmap.geo.Language.EN, null, windows, false, 200,
                MapImageRequest.Style.CLUSTERED, MapOverlays.Spec.NONE);
        var data = new MapAnimation.Data(set, java.util.Set.of(), java.util.Map.of(), null, List.of());
        Path out = tmp.resolve("ahead.gif");
        List<Integer> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        MapAnimation.write(ExportFixtures.renderer(), settings, data, out, progress::add);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), progress);
        List<BufferedImage> gif = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            for (int i = 0; i < r.getNumImages(true); i++) gif.add(r.read(i));
        }
        assertEquals(6, gif.size());
        List<BufferedImage> alone = new ArrayList<>();
        MapImageRenderer plain = MapImageRenderer.fromClasspath();
        for (int k = 0; k < 6; k++) alone.add(MapAnimation.frame(plain, settings, data, k));
        for (int k = 0; k < 6; k++) {
            long own = mismatches(gif.get(k), alone.get(k));
            assertTrue(own < 512 * 320 / 50, "frame " + k + " is its frame drawn alone but for the palette: " + own + " pixels differ");
            for (int j = 0; j < 6; j++) {
                if (j != k) assertTrue(mismatches(gif.get(k), alone.get(j)) > own, "frame " + k + " is nearer to its own than to frame " + j);
            }
        }
    }

    /** Pixels whose colours differ by more than a 5-bit palette's rounding in some channel. */
    private static long mismatches(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 255) - ((q >> shift) & 255)) > 24) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }

    private static int rowHash(BufferedImage img, int y) {
        int h = 0;
        for (int x = 0; x < img.getWidth(); x++) h = 31 * h + img.getRGB(x, y);
        return h;
    }

    private static String attribute(IIOMetadataNode root, String node, String attr) {
        return ((IIOMetadataNode) find(root, node)).getAttribute(attr);
    }

    private static Node find(Node n, String name) {
        if (n.getNodeName().equals(name)) return n;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) return f;
        }
        return null;
    }
}
