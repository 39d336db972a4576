package dev.wasmhost.capability.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a WASI guest may see, for preview 1 ({@code WasiP1}) and 0.2 ({@code WasiP2}) alike. Safe
 * defaults: no arguments, no environment, no preopened directories, stdin empty, stdout and stderr
 * discarded. Nothing of the host leaks unless it is given here.
 *
 * <pre>{@code
 * WasiConfig config = WasiConfig.builder()
 *         .args(List.of("app.wasm", "--verbose"))
 *         .env(Map.of("LANG", "C"))
 *         .preopen(Path.of("/srv/data"), "/data")
 *         .stdout(System.out)
 *         .build();
 * }</pre>
 */
public final class WasiConfig {
    private final List<String> args;
    private final Map<String, String> env;
    private final List<Map.Entry<Path, String>> preopens;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;

    private WasiConfig(Builder b) {
        this.args = List.copyOf(b.args);
        this.env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.preopens = List.copyOf(b.preopens);
        this.stdin = b.stdin;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The guest's argv, exactly (argv[0] included when the caller adds it). */
    public List<String> args() {
        return args;
    }

    /** The guest's environment, exactly, in insertion order. */
    public Map<String, String> env() {
        return env;
    }

    /** Host directory to guest name, in the order the guest sees them (fd 3, 4, ...). */
    public List<Map.Entry<Path, String>> preopens() {
        return preopens;
    }

    public InputStream stdin() {
        return stdin;
    }

    public OutputStream stdout() {
        return stdout;
    }

    public OutputStream stderr() {
        return stderr;
    }

    /** Builds a {@link WasiConfig}; every setter replaces the previous value except {@link #preopen}. */
    public static final class Builder {
        private List<String> args = List.of();
        private Map<String, String> env = Map.of();
        private final List<Map.Entry<Path, String>> preopens = new ArrayList<>();
        private InputStream stdin = InputStream.nullInputStream();
        private OutputStream stdout = OutputStream.nullOutputStream();
        private OutputStream stderr = OutputStream.nullOutputStream();

        private Builder() {}

        public Builder args(List<String> args) {
            this.args = new ArrayList<>(Objects.requireNonNull(args, "args"));
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = new LinkedHashMap<>(Objects.requireNonNull(env, "env"));
            return this;
        }

        /** Grants the guest the host directory {@code host} under the name {@code guestName}. */
        public Builder preopen(Path host, String guestName) {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(guestName, "guestName");
            preopens.add(Map.entry(host, guestName));
            return this;
        }

        public Builder stdin(InputStream stdin) {
            this.stdin = Objects.requireNonNull(stdin, "stdin");
            return this;
        }

        public Builder stdout(OutputStream stdout) {
            this.stdout = Objects.requireNonNull(stdout, "stdout");
            return this;
        }

        public Builder stderr(OutputStream stderr) {
            this.stderr = Objects.requireNonNull(stderr, "stderr");
            return this;
        }

        public WasiConfig build() {
            for (String name : env.keySet()) {
                if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException(
                            "invalid environment variable name '" + name + "': use a non-empty name without '=' or NUL");
                }
            }
            return new WasiConfig(this);
        }
    }
}
