package dev.wasmhost.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's stderr, shared by the guest and the host's messages, remembering whether the last
 * byte written ended a line: a host error after a guest's unterminated output (e.g. a panic message
 * without a newline) then starts on a line of its own.
 */
final class StderrStream extends FilterOutputStream {
    private volatile boolean midLine;

    StderrStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        midLine = b != '\n';
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (len > 0) {
            midLine = b[off + len - 1] != '\n';
        }
    }

    /** True when something was written and its last byte was not a newline. */
    boolean midLine() {
        return midLine;
    }
}
