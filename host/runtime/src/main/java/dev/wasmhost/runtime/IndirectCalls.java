package dev.wasmhost.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites Endive's {@code call_indirect_N} methods (one per function type) so that an indirect
 * call is one {@code invokeinterface}. Endive's method looks the element up in the table, checks
 * that it is not null and belongs to the calling instance, then picks the callee with a {@code
 * lookupswitch} over every function of that type: with a few dozen functions the method is
 * larger than HotSpot inlines, and the switch is a binary search whose branches the processor
 * mispredicts when the callee varies (bench/RESULTS.md, "Session 6": about 20 ns a call against
 * 8 natively).
 *
 * <p>The original method is kept, renamed {@code call_indirect_N$switch}: it does every call
 * that the new one does not handle itself. The new {@code call_indirect_N}, small enough to be
 * inlined into its callers:
 * <ol>
 *   <li>checks for interruption, as Endive's does;
 *   <li>for {@code call_ref} (table index -1): the original;
 *   <li>looks the element up exactly as Endive's does ({@code table(t).requiredRef(i)}, which
 *       traps on an index outside the table and on a null element, with the same messages; the
 *       tables are read at each call, so {@code table.set}, {@code table.grow} and the element
 *       instructions are honoured);
 *   <li>an element of another instance: the original;
 *   <li>the callee's object from {@link IndirectTargets} (one per module and type, a dynamic
 *       constant): present, the {@code invokeinterface}; absent (not made yet, or the function
 *       has another type: the original then traps with "indirect call type mismatch"), the
 *       original.
 * </ol>
 *
 * <p>Only the functions that the original switch calls directly ({@code invokestatic func_K}
 * with the interface's descriptor) get objects; any other case of the switch (a function run by
 * the interpreter, an imported one) always takes the original path.
 */
final class IndirectCalls {
    private static final Pattern NAME = Pattern.compile("call_indirect_(\\d+)");
    private static final String TARGETS = Type.getInternalName(IndirectTargets.class);
    private static final String INTERRUPTS = Type.getInternalName(GuestInterrupts.class);
    private static final String INSTANCE = "run/endive/runtime/Instance";
    private static final String TABLE = "run/endive/runtime/TableInstance";
    private static final String MEMORY = "run/endive/runtime/Memory";
    /** Room left in the constant pool's UTF-8 entry for the table of targets. */
    private static final int MAX_TABLE_CHARS = 60_000;

    /** A class rewritten: its bytes and the interfaces it needs, by internal name. */
    record Result(byte[] classFile, Map<String, byte[]> interfaces) {}

    private IndirectCalls() {}

    /** Rewrites the class's {@code call_indirect_N} methods; {@code null} if it has none to rewrite. */
    static Result transform(byte[] classFile) {
        var reader = new ClassReader(classFile);
        var node = new ClassNode();
        reader.accept(node, ClassReader.SKIP_FRAMES);
        if (node.version < Opcodes.V11) {
            return null; // dynamic constants need class files of Java 11
        }
        var interfaces = new HashMap<String, byte[]>();
        var renamed = new HashMap<String, String>(); // name + desc of an original -> its new name
        var added = new ArrayList<MethodNode>();
        for (MethodNode method : node.methods) {
            var match = NAME.matcher(method.name);
            if (!match.matches() || (method.access & Opcodes.ACC_STATIC) == 0) {
                continue;
            }
            String signature = node.name + "Indirect" + match.group(1);
            MethodNode fast = rewrite(node.name, method, signature);
            if (fast == null) {
                continue;
            }
            interfaces.put(signature, signatureInterface(signature, node.version, calleeDesc(method.desc)));
            renamed.put(method.name + method.desc, method.name + "$switch");
            added.add(fast);
        }
        if (added.isEmpty()) {
            return null;
        }
        // The originals are copied as they are (frames and all) under their new names; the new
        // methods get frames computed.
        var writer = new InlineHelpers.FrameWriter(reader);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(
                    int access, String name, String descriptor, String signature, String[] exceptions) {
                String newName = renamed.get(name + descriptor);
                return super.visitMethod(
                        access, newName == null ? name : newName, descriptor, signature, exceptions);
            }

            @Override
            public void visitEnd() {
                for (MethodNode method : added) {
                    method.accept(cv);
                }
                super.visitEnd();
            }
        }, 0);
        return new Result(writer.toByteArray(), interfaces);
    }

    /**
     * The descriptor of the functions a {@code call_indirect_N} calls: its own without the
     * element's and the table's index ({@code (params..., int, int, Memory, Instance)R}).
     */
    private static String calleeDesc(String callIndirectDesc) {
        Type[] args = Type.getArgumentTypes(callIndirectDesc);
        var params = new ArrayList<Type>();
        for (int i = 0; i < args.length - 4; i++) {
            params.add(args[i]);
        }
        params.add(args[args.length - 2]);
        params.add(args[args.length - 1]);
        return Type.getMethodDescriptor(Type.getReturnType(callIndirectDesc), params.toArray(Type[]::new));
    }

    /** The new method, or {@code null} when the original does not have the expected shape. */
    private static MethodNode rewrite(String owner, MethodNode original, String signature) {
        Type[] args = Type.getArgumentTypes(original.desc);
        if (args.length < 4
                || !args[args.length - 4].equals(Type.INT_TYPE)
                || !args[args.length - 3].equals(Type.INT_TYPE)
                || !args[args.length - 2].getInternalName().equals(MEMORY)
                || !args[args.length - 1].getInternalName().equals(INSTANCE)) {
            return null;
        }
        String callee = calleeDesc(original.desc);
        LookupSwitchInsnNode lookup = null;
        MethodInsnNode interruption = null;
        for (AbstractInsnNode insn : original.instructions) {
            if (insn instanceof LookupSwitchInsnNode s) {
                if (lookup != null) {
                    return null;
                }
                lookup = s;
            } else if (insn instanceof MethodInsnNode call
                    && call.name.equals("checkInterruption") && call.desc.equals("()V")) {
                interruption = call;
            }
        }
        if (lookup == null || interruption == null) {
            return null;
        }
        // the cases that call a compiled function of this module directly
        var table = new StringBuilder();
        for (int i = 0; i < lookup.keys.size(); i++) {
            AbstractInsnNode target = next(lookup.labels.get(i));
            if (target instanceof MethodInsnNode call
                    && call.getOpcode() == Opcodes.INVOKESTATIC
                    && call.desc.equals(callee)
                    && call.name.equals("func_" + lookup.keys.get(i))
                    && isReturn(next(call))) {
                if (table.length() > 0) {
                    table.append(';');
                }
                table.append(lookup.keys.get(i)).append(' ').append(call.owner).append(' ').append(call.name);
            }
        }
        if (table.length() == 0 || table.length() > MAX_TABLE_CHARS) {
            return null;
        }
        return fastMethod(owner, original, signature, callee, table.toString(), interruption);
    }

    private static AbstractInsnNode next(AbstractInsnNode insn) {
        AbstractInsnNode n = insn.getNext();
        while (n != null && n.getOpcode() < 0) {
            n = n.getNext();
        }
        return n;
    }

    private static boolean isReturn(AbstractInsnNode insn) {
        return insn instanceof InsnNode && insn.getOpcode() >= Opcodes.IRETURN && insn.getOpcode() <= Opcodes.RETURN;
    }

    private static MethodNode fastMethod(
            String owner, MethodNode original, String signature, String callee, String table,
            MethodInsnNode interruption) {
        Type[] args = Type.getArgumentTypes(original.desc);
        Type returnType = Type.getReturnType(original.desc);
        int slots = 0;
        for (int i = 0; i < args.length - 4; i++) {
            slots += args[i].getSize();
        }
        int element = slots;
        int tableIndex = slots + 1;
        int memory = slots + 2;
        int instance = slots + 3;
        int tableLocal = slots + 4;
        int ref = slots + 5;
        int refInstance = slots + 6;
        int array = slots + 7;
        int target = slots + 8;

        var m = new MethodNode(Opcodes.ASM9, original.access, original.name, original.desc, null, null);
        var constant = new ConstantDynamic(
                "targets",
                "L" + TARGETS + ";",
                new Handle(Opcodes.H_INVOKESTATIC, TARGETS, "bootstrap",
                        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                                + "Ljava/lang/Class;Ljava/lang/String;)L" + TARGETS + ";",
                        false),
                Type.getObjectType(signature),
                table);
        Label checked = new Label();
        Label local = new Label();
        Label miss = new Label();
        Label slow = new Label();
        // the interruption check, as InlineHelpers rewrites it
        m.visitFieldInsn(Opcodes.GETSTATIC, INTERRUPTS, "pending", "I");
        m.visitJumpInsn(Opcodes.IFEQ, checked);
        m.visitMethodInsn(Opcodes.INVOKESTATIC, interruption.owner, interruption.name, interruption.desc, false);
        m.visitLabel(checked);
        // call_ref: the original
        m.visitVarInsn(Opcodes.ILOAD, tableIndex);
        m.visitInsn(Opcodes.ICONST_M1);
        m.visitJumpInsn(Opcodes.IF_ICMPEQ, slow);
        // TableInstance table = instance.table(tableIndex); int ref = table.requiredRef(element);
        m.visitVarInsn(Opcodes.ALOAD, instance);
        m.visitVarInsn(Opcodes.ILOAD, tableIndex);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, INSTANCE, "table", "(I)L" + TABLE + ";", false);
        m.visitVarInsn(Opcodes.ASTORE, tableLocal);
        m.visitVarInsn(Opcodes.ALOAD, tableLocal);
        m.visitVarInsn(Opcodes.ILOAD, element);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, TABLE, "requiredRef", "(I)I", false);
        m.visitVarInsn(Opcodes.ISTORE, ref);
        // Instance refInstance = table.instance(element): another instance's function, the original
        m.visitVarInsn(Opcodes.ALOAD, tableLocal);
        m.visitVarInsn(Opcodes.ILOAD, element);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, TABLE, "instance", "(I)L" + INSTANCE + ";", false);
        m.visitInsn(Opcodes.DUP);
        m.visitVarInsn(Opcodes.ASTORE, refInstance);
        m.visitJumpInsn(Opcodes.IFNULL, local);
        m.visitVarInsn(Opcodes.ALOAD, refInstance);
        m.visitVarInsn(Opcodes.ALOAD, instance);
        m.visitJumpInsn(Opcodes.IF_ACMPNE, slow);
        m.visitLabel(local);
        // Object[] array = TARGETS.targets; if (ref < 0 || ref >= array.length) the original
        m.visitLdcInsn(constant);
        m.visitFieldInsn(Opcodes.GETFIELD, TARGETS, "targets", "[Ljava/lang/Object;");
        m.visitVarInsn(Opcodes.ASTORE, array);
        m.visitVarInsn(Opcodes.ILOAD, ref);
        m.visitJumpInsn(Opcodes.IFLT, slow);
        m.visitVarInsn(Opcodes.ILOAD, ref);
        m.visitVarInsn(Opcodes.ALOAD, array);
        m.visitInsn(Opcodes.ARRAYLENGTH);
        m.visitJumpInsn(Opcodes.IF_ICMPGE, slow);
        // Object target = array[ref]; if (target == null) miss
        m.visitVarInsn(Opcodes.ALOAD, array);
        m.visitVarInsn(Opcodes.ILOAD, ref);
        m.visitInsn(Opcodes.AALOAD);
        m.visitInsn(Opcodes.DUP);
        m.visitVarInsn(Opcodes.ASTORE, target);
        m.visitJumpInsn(Opcodes.IFNULL, miss);
        // return target.call(params..., memory, instance)
        m.visitVarInsn(Opcodes.ALOAD, target);
        int slot = 0;
        for (int i = 0; i < args.length - 4; i++) {
            m.visitVarInsn(args[i].getOpcode(Opcodes.ILOAD), slot);
            slot += args[i].getSize();
        }
        m.visitVarInsn(Opcodes.ALOAD, memory);
        m.visitVarInsn(Opcodes.ALOAD, instance);
        m.visitMethodInsn(Opcodes.INVOKESTATIC, signature, "invoke", invokeDesc(callee), true);
        m.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
        // miss: count it (the object is made after a few), then the original
        m.visitLabel(miss);
        m.visitLdcInsn(constant);
        m.visitVarInsn(Opcodes.ILOAD, ref);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, TARGETS, "miss", "(I)V", false);
        // slow: the original, with the original arguments
        m.visitLabel(slow);
        slot = 0;
        for (Type arg : args) {
            m.visitVarInsn(arg.getOpcode(Opcodes.ILOAD), slot);
            slot += arg.getSize();
        }
        m.visitMethodInsn(Opcodes.INVOKESTATIC, owner, original.name + "$switch", original.desc, false);
        m.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
        m.visitMaxs(0, 0);
        return m;
    }

    /**
     * {@code public interface <name> { R call(params..., Memory, Instance); static R
     * invoke(Object target, params..., Memory, Instance) { return ((<name>) target).call(...); } }}.
     * The rewritten method calls {@code invoke}, not {@code call}: the verifier would load the
     * interface to check the receiver of an {@code invokeinterface}, and Endive defines and
     * verifies the classes of a module one at a time, the machine class first.
     */
    private static byte[] signatureInterface(String name, int version, String callee) {
        var writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT,
                name, null, "java/lang/Object", null);
        writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "call", callee, null, null).visitEnd();
        MethodVisitor m = writer.visitMethod(
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "invoke", invokeDesc(callee), null, null);
        m.visitCode();
        int slot = 0;
        for (Type arg : Type.getArgumentTypes(invokeDesc(callee))) {
            m.visitVarInsn(arg.getOpcode(Opcodes.ILOAD), slot);
            slot += arg.getSize();
        }
        m.visitMethodInsn(Opcodes.INVOKEINTERFACE, name, "call", callee, true);
        m.visitInsn(Type.getReturnType(callee).getOpcode(Opcodes.IRETURN));
        m.visitMaxs(0, 0);
        m.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** {@code call}'s descriptor with the target first. */
    private static String invokeDesc(String callee) {
        return "(Ljava/lang/Object;" + callee.substring(1);
    }
}
