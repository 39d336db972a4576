package dev.wasmhost.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import run.endive.runtime.TrapException;
import run.endive.runtime.WasmInterruptedException;
import run.endive.runtime.WasmRuntimeException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.UnlinkableException;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.WasmModule;

/**
 * Runs guest code on a thread of its own, with a deep stack and an optional deadline, and turns
 * whatever the engine throws into a {@link WasmhostException} a user can read: a trap with its
 * wasm backtrace, a timeout, an instantiation failure.
 */
public final class GuestExecution {
    /** Deep enough for real recursive programs; a runaway recursion still ends as a trap. */
    private static final long STACK_BYTES =
            Long.getLong("wasmhost.guestStackBytes", 64L * 1024 * 1024);

    private static final Duration GRACE = Duration.ofSeconds(2);

    private GuestExecution() {}

    /**
     * Runs {@code body} and returns its result.
     *
     * @param timeout interrupt the guest after this long, or {@code null} for no deadline
     * @param module the module being run, for function names in backtraces
     */
    public static <T> T run(Callable<T> body, Duration timeout, WasmModule module) {
        return run(body, timeout, () -> module);
    }

    /**
     * As {@link #run(Callable, Duration, WasmModule)}, with the module for backtraces found when the
     * guest fails (a component's core modules are prepared while it runs).
     */
    public static <T> T run(Callable<T> body, Duration timeout, java.util.function.Supplier<WasmModule> module) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread =
                Thread.ofPlatform()
                        .name("wasm-guest")
                        .daemon(true)
                        .stackSize(STACK_BYTES)
                        .unstarted(
                                () -> {
                                    try {
                                        result.set(body.call());
                                    } catch (Throwable t) {
                                        failure.set(t);
                                    }
                                });
        thread.start();
        boolean timedOut = !join(thread, timeout);
        if (timedOut) {
            stop(thread);
            throw new WasmhostException(
                    ExitCode.TIMEOUT,
                    "the guest ran longer than --timeout " + format(timeout)
                            + " and was stopped: raise the timeout or look for a loop in the guest");
        }
        Throwable t = failure.get();
        if (t == null) {
            return result.get();
        }
        throw translate(t, module.get());
    }

    /** Tells the guest to stop and gives it a grace period to do so. */
    private static void stop(Thread thread) {
        GuestInterrupts.interrupt(thread);
        try {
            thread.join(GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop waiting: the guest has been told to stop
        } finally {
            GuestInterrupts.finished();
        }
    }

    private static boolean join(Thread thread, Duration timeout) {
        try {
            if (timeout == null) {
                thread.join();
                return true;
            }
            return thread.join(timeout);
        } catch (InterruptedException e) {
            stop(thread);
            Thread.currentThread().interrupt();
            throw new WasmhostException(ExitCode.INTERNAL, "interrupted while waiting for the guest");
        }
    }

    /** Maps an exception thrown while instantiating or running a guest to a user-facing one. */
    public static RuntimeException translate(Throwable t, WasmModule module) {
        if (t instanceof WasmhostException w) {
            return w;
        }
        if (t instanceof WasmInterruptedException) {
            return new WasmhostException(ExitCode.TIMEOUT, "the guest was interrupted", t);
        }
        if (t instanceof UnlinkableException) {
            return new WasmhostException(
                    ExitCode.UNRESOLVED_IMPORT, "cannot link the module: " + msg(t), t);
        }
        if (t instanceof UninstantiableException) {
            return new WasmhostException(
                    ExitCode.INVALID_MODULE, "cannot instantiate the module: " + msg(t), t);
        }
        if (t instanceof StackOverflowError) {
            return trap("call stack exhausted", t, module);
        }
        if (t instanceof TrapException
                || t instanceof WasmRuntimeException
                || t instanceof WasmEngineException
                || t instanceof ArithmeticException) {
            return trap(describeTrap(msg(t)), t, module);
        }
        if (t instanceof OutOfMemoryError) {
            return new WasmhostException(
                    ExitCode.MEMORY_LIMIT,
                    "the JVM ran out of heap while running the guest: give it more"
                            + " (JAVA_OPTS=-Xmx...) or lower --max-memory",
                    t);
        }
        return new WasmhostException(
                ExitCode.INTERNAL,
                "internal error: " + t.getClass().getSimpleName() + ": " + msg(t)
                        + " (rerun with --debug for details and report it)",
                t);
    }

    private static GuestTrap trap(String what, Throwable t, WasmModule module) {
        List<String> frames = module == null ? List.of() : Backtrace.of(t, module, what);
        String where = null;
        PythonLines python = PythonLines.of(module);
        if (python != null) {
            List<Integer> indices = Backtrace.indices(t, module);
            where = PythonLines.describe(indices, python.locate(indices, what), module);
        }
        return new GuestTrap("guest trapped: " + what + (where == null ? "" : " (" + where + ")"), frames, t);
    }

    static String describeTrap(String engineMessage) {
        String m = engineMessage.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("unreachable")) {
            return "unreachable instruction executed";
        }
        if (m.contains("call stack exhausted") || m.contains("stack overflow")) {
            return "call stack exhausted";
        }
        if (m.contains("divide by zero") || m.contains("/ by zero")) {
            return "integer divide by zero";
        }
        return EndiveEngine.oneLine(engineMessage);
    }

    private static String msg(Throwable t) {
        return EndiveEngine.oneLine(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        return d.toSeconds() + "s";
    }
}
