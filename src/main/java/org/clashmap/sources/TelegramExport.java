package org.clashmap.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.extract.Report;
import org.clashmap.extract.TimePrecision;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A Telegram Desktop channel export ("Export chat history", JSON: {@code result.json}), read as a
 * stream: one message is in memory at a time, so an export of 50,000 messages takes no more memory
 * than one of fifty. Each message with text is a report: its text ({@code text} is a string, or an
 * array of strings and entity objects such as links, bold and hashtags, joined), its exact time
 * ({@code date_unixtime}; older exports only have {@code date}, in the exporting computer's time zone;
 * the report's day is Syria's, see {@link #ZONE}),
 * the channel as its outlet (a forward's outlet is the channel it was forwarded from), and a link
 * back: {@code https://t.me/USERNAME/ID} when the export names the channel's username, else
 * {@code https://t.me/c/CHANNEL/ID}, which opens the message for the channel's members. Service
 * messages and messages without text (a photo alone, a poll) are skipped. A message edited by its
 * channel keeps its link and carries its edit time, so a later export updates the stored report ({@link SourceItem#editedAt}).
 *
 * <p>A broken export (cut short, not JSON) yields the messages before the break, then one item
 * whose problem names the file and the place.
 */
public final class TelegramExport implements Iterator<SourceItem>, Closeable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final Path file;
    private final JsonParser parser;
    private String channel = "";
    private String channelId = "";
    private String username = "";
    private int read;
    private SourceItem next;
    private boolean done;

    public TelegramExport(Path file) throws SourceException {
        this.file = file;
        try {
            parser = FACTORY.createParser(Files.newInputStream(file));
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new SourceException(file, "is not a Telegram export (expected a JSON object with \"messages\")");
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read as a Telegram export: " + e.getMessage());
        }
    }

    /** How many messages the export holds (a quick pass that skips their content), for progress; -1 when it is unreadable. */
    public static int count(Path file) {
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) return -1;
            int n = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                JsonToken t = p.nextToken();
                if (name.equals("messages") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        n++;
                    }
                    return n;
                }
                p.skipChildren();
            }
            return n;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceItem out = next;
        next = null;
        return out;
    }

    private boolean inMessages;

    private SourceItem advance() {
        try {
            while (true) {
                if (inMessages) {
                    JsonToken t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY) {
                        inMessages = false;
                        continue;
                    }
                    if (t != JsonToken.START_OBJECT) throw new SourceException(file, "the \"messages\" list holds something that is not a message, at "
                            + where());
                    JsonNode m = MAPPER.readTree(parser);
                    read++;
                    SourceItem item = message(m);
                    if (item != null) return item;
                    continue;
                }
                JsonToken t = parser.nextToken();
                if (t == null || t == JsonToken.END_OBJECT) {
                    done = true;
                    if (read == 0 && !sawMessages) return SourceItem.problem(file + ": is not a Telegram export (it has no \"messages\" list)");
                    return null;
                }
                String name = parser.getCurrentName();
                JsonToken v = parser.nextToken();
                switch (name) {
                    case "name" -> channel = parser.getValueAsString("");
                    case "id" -> channelId = parser.getValueAsString("");
                    case "username" -> username = parser.getValueAsString("");
                    case "messages" -> {
                        if (v != JsonToken.START_ARRAY) throw new SourceException(file, "\"messages\" is not a list");
                        inMessages = true;
                        sawMessages = true;
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            done = true;
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            boolean cut = e.getMessage() != null && e.getMessage().contains("end-of-input");
            return SourceItem.problem(file + ": " + (cut ? "the export is cut short" : "is not valid JSON") + at + "; the " + read
                    + " messages before it were read" + (cut ? " (export the channel again to get the rest)" : "")
                    + (cut ? "" : ": " + e.getOriginalMessage()));
        } catch (SourceException e) {
            done = true;
            return SourceItem.problem(e.getMessage());
        } catch (IOException e) {
            done = true;
            return SourceItem.problem(file + ": cannot be read after " + read + " messages: " + e.getMessage());
        }
    }

    private boolean sawMessages;

    private String where() {
        return "line " + parser.getCurrentLocation().getLineNr();
    }

    /** The report of one message, or null when it is no report (service message, no text, no date). */
    private SourceItem message(JsonNode m) {
        if (!"message".equals(m.path("type").asText("message"))) return null;
        String text = text(m.get("text")).strip();
        if (text.isEmpty()) return null;
        String id = m.path("id").asText("");
        OffsetDateTime at = time(m, "date_unixtime", "date");
        String outlet = m.hasNonNull("forwarded_from") ? m.get("forwarded_from").asText() : !channel.isBlank() ? channel : m.path("from").asText("");
        String link = !username.isBlank() ? "https://t.me/" + username.replaceFirst("^@", "") + "/" + id
                : !channelId.isBlank() ? "https://t.me/c/" + channelId.replaceFirst("^-100", "") + "/" + id : null;
        String source = (channel.isBlank() ? file.getFileName().toString() : channel) + " #" + id;
        Report r = new Report(text, at == null ? null : at.toLocalDate(), at == null ? TimePrecision.UNKNOWN : TimePrecision.DAY,
                source, outlet, link, at);
        OffsetDateTime edited = link == null ? null : time(m, "edited_unixtime", "edited");
        return SourceItem.keyed(r, edited);
    }

    /** {@code text}: a string, or an array of strings and objects with a {@code text} (links, bold, mentions…), joined. */
    static String text(JsonNode t) {
        if (t == null || t.isNull()) return "";
        if (t.isTextual()) return t.asText();
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : t) {
                if (part.isTextual()) sb.append(part.asText());
                else if (part.isObject()) sb.append(part.path("text").asText(""));
            }
            return sb.toString();
        }
        return "";
    }

    /**
     * Publication days are Syria's days ({@code Asia/Damascus}): the day a channel's "today" and
     * "yesterday" refer to, whatever the time zone of the analyst's computer.
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Damascus");

    /** A moment of the message ({@code unix}: seconds since 1970; {@code local}: the exporting computer's time), at Syria's offset. */
    private static OffsetDateTime time(JsonNode m, String unix, String local) {
        if (m.hasNonNull(unix)) {
            try {
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.get(unix).asText())), ZONE);
            } catch (NumberFormatException e) {
                // fall back on "date"
            }
        }
        try {
            return m.hasNonNull(local) ? LocalDateTime.parse(m.get(local).asText()).atZone(ZoneId.systemDefault())
                    .withZoneSameInstant(ZONE).toOffsetDateTime() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
