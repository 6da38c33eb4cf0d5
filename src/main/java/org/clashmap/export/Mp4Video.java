package org.clashmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An MP4 (H.264, yuv420p: plays in PowerPoint, browsers and phones) made by the system's
 * {@code ffmpeg} from frames piped to it as PNGs. Java has no H.264 encoder of its own; without
 * ffmpeg the caller gets a one-line reason and the GIF alternative. Written to a temporary file in
 * the target's folder, moved into place when ffmpeg succeeds.
 */
public final class Mp4Video {
    private Mp4Video() {
    }

    /** Whether an {@code ffmpeg} is on the PATH. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void write(Path file, int frameMillis, int count, java.util.function.IntFunction<BufferedImage> frame) throws IOException {
        if (!available()) throw new IOException("writing MP4 needs ffmpeg, which is not installed (Debian: apt-get install ffmpeg); "
                + "write a .gif instead, which needs nothing else");
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".part.mp4");
        double fps = 1000.0 / Math.max(1, frameMillis);
        List<String> cmd = List.of("ffmpeg", "-y", "-loglevel", "error", "-f", "image2pipe", "-c:v", "png",
                "-framerate", String.format(java.util.Locale.ROOT, "%.4f", fps), "-i", "-",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-movflags", "+faststart", temp.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            try (OutputStream in = p.getOutputStream()) {
                for (int i = 0; i < count; i++) PngFiles.encode(frame.apply(i), in, PngFiles.DEFAULT_LEVEL);
            }
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0)
                throw new IOException("ffmpeg failed" + (log.isEmpty() ? "" : ": " + log.lines().reduce((a, b) -> b).orElse("")));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was encoding", e);
        } finally {
            p.destroy();
            Files.deleteIfExists(temp);
        }
    }
}
