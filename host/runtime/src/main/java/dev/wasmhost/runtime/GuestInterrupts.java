package dev.wasmhost.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * How a running guest is stopped. Compiled guest code checks for interruption on every loop
 * back-edge; asking {@code Thread.isInterrupted()} there is a call that C2 may leave out of line
 * in a large function, so the rewritten code ({@link InlineHelpers}) first reads {@link #pending},
 * a count of interrupt requests not yet finished, and only asks the thread while it is not zero.
 *
 * <p>To stop a guest thread, call {@link #interrupt(Thread)}, not {@link Thread#interrupt()}: a
 * plain interrupt is still seen by host calls that block, but a guest spinning in compiled code
 * would not notice it.
 */
public final class GuestInterrupts {
    /** Interrupt requests whose guest has not finished yet; read by generated code. */
    public static volatile int pending;

    private static final VarHandle PENDING;

    static {
        try {
            PENDING = MethodHandles.lookup().findStaticVarHandle(GuestInterrupts.class, "pending", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private GuestInterrupts() {}

    /**
     * Interrupts a thread running guest code. Call {@link #finished()} once for each call of this
     * method when that guest has stopped (or was given up on), so that compiled code goes back to
     * its fast check.
     */
    public static void interrupt(Thread guest) {
        PENDING.getAndAdd(1);
        guest.interrupt();
    }

    /** One interrupted guest has stopped. */
    public static void finished() {
        PENDING.getAndAdd(-1);
    }
}
