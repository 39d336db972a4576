package dev.wasmhost.cli;

import dev.wasmhost.runtime.GuestTrap;
import dev.wasmhost.runtime.WasmhostException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand: turns a {@link WasmhostException} into its one-line message and exit status, with
 * the Java stack trace only under {@code --debug}.
 */
abstract class CliCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--debug", description = "Show Java stack traces of host errors.")
    boolean debug;

    /** Does the work; failures a user can cause are thrown as {@link WasmhostException}. */
    abstract int execute();

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute();
        } catch (WasmhostException e) {
            err.flush();
            if (stderr() instanceof StderrStream s && s.midLine()) {
                err.println();
            }
            err.println("error: " + e.getMessage());
            if (e instanceof GuestTrap trap) {
                for (String frame : trap.backtrace()) {
                    err.println("    " + frame);
                }
            }
            if (debug) {
                DebugTrace.write(e, err);
            }
            err.flush();
            return e.exitCode();
        }
    }

    /** The raw stderr the guest writes to, when the subcommand has one. */
    java.io.OutputStream stderr() {
        return null;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
