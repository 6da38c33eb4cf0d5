package org.clashmap.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"ClashMap " + (v == null ? "0.1.0-dev" : v), "Java " + System.getProperty("java.version")};
    }
}
