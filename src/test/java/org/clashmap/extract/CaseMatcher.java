package org.clashmap.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Compares an extraction with one line of a case file; each method returns why it does not match, or null. */
final class CaseMatcher {
    private CaseMatcher() {}

    /** Null when some event satisfies every field of {@code spec}, else the closest reasons. */
    static String missing(JsonNode spec, Extraction x) {
        List<String> reasons = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode n : spec.path("place_any")) names.add(n.asText());
        if (names.isEmpty()) names.add(spec.path("place").asText());
        for (Event e : x.events()) {
            if (names.stream().noneMatch(n -> atPlace(e, n, x.report().text()))) continue;
            String r = differences(spec, e);
            if (r == null) return null;
            reasons.add(r);
        }
        return reasons.isEmpty() ? "no event at " + names : String.join(" | ", reasons);
    }

    static String unwanted(JsonNode spec, Extraction x) {
        for (Event e : x.events()) {
            if (!atPlace(e, spec.path("place").asText(), x.report().text())) continue;
            if (spec.has("type") && !e.type().name().equals(spec.get("type").asText())) continue;
            if (spec.has("sub_type") && (e.subType() == null || !e.subType().name().equals(spec.get("sub_type").asText()))) continue;
            if (spec.has("date_from") && e.date().isKnown()) {
                LocalDate f = LocalDate.parse(spec.get("date_from").asText());
                LocalDate t = LocalDate.parse(spec.get("date_to").asText());
                if (e.date().to().isBefore(f) || e.date().from().isAfter(t)) continue;
            }
            return "unwanted event " + brief(e);
        }
        return null;
    }

    static String missingClaim(JsonNode spec, Extraction x) {
        List<String> near = new ArrayList<>();
        for (ControlClaim c : x.claims()) {
            if (!claimAt(c, spec.path("place").asText(), x) || !c.actorId().equals(spec.path("actor").asText())
                    || c.gained() != spec.path("gained").asBoolean()) continue;
            if (spec.has("date_from")) {
                LocalDate f = LocalDate.parse(spec.get("date_from").asText());
                LocalDate t = LocalDate.parse(spec.get("date_to").asText());
                if (!c.date().isKnown() || c.date().from().isBefore(f) || c.date().to().isAfter(t)) {
                    near.add("dated " + c.date().from() + ".." + c.date().to());
                    continue;
                }
            }
            return null;
        }
        return "no claim " + spec + (near.isEmpty() ? "" : " (" + String.join(", ", near) + ")");
    }

    /** Null when no claim is at the place (by the actor, if the spec names one), else the claim found. */
    static String unwantedClaim(JsonNode spec, Extraction x) {
        for (ControlClaim c : x.claims()) {
            if (!claimAt(c, spec.path("place").asText(), x)) continue;
            if (spec.has("actor") && !c.actorId().equals(spec.get("actor").asText())) continue;
            return "unwanted claim " + c.actorId() + (c.gained() ? " gained " : " lost ") + c.place().nameAr() + " " + c.date();
        }
        return null;
    }

    private static boolean claimAt(ControlClaim c, String name, Extraction x) {
        String surface = x.report().text().substring(c.place().charStart(), c.place().charEnd());
        return surface.contains(name) || name.equals(c.place().nameAr());
    }

    static String dated(Extraction x) {
        for (Event e : x.events()) if (e.date().isKnown()) return "dated event in an undated report: " + brief(e);
        for (ControlClaim c : x.claims()) if (c.date().isKnown()) return "dated claim in an undated report: " + c;
        return null;
    }

    private static boolean atPlace(Event e, String name, String text) {
        for (EventPlace p : e.places()) {
            String surface = text.substring(p.charStart(), p.charEnd());
            if (surface.contains(name) || name.equals(p.nameAr())) return true;
        }
        return false;
    }

    private static String differences(JsonNode spec, Event e) {
        List<String> d = new ArrayList<>();
        if (spec.has("type") && !e.type().name().equals(spec.get("type").asText())) d.add("type " + e.type());
        if (spec.has("sub_type") && (e.subType() == null || !e.subType().name().equals(spec.get("sub_type").asText()))) d.add("sub-type " + e.subType());
        if (spec.path("undated").asBoolean(false) && e.date().isKnown()) d.add("dated " + e.date());
        if (spec.has("date_from")) {
            LocalDate f = LocalDate.parse(spec.get("date_from").asText());
            LocalDate t = LocalDate.parse(spec.get("date_to").asText());
            if (!e.date().isKnown() || e.date().from().isBefore(f) || e.date().to().isAfter(t)) d.add("date " + e.date().from() + ".." + e.date().to());
        }
        if (spec.has("fatalities") && !Integer.valueOf(spec.get("fatalities").asInt()).equals(e.fatalities())) d.add("fatalities " + e.fatalities());
        spec.path("side_fatalities").fields().forEachRemaining(f -> {
            Integer found = e.actors().stream().filter(a -> a.actorId().equals(f.getKey())).findFirst()
                    .map(EventActor::fatalities).orElse(null);
            if (!Integer.valueOf(f.getValue().asInt()).equals(found)) d.add(f.getKey() + " dead " + found);
        });
        for (JsonNode a : spec.path("actors")) {
            if (e.actors().stream().noneMatch(ea -> ea.actorId().equals(a.asText()))) d.add("no actor " + a.asText());
        }
        // Roles as ACLED codes them: the two sides that fought are actor 1 and actor 2 (in either order unless the
        // case says which is which), never one of them merely "associated".
        if (spec.has("actor1") && !spec.get("actor1").asText().equals(e.actor(ActorRole.ACTOR1))) d.add("actor1 " + e.actor(ActorRole.ACTOR1));
        if (spec.has("actor2") && !spec.get("actor2").asText().equals(e.actor(ActorRole.ACTOR2))) d.add("actor2 " + e.actor(ActorRole.ACTOR2));
        if (spec.path("actors").size() == 2 && e.type() == EventType.BATTLES) {
            java.util.Set<String> sides = new java.util.HashSet<>();
            sides.add(e.actor(ActorRole.ACTOR1));
            sides.add(e.actor(ActorRole.ACTOR2));
            for (JsonNode a : spec.path("actors")) if (!sides.contains(a.asText())) d.add(a.asText() + " is not actor 1 or 2");
        }
        return d.isEmpty() ? null : brief(e) + ": " + String.join(", ", d);
    }

    static String brief(Event e) {
        return e.subType() + " " + e.date().from() + ".." + e.date().to() + " dead=" + e.fatalities() + " actors="
                + e.actors().stream().map(EventActor::actorId).toList() + " places=" + e.places().stream().map(EventPlace::nameAr).toList();
    }

    static String describe(Extraction x) {
        StringBuilder sb = new StringBuilder("events found:\n");
        for (Event e : x.events()) sb.append("  ").append(brief(e)).append('\n');
        return sb.toString();
    }
}
