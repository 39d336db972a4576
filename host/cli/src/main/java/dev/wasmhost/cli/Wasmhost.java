package dev.wasmhost.cli;

import dev.wasmhost.runtime.ExitCode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wasmhost} command. {@link #execute} is the whole CLI as a function, so tests drive
 * exactly what users run.
 */
@Command(
        name = "wasmhost",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Runs WebAssembly modules and components on the JVM.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the guest exited with 0 (a guest's own exit code passes through)",
            "1:internal error",
            "2:bad command-line usage",
            "65:invalid module",
            "66:input file or directory not found",
            "67:unresolved import",
            "124:timeout",
            "125:memory limit exceeded",
            "134:guest trap"
        })
public final class Wasmhost {
    /**
     * The subcommands, in help order. They are added in {@link #execute} rather than named in the
     * annotation: building picocli's model of every subcommand is a large share of a hello world's
     * start-up, so a command line naming one subcommand gets only that one.
     */
    private static final java.util.SequencedMap<String, Class<?>> SUBCOMMANDS = new java.util.LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("run", RunCommand.class);
        SUBCOMMANDS.put("compile", CompileCommand.class);
        SUBCOMMANDS.put("component", ComponentCommand.class);
        SUBCOMMANDS.put("inspect", InspectCommand.class);
        SUBCOMMANDS.put("wit", WitCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command line {@code args} with the given standard streams and returns the exit
     * status. Nothing here calls {@link System#exit}.
     */
    public static int execute(String[] args, InputStream stdin, OutputStream stdout, OutputStream rawStderr) {
        StderrStream stderr = new StderrStream(rawStderr);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Streams streams = new Streams(stdin, stdout, stderr);
        String[] line = shorthand(args);
        Factory factory = new Factory(streams);
        CommandLine cli = new CommandLine(new Wasmhost(), factory);
        boolean one = line.length > 0 && SUBCOMMANDS.containsKey(line[0]) && !line[0].equals("help");
        for (String name : one ? java.util.List.of(line[0]) : SUBCOMMANDS.sequencedKeySet()) {
            cli.addSubcommand(name, new CommandLine(SUBCOMMANDS.get(name), factory));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Everything after FILE.wasm belongs to the guest, even when it looks like an option.
        if (cli.getSubcommands().containsKey("run")) {
            cli.getSubcommands().get("run").setStopAtPositional(true);
        }
        cli.setParameterExceptionHandler(
                (ex, argv) -> {
                    err.println("error: " + firstLine(ex.getMessage()));
                    String sub = ex.getCommandLine().getCommandName();
                    err.println(
                            "Run 'wasmhost "
                                    + ("wasmhost".equals(sub) ? "--help" : "help " + sub)
                                    + "' for usage.");
                    return ExitCode.USAGE;
                });
        cli.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    err.flush();
                    if (stderr.midLine()) {
                        err.println();
                    }
                    err.println("error: internal error: " + ex + " (rerun with --debug and report it)");
                    if (java.util.Arrays.asList(args).contains("--debug")) {
                        DebugTrace.write(ex, err);
                    }
                    return ExitCode.INTERNAL;
                });
        int status = cli.execute(line);
        out.flush();
        err.flush();
        return status;
    }

    /** {@code wasmhost app.wasm ...} means {@code wasmhost run app.wasm ...}, as in wasmtime. */
    private static String[] shorthand(String[] args) {
        if (args.length > 0 && args[0].endsWith(".wasm")) {
            String[] withRun = new String[args.length + 1];
            withRun[0] = "run";
            System.arraycopy(args, 0, withRun, 1, args.length);
            return withRun;
        }
        return args;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The process's standard streams, handed to subcommands. */
    record Streams(InputStream in, OutputStream out, OutputStream err) {}

    private record Factory(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RunCommand.class) {
                return cls.cast(new RunCommand(streams));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
