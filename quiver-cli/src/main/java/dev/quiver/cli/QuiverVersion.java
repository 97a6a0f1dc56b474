package dev.quiver.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar's manifest. */
final class QuiverVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = QuiverVersion.class.getPackage().getImplementationVersion();
        return new String[] {"quiver " + (version == null ? "(development build)" : version)};
    }
}
