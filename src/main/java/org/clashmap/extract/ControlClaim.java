package org.clashmap.extract;

/**
 * A statement that an actor took or lost a place at some time ("سيطر على", "انسحب من").
 *
 * @param gained true when the actor took control, false when it withdrew
 */
public record ControlClaim(EventPlace place, String actorId, boolean gained, DateRange date,
                           String sentence, int charStart, int charEnd) {}
