package org.clashmap.text.archfixture;

import java.sql.Connection;
import javafx.scene.paint.Color;

/** Test-only: a pipeline class that imports JavaFX and java.sql, which ArchitectureRulesFailTest expects to be reported. */
public final class ImportsJavaFxAndSql {
    public Color colour() {
        return Color.RED;
    }

    public boolean open(Connection c) throws java.sql.SQLException {
        return !c.isClosed();
    }
}
