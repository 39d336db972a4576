package dev.wasmhost.conformance.parity;

import java.util.Map;

/** What one host did with one program: exit status, output, and what its temp dir held afterwards. */
record HostRun(int status, String stdout, String stderr, Map<String, Workspace.Entry> files) {
    @Override
    public String toString() {
        return "status " + status + ", stdout " + Comparison.abbreviate(stdout) + ", stderr " + Comparison.abbreviate(stderr);
    }
}
