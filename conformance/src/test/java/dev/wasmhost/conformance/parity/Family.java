package dev.wasmhost.conformance.parity;

/** The four kinds of conformance program, each a section of PARITY.md. */
enum Family {
    PREVIEW1_MODULES("Preview 1 modules", false,
            "The WASI preview 1 corpus (conformance/wasi-p1/bin, C, Rust and AssemblyScript) with each expectation"
                    + " file's args, env, dirs and stdin, and the CLI's test guests (host/cli/src/test/resources/wasm)"
                    + " with argument sets that reach each exit status. Node runs them on `node:wasi`. The two hosts'"
                    + " runs are compared with each other; wasmhost's run is also held to the expectation file by"
                    + " `WasiP1CorpusTest`."),
    WRAPPED_COMPONENTS("Preview 1 programs as components", true,
            "The same corpus programs wrapped as components with jco's preview 1 command adapter"
                    + " (conformance/components/wasm/p1, `wrap-p1.mjs`). Node runs them through `jco transpile` on"
                    + " preview2-shim. Each host is held to the program's expectation file, with the adapter's one"
                    + " rule that a failing exit status becomes 1; and the hosts to each other."),
    JS_INVOCATIONS("JavaScript components' invocations", true,
            "The six `jco componentize` components (conformance/components/src/js-*) and their `--invoke` calls"
                    + " (invocations/NAME.calls); the reference is what the Node harness answered when the calls were"
                    + " recorded (invocations/NAME.json, `record-invocations.mjs`). Under Node each component's calls run in"
                    + " one process (the harness's `--batch`), each on a fresh instance."),
    GUEST_PROGRAMS("Guest compiler programs", true,
            "Every accepted guest-language program (conformance/guest/programs) compiled by `GuestCompiler` to a"
                    + " component; the reference is its preview 1 build run by wasmhost (stdout, stderr, and the exit"
                    + " status with a failing one becoming 1).");

    final String title;
    /** Whether each host is held to a reference besides the other host. */
    final boolean hasReference;
    final String description;

    Family(String title, boolean hasReference, String description) {
        this.title = title;
        this.hasReference = hasReference;
        this.description = description;
    }
}
