package org.clashmap.extract;

/** Role of an actor in an event, as in ACLED (actor1 initiates, actor2 is the target). */
public enum ActorRole { ACTOR1, ACTOR2, ASSOCIATED }
