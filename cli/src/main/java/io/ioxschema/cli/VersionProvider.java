package io.ioxschema.cli;

import io.ioxschema.ToolVersion;
import picocli.CommandLine;

/** What {@code --version} prints. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"iox-schema " + ToolVersion.current(), "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
