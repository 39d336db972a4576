package dev.wasmhost.runtime;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The targets of one rewritten {@code call_indirect_N} ({@link IndirectCalls}): for each
 * function of the module that the call may reach (its type matches), an object implementing the
 * generated one-method interface of that type, which calls the function's static method. The
 * rewritten call loads the object by function index and makes one {@code invokeinterface},
 * which HotSpot compiles to one indirect jump (an itable stub) however many functions the table
 * holds, instead of a binary search over them in a method too large to inline.
 *
 * <p>The objects are made on demand, by {@link LambdaMetafactory}, once a function has been
 * reached {@link #THRESHOLD} times through the slower path (Endive's original code, which
 * keeps doing every call until then): functions called indirectly only a few times cost no
 * class. One instance per compiled module and type, made by the {@code ldc} of a dynamic
 * constant in the rewritten method ({@link #bootstrap}); stateless objects, shared by every
 * instance of the module (the memory and instance are arguments of the call).
 *
 * <p>Public for the generated classes, which live in another package and class loader; not part
 * of wasmhost's API.
 */
public final class IndirectTargets {
    /** Calls through the slower path before a function gets its object. */
    static final int THRESHOLD = 64;

    /** By function index: the object to call, or {@code null} (not made yet, or not a target). */
    public final Object[] targets;

    private final MethodHandles.Lookup lookup;
    private final Class<?> signature;
    private final MethodType type;
    /** By function index: the owner class and the name of the static method, or {@code null}. */
    private final String[] owners;
    private final String[] names;
    private final int[] misses;

    private IndirectTargets(MethodHandles.Lookup lookup, Class<?> signature, String[] owners, String[] names) {
        this.lookup = lookup;
        this.signature = signature;
        MethodType call = null;
        for (var method : signature.getMethods()) {
            if (method.getName().equals("call")) {
                call = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
            }
        }
        this.type = call;
        this.owners = owners;
        this.names = names;
        this.targets = new Object[owners.length];
        this.misses = new int[owners.length];
    }

    /**
     * Bootstrap of the dynamic constant.
     *
     * @param signature the generated interface, with its one method {@code call}
     * @param table the targets, {@code "index owner name"} separated by {@code ';'}: the
     *     function's static method, which has the interface method's descriptor
     */
    public static IndirectTargets bootstrap(
            MethodHandles.Lookup lookup, String name, Class<?> type, Class<?> signature, String table) {
        String[] entries = table.isEmpty() ? new String[0] : table.split(";");
        int length = 0;
        for (String entry : entries) {
            length = Math.max(length, Integer.parseInt(entry.substring(0, entry.indexOf(' '))) + 1);
        }
        var owners = new String[length];
        var names = new String[length];
        for (String entry : entries) {
            String[] parts = entry.split(" ");
            int index = Integer.parseInt(parts[0]);
            owners[index] = parts[1].replace('/', '.');
            names[index] = parts[2];
        }
        return new IndirectTargets(lookup, signature, owners, names);
    }

    /**
     * Called by the rewritten code when {@code targets[function]} is {@code null}, before it takes
     * the original path. Makes the function's object once it has been missed often enough;
     * nothing for a function that is not a target (the original path then traps).
     */
    public void miss(int function) {
        if (function < 0 || function >= owners.length || owners[function] == null
                || targets[function] != null || ++misses[function] < THRESHOLD) {
            return;
        }
        String owner = owners[function];
        owners[function] = null; // one attempt
        try {
            MethodHandle impl = lookup.findStatic(lookup.findClass(owner), names[function], type);
            Object target = LambdaMetafactory.metafactory(
                            lookup, "call", MethodType.methodType(signature), type, impl, type)
                    .getTarget()
                    .invoke();
            // a stateless object: safe to publish without a fence
            targets[function] = target;
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError error) {
                throw error;
            }
            // stays on the original path, which is correct, only slower
        }
    }
}
