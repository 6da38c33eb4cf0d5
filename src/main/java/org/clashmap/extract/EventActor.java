package org.clashmap.extract;

/**
 * An actor taking part in an event.
 *
 * @param actorId    canonical id from the actor lexicon (e.g. "regime", "isis")
 * @param fatalities dead on this side when the text says so, else null
 */
public record EventActor(String actorId, ActorRole role, Integer fatalities) {}
