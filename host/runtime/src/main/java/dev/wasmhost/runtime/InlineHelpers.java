package dev.wasmhost.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.zip.Deflater;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Rewrites the JVM classes Endive's compiler generates so that the hot helpers run inline. Endive
 * emits every linear-memory access as a call to a static helper ({@code memoryReadDouble(base,
 * offset, memory)}, which calls {@code Memory.readDouble}, which uses a view handle), every
 * comparison as a call into {@code OpcodeImpl}, and an interruption check on every loop
 * back-edge. HotSpot inlines these while a function is small; in a large wasm function (n-body's
 * {@code main}: 112 memory accesses) C2 runs out of its inlining budget, the rest stay real calls
 * inside the hot loops, and the function slows down 3 to 5 times once its full compilation
 * replaces the on-stack-replacement one (bench/RESULTS.md, "Steady state").
 *
 * <p>Rewrites, inner loops first, as long as the method stays under HotSpot's 8,000-byte limit
 * for JIT compilation:
 * <ul>
 *   <li>a memory access whose memory is the function's memory parameter and whose offset is a
 *       constant: a bounds test against the {@link FlatMemory}'s backed limit, then one array or
 *       view-handle access (handles are always inlined by C2); outside the array, the original
 *       helper, which extends the array or traps exactly as before. Only instances with a
 *       {@link FlatMemory} may run rewritten code: the engine runs the untouched classes for
 *       any other memory;
 *   <li>an integer or float comparison: the JVM comparison itself, fused with the branch that
 *       tests its result when there is one (unsigned ones through the intrinsic
 *       {@code compareUnsigned});
 *   <li>{@code f64.sqrt}: the {@code Math.sqrt} intrinsic;
 *   <li>the interruption check: a read of {@link GuestInterrupts#pending}, calling the original
 *       check only while some guest has been asked to stop.
 * </ul>
 */
final class InlineHelpers {
    private static final String FLAT = Type.getInternalName(FlatMemory.class);
    private static final String MEMORY = "run/endive/runtime/Memory";
    private static final String MEMORY_DESC = "L" + MEMORY + ";";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";

    /** What a helper accesses: its width in bytes, the value's JVM type, the view handle. */
    private record Access(boolean write, int width, Type value, String handle) {}

    private static final Map<String, Access> HELPERS =
            Map.ofEntries(
                    Map.entry("memoryReadByte(IILrun/endive/runtime/Memory;)B",
                            new Access(false, 1, Type.BYTE_TYPE, null)),
                    Map.entry("memoryReadShort(IILrun/endive/runtime/Memory;)S",
                            new Access(false, 2, Type.SHORT_TYPE, "SHORT")),
                    Map.entry("memoryReadInt(IILrun/endive/runtime/Memory;)I",
                            new Access(false, 4, Type.INT_TYPE, "INT")),
                    Map.entry("memoryReadLong(IILrun/endive/runtime/Memory;)J",
                            new Access(false, 8, Type.LONG_TYPE, "LONG")),
                    Map.entry("memoryReadFloat(IILrun/endive/runtime/Memory;)F",
                            new Access(false, 4, Type.FLOAT_TYPE, "FLOAT")),
                    Map.entry("memoryReadDouble(IILrun/endive/runtime/Memory;)D",
                            new Access(false, 8, Type.DOUBLE_TYPE, "DOUBLE")),
                    Map.entry("memoryWriteByte(IBILrun/endive/runtime/Memory;)V",
                            new Access(true, 1, Type.BYTE_TYPE, null)),
                    Map.entry("memoryWriteShort(ISILrun/endive/runtime/Memory;)V",
                            new Access(true, 2, Type.SHORT_TYPE, "SHORT")),
                    Map.entry("memoryWriteInt(IIILrun/endive/runtime/Memory;)V",
                            new Access(true, 4, Type.INT_TYPE, "INT")),
                    Map.entry("memoryWriteLong(IJILrun/endive/runtime/Memory;)V",
                            new Access(true, 8, Type.LONG_TYPE, "LONG")),
                    Map.entry("memoryWriteFloat(IFILrun/endive/runtime/Memory;)V",
                            new Access(true, 4, Type.FLOAT_TYPE, "FLOAT")),
                    Map.entry("memoryWriteDouble(IDILrun/endive/runtime/Memory;)V",
                            new Access(true, 8, Type.DOUBLE_TYPE, "DOUBLE")));

    private InlineHelpers() {}

    /** Rewrites every class of a jar as Endive's cache stores it; other entries are copied. */
    static byte[] transformJar(byte[] jar) {
        try (var in = new JarInputStream(new ByteArrayInputStream(jar))) {
            var names = new ArrayList<String>();
            var contents = new ArrayList<byte[]>();
            for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                names.add(entry.getName());
                contents.add(in.readAllBytes());
            }
            // classes are independent: rewrite them on all cores (a large module has dozens)
            List<byte[]> rewritten = java.util.stream.IntStream.range(0, names.size())
                    .parallel()
                    .mapToObj(i -> names.get(i).endsWith(".class")
                            ? transformClass(contents.get(i))
                            : contents.get(i))
                    .toList();
            var bytes = new ByteArrayOutputStream(jar.length + jar.length / 2);
            try (var out = new JarOutputStream(bytes)) {
                out.setLevel(Deflater.BEST_SPEED);
                for (int i = 0; i < names.size(); i++) {
                    out.putNextEntry(new JarEntry(names.get(i)));
                    out.write(rewritten.get(i));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite compiled code", e);
        }
    }

    /** Rewrites one class; a class without a matching access comes back unchanged. */
    static byte[] transformClass(byte[] classFile) {
        var reader = new ClassReader(classFile);
        var node = new ClassNode();
        reader.accept(node, ClassReader.SKIP_FRAMES);
        var changed = new HashMap<String, MethodNode>();
        for (MethodNode method : node.methods) {
            if (transformMethod(method)) {
                changed.put(method.name + method.desc, method);
            }
        }
        if (changed.isEmpty()) {
            return classFile;
        }
        // Write the changed methods (their frames computed anew); the others are copied byte for
        // byte from the original, frames and all, which ASM does when a method of the reader goes
        // straight to the writer.
        var writer = new FrameWriter(reader);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodNode method = changed.get(name + descriptor);
                if (method == null) {
                    return super.visitMethod(access, name, descriptor, signature, exceptions);
                }
                method.accept(cv);
                return null;
            }
        }, 0);
        return writer.toByteArray();
    }

    /** The local slot of the method's {@code Memory} parameter, or -1. */
    private static int memoryParameter(MethodNode method) {
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            return -1;
        }
        int slot = 0;
        int found = -1;
        for (Type arg : Type.getArgumentTypes(method.desc)) {
            if (arg.getDescriptor().equals(MEMORY_DESC)) {
                found = slot;
            }
            slot += arg.getSize();
        }
        if (found < 0) {
            return -1;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) insn).var == found) {
                return -1; // not the parameter throughout the method
            }
        }
        return found;
    }

    /**
     * Names what this class produces, for the code cache's key: bump it whenever the rewritten
     * code changes, so that no process loads classes rewritten by another version.
     */
    static final String VERSION = "2";

    /**
     * How large a rewritten method may grow. HotSpot never JIT-compiles a method of more than
     * 8,000 bytes of bytecode ({@code HugeMethodLimit}), and C1 gives up on rewritten methods of
     * about 7,000 ("out of virtual registers"), which leaves a long-running loop in the bytecode
     * interpreter until C2 is done: n-body's {@code main} grows from 1,989 to 5,868 bytes here
     * and still compiles at both tiers.
     */
    static final int MAX_METHOD_BYTES = 6_000;

    private static final String OPCODES = "run/endive/runtime/OpcodeImpl";
    private static final String INTERRUPTS = Type.getInternalName(GuestInterrupts.class);

    /**
     * One rewrite: the instructions it replaces (consecutive, the first where the replacement
     * goes), the replacement, and where it sits (loop depth, then code order).
     */
    private record Rewrite(
            List<AbstractInsnNode> replaced, InsnList replacement, int loopDepth, int order) {
        int growth() {
            int before = 0;
            for (AbstractInsnNode insn : replaced) {
                before += size(insn);
            }
            return estimatedSize(replacement) - before;
        }
    }

    private static boolean transformMethod(MethodNode method) {
        int size = estimatedSize(method.instructions);
        if (method.instructions.size() == 0 || size > MAX_METHOD_BYTES) {
            return false; // HotSpot only interprets it: nothing to gain
        }
        List<Rewrite> rewrites = rewrites(method);
        if (rewrites.isEmpty()) {
            return false;
        }
        // Inner loops first, then in code order, while the method stays compilable.
        rewrites.sort(Comparator.comparingInt(Rewrite::loopDepth).reversed()
                .thenComparingInt(Rewrite::order));
        int budget = MAX_METHOD_BYTES - size;
        boolean changed = false;
        for (Rewrite rewrite : rewrites) {
            int growth = rewrite.growth();
            if (growth > budget) {
                continue;
            }
            budget -= growth;
            method.instructions.insertBefore(rewrite.replaced().get(0), rewrite.replacement());
            for (AbstractInsnNode insn : rewrite.replaced()) {
                method.instructions.remove(insn);
            }
            changed = true;
        }
        return changed;
    }

    private static List<Rewrite> rewrites(MethodNode method) {
        InsnList insns = method.instructions;
        int[] depth = loopDepths(insns);
        int memory = memoryParameter(method);
        Scratch scratch = null;
        var rewrites = new ArrayList<Rewrite>();
        for (AbstractInsnNode insn : insns) {
            if (!(insn instanceof MethodInsnNode call) || call.getOpcode() != Opcodes.INVOKESTATIC) {
                continue;
            }
            int loopDepth = depth[insns.indexOf(call)];
            if (call.owner.equals(OPCODES)) {
                Rewrite r = opcode(call, loopDepth, rewrites.size());
                if (r != null) {
                    rewrites.add(r);
                }
            } else if (call.owner.endsWith("Shaded")) {
                if (call.name.equals("checkInterruption") && call.desc.equals("()V")) {
                    rewrites.add(interruptionCheck(call, loopDepth, rewrites.size()));
                    continue;
                }
                Access access = HELPERS.get(call.name + call.desc);
                AbstractInsnNode load = call.getPrevious();
                AbstractInsnNode offsetInsn = load == null ? null : load.getPrevious();
                Integer offset = offsetInsn == null ? null : intConstant(offsetInsn);
                if (access != null
                        && memory >= 0
                        && load.getOpcode() == Opcodes.ALOAD
                        && ((VarInsnNode) load).var == memory
                        && offset != null
                        && offset >= 0
                        && offset <= Integer.MAX_VALUE - 8) {
                    if (scratch == null) {
                        scratch = new Scratch(method);
                        method.maxLocals = scratch.limit;
                    }
                    rewrites.add(new Rewrite(
                            List.of(offsetInsn, load, call),
                            memoryAccess(access, offset, memory, call, scratch),
                            loopDepth,
                            rewrites.size()));
                }
            }
        }
        return rewrites;
    }

    // ---- comparisons and other operators ----

    /** How a comparison helper compares: the operand type, signedness, and the condition. */
    private record Comparison(int sort, boolean unsigned, boolean againstZero, int condition) {}

    private static final Map<String, Comparison> COMPARISONS = comparisons();

    private static Map<String, Comparison> comparisons() {
        var map = new java.util.HashMap<String, Comparison>();
        // in the order of the JVM's IFEQ .. IFLE opcodes
        String[] conditions = {"EQ", "NE", "LT", "GE", "GT", "LE"};
        for (int i = 0; i < conditions.length; i++) {
            String c = conditions[i];
            int ifOpcode = Opcodes.IFEQ + i;
            boolean ordered = i >= 2;
            for (String prefix : new String[] {"I32", "I64"}) {
                int sort = prefix.equals("I32") ? Type.INT : Type.LONG;
                String args = sort == Type.INT ? "(II)I" : "(JJ)I";
                if (ordered) {
                    map.put(prefix + "_" + c + "_S" + args, new Comparison(sort, false, false, ifOpcode));
                    map.put(prefix + "_" + c + "_U" + args, new Comparison(sort, true, false, ifOpcode));
                } else {
                    map.put(prefix + "_" + c + args, new Comparison(sort, false, false, ifOpcode));
                }
            }
            map.put("F32_" + c + "(FF)I", new Comparison(Type.FLOAT, false, false, ifOpcode));
            map.put("F64_" + c + "(DD)I", new Comparison(Type.DOUBLE, false, false, ifOpcode));
        }
        map.put("I32_EQZ(I)I", new Comparison(Type.INT, false, true, Opcodes.IFEQ));
        map.put("I64_EQZ(J)I", new Comparison(Type.LONG, false, true, Opcodes.IFEQ));
        return Map.copyOf(map);
    }

    private static void COMPARISON_PUT(Map<String, Comparison> map, String key, Comparison c) {
        map.put(key, c);
    }

    private static Rewrite opcode(MethodInsnNode call, int loopDepth, int order) {
        if (call.name.equals("F64_SQRT") && call.desc.equals("(D)D")) {
            var code = new InsnList();
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D"));
            return new Rewrite(List.of(call), code, loopDepth, order);
        }
        Comparison c = COMPARISONS.get(call.name + call.desc);
        if (c == null) {
            return null;
        }
        AbstractInsnNode next = call.getNext();
        if (next != null && (next.getOpcode() == Opcodes.IFNE || next.getOpcode() == Opcodes.IFEQ)) {
            // the result only decides a branch: jump on the comparison itself
            var jump = (JumpInsnNode) next;
            var code = new InsnList();
            compareAndJump(code, c, next.getOpcode() == Opcodes.IFNE, jump.label);
            return new Rewrite(List.of(call, next), code, loopDepth, order);
        }
        var code = new InsnList();
        var isTrue = new LabelNode();
        var done = new LabelNode();
        compareAndJump(code, c, true, isTrue);
        code.add(new InsnNode(Opcodes.ICONST_0));
        code.add(new JumpInsnNode(Opcodes.GOTO, done));
        code.add(isTrue);
        code.add(new InsnNode(Opcodes.ICONST_1));
        code.add(done);
        return new Rewrite(List.of(call), code, loopDepth, order);
    }

    /**
     * Compares the operands on the stack and jumps to {@code target} when the comparison is
     * {@code whenTrue}. Floats follow wasm: every ordered comparison with NaN is false, and
     * {@code ne} is true.
     */
    private static void compareAndJump(InsnList code, Comparison c, boolean whenTrue, LabelNode target) {
        int condition = whenTrue ? c.condition() : negate(c.condition());
        switch (c.sort()) {
            case Type.INT -> {
                if (c.againstZero()) {
                    code.add(new JumpInsnNode(condition, target));
                } else if (c.unsigned()) {
                    code.add(new MethodInsnNode(
                            Opcodes.INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I"));
                    code.add(new JumpInsnNode(condition, target));
                } else {
                    // IF_ICMPEQ .. IF_ICMPLE are IFEQ .. IFLE shifted by 6
                    code.add(new JumpInsnNode(condition + 6, target));
                }
            }
            case Type.LONG -> {
                if (c.againstZero()) {
                    code.add(new InsnNode(Opcodes.LCONST_0));
                    code.add(new InsnNode(Opcodes.LCMP));
                } else if (c.unsigned()) {
                    code.add(new MethodInsnNode(
                            Opcodes.INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I"));
                } else {
                    code.add(new InsnNode(Opcodes.LCMP));
                }
                code.add(new JumpInsnNode(condition, target));
            }
            default -> {
                // With NaN, FCMPG/DCMPG give 1 and FCMPL/DCMPL give -1: pick the one that makes
                // the comparison false (lt, le: G; gt, ge, eq, ne: L), whichever way we jump.
                boolean nanHigh = c.condition() == Opcodes.IFLT || c.condition() == Opcodes.IFLE;
                int compare = c.sort() == Type.FLOAT
                        ? (nanHigh ? Opcodes.FCMPG : Opcodes.FCMPL)
                        : (nanHigh ? Opcodes.DCMPG : Opcodes.DCMPL);
                code.add(new InsnNode(compare));
                code.add(new JumpInsnNode(condition, target));
            }
        }
    }

    private static int negate(int condition) {
        return switch (condition) {
            case Opcodes.IFEQ -> Opcodes.IFNE;
            case Opcodes.IFNE -> Opcodes.IFEQ;
            case Opcodes.IFLT -> Opcodes.IFGE;
            case Opcodes.IFGE -> Opcodes.IFLT;
            case Opcodes.IFGT -> Opcodes.IFLE;
            case Opcodes.IFLE -> Opcodes.IFGT;
            default -> throw new IllegalArgumentException("not a condition: " + condition);
        };
    }

    private static Rewrite interruptionCheck(MethodInsnNode call, int loopDepth, int order) {
        var code = new InsnList();
        var skip = new LabelNode();
        code.add(new FieldInsnNode(Opcodes.GETSTATIC, INTERRUPTS, "pending", "I"));
        code.add(new JumpInsnNode(Opcodes.IFEQ, skip));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, call.owner, call.name, call.desc, false));
        code.add(skip);
        return new Rewrite(List.of(call), code, loopDepth, order);
    }

    // ---- memory accesses ----

    /** For each instruction, how many loops (ranges closed by a backward jump) contain it. */
    private static int[] loopDepths(InsnList insns) {
        int[] delta = new int[insns.size() + 1];
        for (AbstractInsnNode insn : insns) {
            if (insn instanceof JumpInsnNode jump) {
                int from = insns.indexOf(jump.label);
                int to = insns.indexOf(jump);
                if (from < to) {
                    delta[from]++;
                    delta[to + 1]--;
                }
            }
        }
        int[] depth = new int[insns.size()];
        int running = 0;
        for (int i = 0; i < depth.length; i++) {
            running += delta[i];
            depth[i] = running;
        }
        return depth;
    }

    /** An upper bound of the bytes these instructions take in a class file. */
    static int estimatedSize(InsnList insns) {
        int size = 0;
        for (AbstractInsnNode insn : insns) {
            size += size(insn);
        }
        return size;
    }

    private static int size(AbstractInsnNode insn) {
        return switch (insn.getType()) {
            case AbstractInsnNode.LABEL, AbstractInsnNode.LINE, AbstractInsnNode.FRAME -> 0;
            case AbstractInsnNode.INSN -> 1;
            case AbstractInsnNode.INT_INSN -> 3;
            case AbstractInsnNode.VAR_INSN -> varSize(((VarInsnNode) insn).var);
            case AbstractInsnNode.IINC_INSN -> ((IincInsnNode) insn).var > 255 ? 6 : 3;
            case AbstractInsnNode.JUMP_INSN -> 3; // wide jumps only exist past 32 KB
            case AbstractInsnNode.TABLESWITCH_INSN ->
                    16 + 4 * ((TableSwitchInsnNode) insn).labels.size();
            case AbstractInsnNode.LOOKUPSWITCH_INSN ->
                    12 + 8 * ((LookupSwitchInsnNode) insn).labels.size();
            case AbstractInsnNode.INVOKE_DYNAMIC_INSN, AbstractInsnNode.MULTIANEWARRAY_INSN -> 5;
            default -> insn.getOpcode() == Opcodes.INVOKEINTERFACE ? 5 : 3;
        };
    }

    private static int varSize(int slot) {
        return slot <= 3 ? 1 : slot <= 255 ? 2 : 4;
    }

    /** Fresh locals for one method: base, index, array, and one value per type. */
    private static final class Scratch {
        final int base;
        final int index;
        final int array;
        final int intValue;
        final int longValue;
        final int floatValue;
        final int doubleValue;
        final int limit;

        Scratch(MethodNode method) {
            int next = method.maxLocals;
            base = next++;
            index = next++;
            array = next++;
            intValue = next++;
            longValue = next;
            next += 2;
            floatValue = next++;
            doubleValue = next;
            next += 2;
            limit = next;
        }

        int valueSlot(Type type) {
            return switch (type.getSort()) {
                case Type.LONG -> longValue;
                case Type.FLOAT -> floatValue;
                case Type.DOUBLE -> doubleValue;
                default -> intValue;
            };
        }
    }

    /**
     * The replacement of one helper call. On entry the stack holds the helper's arguments without
     * the offset and the memory (the constant and the load are removed): {@code base} for a read,
     * {@code base, value} for a write. The access is inside the backed part of the memory when
     * {@code base} is below 2^31 (else the sum could wrap around), {@code index = base + offset}
     * is not negative and {@code index < limit - (width - 1)} ({@link FlatMemory#limit}: the array
     * may be longer than the memory, so its length is not the bound).
     */
    private static InsnList memoryAccess(
            Access access, int offset, int memory, MethodInsnNode call, Scratch s) {
        var code = new InsnList();
        var slow = new LabelNode();
        var done = new LabelNode();
        int valueSlot = s.valueSlot(access.value());
        int loadValue = access.value().getOpcode(Opcodes.ILOAD);
        if (access.write()) {
            code.add(new VarInsnNode(access.value().getOpcode(Opcodes.ISTORE), valueSlot));
        }
        if (offset != 0) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(new VarInsnNode(Opcodes.ISTORE, s.base));
            code.add(new JumpInsnNode(Opcodes.IFLT, slow));
            code.add(new VarInsnNode(Opcodes.ILOAD, s.base));
            code.add(pushInt(offset));
            code.add(new InsnNode(Opcodes.IADD));
        }
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new VarInsnNode(Opcodes.ISTORE, s.index));
        code.add(new JumpInsnNode(Opcodes.IFLT, slow));
        code.add(new VarInsnNode(Opcodes.ILOAD, s.index));
        code.add(new VarInsnNode(Opcodes.ALOAD, memory));
        code.add(new TypeInsnNode(Opcodes.CHECKCAST, FLAT));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new FieldInsnNode(Opcodes.GETFIELD, FLAT, "bytes", "[B"));
        code.add(new VarInsnNode(Opcodes.ASTORE, s.array));
        code.add(new FieldInsnNode(Opcodes.GETFIELD, FLAT, "limit", "I"));
        if (access.width() > 1) {
            code.add(pushInt(access.width() - 1));
            code.add(new InsnNode(Opcodes.ISUB));
        }
        code.add(new JumpInsnNode(Opcodes.IF_ICMPGE, slow));
        // the fast path
        if (access.handle() != null) {
            code.add(new FieldInsnNode(
                    Opcodes.GETSTATIC, FLAT, access.handle(), "L" + VAR_HANDLE + ";"));
        }
        code.add(new VarInsnNode(Opcodes.ALOAD, s.array));
        code.add(new VarInsnNode(Opcodes.ILOAD, s.index));
        String valueDesc = access.value().getDescriptor();
        if (access.write()) {
            code.add(new VarInsnNode(loadValue, valueSlot));
            if (access.handle() == null) {
                code.add(new InsnNode(Opcodes.BASTORE));
            } else {
                code.add(new MethodInsnNode(
                        Opcodes.INVOKEVIRTUAL, VAR_HANDLE, "set", "([BI" + valueDesc + ")V"));
            }
        } else if (access.handle() == null) {
            code.add(new InsnNode(Opcodes.BALOAD));
        } else {
            code.add(new MethodInsnNode(
                    Opcodes.INVOKEVIRTUAL, VAR_HANDLE, "get", "([BI)" + valueDesc));
        }
        code.add(new JumpInsnNode(Opcodes.GOTO, done));
        // the slow path: the original helper with its original arguments
        code.add(slow);
        code.add(new VarInsnNode(Opcodes.ILOAD, offset != 0 ? s.base : s.index));
        if (access.write()) {
            code.add(new VarInsnNode(loadValue, valueSlot));
        }
        code.add(pushInt(offset));
        code.add(new VarInsnNode(Opcodes.ALOAD, memory));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, call.owner, call.name, call.desc, false));
        code.add(done);
        return code;
    }

    private static Integer intConstant(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return op - Opcodes.ICONST_0;
        }
        if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return ((IntInsnNode) insn).operand;
        }
        if (op == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof Integer value) {
            return value;
        }
        return null;
    }

    private static AbstractInsnNode pushInt(int value) {
        if (value >= -1 && value <= 5) {
            return new InsnNode(Opcodes.ICONST_0 + value);
        }
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            return new IntInsnNode(Opcodes.BIPUSH, value);
        }
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return new IntInsnNode(Opcodes.SIPUSH, value);
        }
        return new LdcInsnNode(value);
    }

    /**
     * Recomputes stack map frames. Merging two reference types needs their common superclass;
     * the generated classes cannot be loaded from here, so a type this class loader does not know
     * merges to {@code Object} (generated code never merges two of its own classes).
     */
    private static final class FrameWriter extends ClassWriter {
        /** Merged pairs, "a b" to their common superclass: resolving loads classes, so remember. */
        private static final Map<String, String> COMMON = new ConcurrentHashMap<>();

        FrameWriter(ClassReader original) {
            super(original, ClassWriter.COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            if (type1.equals(type2)) {
                return type1;
            }
            return COMMON.computeIfAbsent(type1 + " " + type2, key -> {
                try {
                    return super.getCommonSuperClass(type1, type2);
                } catch (RuntimeException | LinkageError e) {
                    return "java/lang/Object";
                }
            });
        }

        @Override
        protected ClassLoader getClassLoader() {
            return InlineHelpers.class.getClassLoader();
        }
    }
}
