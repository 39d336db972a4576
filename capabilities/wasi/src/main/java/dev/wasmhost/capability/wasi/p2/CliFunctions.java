package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.List;

/** wasi:cli: environment, exit, stdin/stdout/stderr and the terminal interfaces (no terminals). */
final class CliFunctions {
    private CliFunctions() {}

    static void register(Host host, Registry r) {
        WasiP2Config config = host.config;
        r.add("wasi:cli/environment", "get-environment", a -> {
            List<Value> pairs = new ArrayList<>();
            config.env().forEach((k, v) -> pairs.add(Values.tuple(Values.string(k), Values.string(v))));
            return new Value.ListValue(pairs);
        });
        r.add("wasi:cli/environment", "get-arguments",
                a -> new Value.ListValue(config.args().stream().map(Values::string).toList()));
        // The guest has no working directory: relative paths mean nothing outside a preopen.
        r.add("wasi:cli/environment", "initial-cwd", a -> Values.none());

        r.addVoid("wasi:cli/exit", "exit", a -> {
            boolean ok = a.get(0) instanceof Value.ResultValue res && res.ok();
            throw new WasiExit(ok ? 0 : 1);
        });

        // Each call hands out a new stream over the same configured Java stream.
        InputSource stdin = InputSource.of(config.stdin());
        r.add("wasi:cli/stdin", "get-stdin", a -> host.own(host.inputStream, stdin));
        r.add("wasi:cli/stdout", "get-stdout", a -> host.own(host.outputStream, OutputSink.of(config.stdout())));
        r.add("wasi:cli/stderr", "get-stderr", a -> host.own(host.outputStream, OutputSink.of(config.stderr())));

        r.add("wasi:cli/terminal-stdin", "get-terminal-stdin", a -> Values.none());
        r.add("wasi:cli/terminal-stdout", "get-terminal-stdout", a -> Values.none());
        r.add("wasi:cli/terminal-stderr", "get-terminal-stderr", a -> Values.none());
    }
}
