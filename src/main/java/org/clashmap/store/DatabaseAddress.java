package org.clashmap.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a database is: a SQLite file (any {@code --db} value that is not a PostgreSQL address), or a
 * PostgreSQL database given as {@code postgresql://HOST[:PORT]/DB?user=NAME} or, through a Unix socket,
 * {@code postgresql:///DB?host=/SOCKET/DIR&user=NAME} (libpq's forms; {@code postgres://} too). A password
 * is never part of an address: it comes from {@code PGPASSWORD} or {@code ~/.pgpass}, so it is never on a
 * command line, in a window title or in a message.
 */
public final class DatabaseAddress {
    private final Path file;
    private final String host;
    private final int port;
    private final String socketDir;
    private final String database;
    private final String user;

    private DatabaseAddress(Path file, String host, int port, String socketDir, String database, String user) {
        this.file = file;
        this.host = host;
        this.port = port;
        this.socketDir = socketDir;
        this.database = database;
        this.user = user;
    }

    public static DatabaseAddress sqlite(Path file) {
        return new DatabaseAddress(file, null, 0, null, null, null);
    }

    public static boolean isPostgresql(String spec) {
        return spec.startsWith("postgresql://") || spec.startsWith("postgres://");
    }

    /**
     * Reads a {@code --db} value. A PostgreSQL address that carries a password, or lacks a database
     * name, is refused with the reason (IllegalArgumentException).
     */
    public static DatabaseAddress parse(String spec) {
        if (!isPostgresql(spec)) return sqlite(Path.of(spec));
        String rest = spec.substring(spec.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String db = slash < 0 ? "" : decode(rest.substring(slash + 1));
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            params.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : decode(kv.substring(eq + 1)));
        }
        String user = params.remove("user");
        if (authority.contains("@")) {
            String userInfo = authority.substring(0, authority.lastIndexOf('@'));
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            if (userInfo.contains(":")) throw new IllegalArgumentException(redacted(spec) + ": a password does not belong in the address; "
                    + "set PGPASSWORD or put it in ~/.pgpass");
            user = decode(userInfo);
        }
        if (params.containsKey("password")) throw new IllegalArgumentException(redacted(spec)
                + ": a password does not belong in the address; set PGPASSWORD or put it in ~/.pgpass");
        String host = decode(authority);
        int port = 5432;
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.startsWith("/")) {
            try {
                port = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(spec + ": the port '" + host.substring(colon + 1) + "' is not a number");
            }
            host = host.substring(0, colon);
        }
        if (params.containsKey("port")) port = Integer.parseInt(params.remove("port"));
        String socketDir = null;
        String hostParam = params.remove("host");
        if (hostParam != null) host = hostParam;
        if (host.startsWith("/")) {
            socketDir = host;
            host = "localhost";
        } else if (host.isEmpty()) {
            // libpq's default: the server's socket in /var/run/postgresql (Debian's place for it).
            socketDir = "/var/run/postgresql";
            host = "localhost";
        }
        if (db.isEmpty()) throw new IllegalArgumentException(spec + ": no database name (postgresql://HOST[:PORT]/DB?user=NAME)");
        if (!params.isEmpty()) throw new IllegalArgumentException(spec + ": unknown parameter(s) " + params.keySet()
                + " (user, host and port are understood)");
        if (user == null || user.isEmpty()) user = System.getProperty("user.name");
        return new DatabaseAddress(null, host, port, socketDir, db, user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address as typed with any password taken out, for the message refusing it. */
    private static String redacted(String spec) {
        return spec.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@").replaceAll("password=[^&]*", "password=***");
    }

    public boolean isPostgresql() {
        return file == null;
    }

    /** The SQLite file, or null for a PostgreSQL database. */
    public Path file() {
        return file;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** The folder of the server's Unix socket, or null for TCP. */
    String socketDir() {
        return socketDir;
    }

    String database() {
        return database;
    }

    String user() {
        return user;
    }

    /** The address in the form it can be typed again (never with a password). */
    @Override
    public String toString() {
        if (file != null) return file.toString();
        if (socketDir != null) return "postgresql:///" + database + "?host=" + socketDir + (port != 5432 ? "&port=" + port : "") + "&user=" + user;
        return "postgresql://" + host + (port != 5432 ? ":" + port : "") + "/" + database + "?user=" + user;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseAddress a && toString().equals(a.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
