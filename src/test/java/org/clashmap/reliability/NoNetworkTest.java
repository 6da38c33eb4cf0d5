package org.clashmap.reliability;

import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ClashMap never reaches out to the network unless asked. Two checks, because each alone has a gap:
 * <ol>
 *   <li>static: no class of ours refers to a socket, URL connection or HTTP client (their names
 *       would be in the class file's constant pool). Catches code paths no test runs. One exception,
 *       asked for by the user: the store's Unix-socket factory, which reaches the PostgreSQL server
 *       named with {@code --db postgresql://...} (decision 027) and nothing else.</li>
 *   <li>dynamic: the pipeline and the offline tile renderer run with a ProxySelector that records
 *       every request. The JDK asks the default ProxySelector before every java.net.Socket connect,
 *       HttpURLConnection and HttpClient request, so a library opening a connection on our behalf
 *       is seen even when it swallows the failure. (NIO SocketChannels bypass it: the static check
 *       covers our code there.) DNS is cut too, with jdk.net.hosts.file for child JVMs.</li>
 * </ol>
 */
class NoNetworkTest {
    private static final List<String> FORBIDDEN = List.of("java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
            "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/http/", "java/nio/channels/SocketChannel",
            "java/nio/channels/DatagramChannel", "javax/net/", "openConnection", "openStream");

    /** Classes that open a connection only to a server the user named (a PostgreSQL --db address). */
    private static final List<String> ASKED_FOR = List.of("store/UnixSocketFactory");

    @TempDir
    Path tmp;

    @Test
    void noClassOfOursRefersToTheNetwork() throws IOException {
        Path classes = Path.of(System.getProperty("clashmap.repo", ".")).resolve("target/classes/org/clashmap");
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                scanned++;
                String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (ASKED_FOR.stream().anyMatch(a -> classes.relativize(f).toString().startsWith(a))) continue;
                for (String name : FORBIDDEN) if (pool.contains(name)) found.add(classes.relativize(f) + " -> " + name);
            }
        }
        assertTrue(scanned > 100, "only " + scanned + " classes found under " + classes);
        assertEquals(List.of(), found, "network API referenced by our classes");
        System.out.println("no-network: " + scanned + " classes scanned, 0 network API references");
    }

    @Test
    void thePipelineAndTheTileRendererOpenNoConnection() {
        List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector old = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            // The detector itself: a plain socket connect must be seen (port 9 on loopback is closed).
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
            } catch (IOException expected) {
                // refused: only the ProxySelector call matters
            }
            assertEquals(1, attempts.size(), "the recording ProxySelector did not see a socket connect");
            attempts.clear();
            String db = tmp.resolve("net.db").toString();
            String seed = Seeds.files().get(0).toString();
            List<String[]> commands = List.of(
                    new String[]{"ingest", "--db", db, "--seeds"},
                    new String[]{"ingest", "--db", db, Seeds.dir().toString()},
                    new String[]{"extract", seed},
                    new String[]{"import", "--db", db, "--format", "ucdp", HostileInputsTest.excerpt().toString()},
                    new String[]{"export", "--db", db, "--format", "geojson", "--out", tmp.resolve("e.geojson").toString()},
                    new String[]{"export", "--db", db, "--format", "gpkg", "--out", tmp.resolve("e.gpkg").toString()},
                    new String[]{"render", "--db", db, "--out", tmp.resolve("map.png").toString(), "--width", "640", "--height", "400"},
                    new String[]{"basemap", "render", "--out", tmp.resolve("tiles.png").toString(), "--size", "2"},
                    new String[]{"doctor", "--db", db});
            for (String[] c : commands) {
                Cli.Run r = Cli.run(c);
                assertEquals(0, r.exit(), String.join(" ", c) + ": " + r.err());
            }
            assertEquals(List.of(), attempts, "connections attempted");
            System.out.println("no-network: " + commands.size() + " commands run (ingest, extract, import, export, render, basemap render, doctor), 0 connection attempts");
        } finally {
            ProxySelector.setDefault(old);
        }
    }

    @Test
    void theMapWindowGetsItsTilesFromTheOfflineRenderer() throws IOException {
        // Gluon Maps falls back to downloading OpenStreetMap tiles unless a TileRetriever service is registered.
        try (var in = NoNetworkTest.class.getResourceAsStream("/META-INF/services/com.gluonhq.maps.tile.TileRetriever")) {
            assertTrue(in != null, "no TileRetriever service registered");
            assertEquals("org.clashmap.ui.map.OfflineTileRetriever", new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
