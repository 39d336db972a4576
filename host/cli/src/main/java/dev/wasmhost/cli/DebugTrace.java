package dev.wasmhost.cli;

import java.io.PrintWriter;

/** The Java stack trace of a host error, written only under {@code --debug}. */
final class DebugTrace {
    private DebugTrace() {}

    static void write(Throwable t, PrintWriter err) {
        String prefix = "";
        for (Throwable c = t; c != null; c = c.getCause()) {
            err.println(prefix + c);
            for (StackTraceElement frame : c.getStackTrace()) {
                err.println("\tat " + frame);
            }
            prefix = "Caused by: ";
            if (c.getCause() == c) {
                break;
            }
        }
        err.flush();
    }
}
