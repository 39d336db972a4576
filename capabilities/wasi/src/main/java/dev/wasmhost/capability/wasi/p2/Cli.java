package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasi.cli.environment.EnvironmentHost;
import dev.wasmhost.wit.wasi.cli.exit.ExitHost;
import dev.wasmhost.wit.wasi.cli.stderr.StderrHost;
import dev.wasmhost.wit.wasi.cli.stdin.StdinHost;
import dev.wasmhost.wit.wasi.cli.stdout.StdoutHost;
import dev.wasmhost.wit.wasi.cli.terminal_input.TerminalInput;
import dev.wasmhost.wit.wasi.cli.terminal_output.TerminalOutput;
import dev.wasmhost.wit.wasi.cli.terminal_stderr.TerminalStderrHost;
import dev.wasmhost.wit.wasi.cli.terminal_stdin.TerminalStdinHost;
import dev.wasmhost.wit.wasi.cli.terminal_stdout.TerminalStdoutHost;
import dev.wasmhost.wit.wasi.io.streams.InputStream;
import dev.wasmhost.wit.wasi.io.streams.OutputStream;
import java.util.List;
import java.util.Optional;

/** wasi:cli: environment, exit, stdin/stdout/stderr and the terminal interfaces (no terminals). */
final class Cli implements EnvironmentHost, ExitHost, StdinHost, StdoutHost, StderrHost,
        TerminalStdinHost, TerminalStdoutHost, TerminalStderrHost {
    private final WasiConfig config;
    /** Each get-stdin hands out a new handle to the one stream over the configured Java stream. */
    private final InputSource stdin;

    Cli(WasiConfig config) {
        this.config = config;
        this.stdin = InputSource.of(config.stdin());
    }

    @Override
    public List<Tuple.Of2<String, String>> getEnvironment() {
        return config.env().entrySet().stream().map(e -> new Tuple.Of2<>(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<String> getArguments() {
        return config.args();
    }

    /** The guest has no working directory: relative paths mean nothing outside a preopen. */
    @Override
    public Optional<String> initialCwd() {
        return Optional.empty();
    }

    @Override
    public void exit(Result<Void, Void> status) {
        throw new WasiExit(status.isOk() ? 0 : 1);
    }

    @Override
    public InputStream getStdin() {
        return stdin;
    }

    @Override
    public OutputStream getStdout() {
        return OutputSink.of(config.stdout());
    }

    @Override
    public OutputStream getStderr() {
        return OutputSink.of(config.stderr());
    }

    @Override
    public Optional<TerminalInput> getTerminalStdin() {
        return Optional.empty();
    }

    @Override
    public Optional<TerminalOutput> getTerminalStdout() {
        return Optional.empty();
    }

    @Override
    public Optional<TerminalOutput> getTerminalStderr() {
        return Optional.empty();
    }
}
