package org.clashmap.gazetteer;

import org.clashmap.gazetteer.build.GazetteerBuilder;

/** Test-only: the gazetteer depending on its own builder, which ArchitectureRulesFailTest expects to be reported. */
final class ArchFixtureNeedsBuilder {
    Class<?> builder() {
        return GazetteerBuilder.class;
    }
}
