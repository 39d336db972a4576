package dev.wasmhost.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.wasm.types.ActiveElement;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.Element;
import run.endive.wasm.types.Export;
import run.endive.wasm.types.FunctionBody;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.Global;
import run.endive.wasm.types.GlobalImport;
import run.endive.wasm.types.Import;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MemoryImport;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.NameCustomSection;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.ValType;

/**
 * Prints a core module in the WebAssembly text format (flat instructions, one per line, nested
 * blocks indented), for reading what a compiler produced ({@code wasmhost compile --emit wat}).
 * Functions, globals and locals carry their names from the name section when it has them.
 * Element segments of reference expressions other than {@code ref.func} print as a comment.
 *
 * <pre>{@code
 * String wat = WatPrinter.print(Files.readAllBytes(Path.of("app.wasm")));
 * }</pre>
 */
public final class WatPrinter {
    private static final Set<String> DOTTED = Set.of("I32", "I64", "F32", "F64", "V128", "LOCAL", "GLOBAL",
            "MEMORY", "TABLE", "REF", "ELEM", "DATA", "I8X16", "I16X8", "I32X4", "I64X2", "F32X4", "F64X2");

    private final WasmModule module;
    private final NameCustomSection names;
    private final StringBuilder out = new StringBuilder();
    private final int importedFunctions;
    private final int importedGlobals;

    private WatPrinter(WasmModule module) {
        this.module = module;
        this.names = module.nameSection();
        int functions = 0;
        int globals = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp instanceof FunctionImport) {
                functions++;
            } else if (imp instanceof GlobalImport) {
                globals++;
            }
        }
        this.importedFunctions = functions;
        this.importedGlobals = globals;
    }

    /** The module's text; malformed bytes are reported as {@link EndiveEngine#decode} reports them. */
    public static String print(byte[] wasm) {
        WatPrinter p = new WatPrinter(EndiveEngine.decode(wasm));
        p.module();
        return p.out.toString();
    }

    private void module() {
        out.append("(module\n");
        FunctionType[] types = module.typeSection().types();
        for (int i = 0; i < types.length; i++) {
            out.append("  (type (;").append(i).append(";) (func").append(signature(types[i])).append("))\n");
        }
        int func = 0;
        int global = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            out.append("  (import ").append(quote(imp.module())).append(' ').append(quote(imp.name())).append(' ');
            switch (imp) {
                case FunctionImport f -> out.append("(func ").append(functionName(func++)).append(" (type ")
                        .append(f.typeIndex()).append(')').append(signature(module.typeSection().getType(f.typeIndex())))
                        .append(')');
                case MemoryImport m -> out.append("(memory ").append(limits(m.limits())).append(')');
                case GlobalImport g -> out.append("(global ").append(declared(globalName(global++))).append(' ')
                        .append(globalType(g.type(), g.mutabilityType())).append(')');
                default -> out.append("(").append(imp.importType().name().toLowerCase(Locale.ROOT)).append(')');
            }
            out.append(")\n");
        }
        for (int i = 0; i < module.tableSection().tableCount(); i++) {
            var t = module.tableSection().getTable(i);
            out.append("  (table (;").append(i).append(";) ").append(t.limits().min())
                    .append(t.limits().max() == run.endive.wasm.types.TableLimits.LIMIT_MAX ? "" : " " + t.limits().max())
                    .append(' ').append(valType(t.elementType())).append(")\n");
        }
        module.memorySection().ifPresent(ms -> {
            for (int i = 0; i < ms.memoryCount(); i++) {
                out.append("  (memory (;").append(i).append(";) ").append(limits(ms.getMemory(i).limits())).append(")\n");
            }
        });
        Global[] globals = module.globalSection().globals();
        for (int i = 0; i < globals.length; i++) {
            out.append("  (global ").append(declared(globalName(importedGlobals + i))).append(' ')
                    .append(globalType(globals[i].valueType(), globals[i].mutabilityType())).append(' ')
                    .append(constExpr(globals[i].initInstructions())).append(")\n");
        }
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            String kind = switch (e.exportType()) {
                case FUNCTION -> "func " + functionName(e.index());
                case GLOBAL -> "global " + globalName(e.index());
                default -> e.exportType().name().toLowerCase(Locale.ROOT) + " " + e.index();
            };
            out.append("  (export ").append(quote(e.name())).append(" (").append(kind).append("))\n");
        }
        module.startSection().ifPresent(s -> out.append("  (start ").append(functionName((int) s.startIndex())).append(")\n"));
        Element[] elements = module.elementSection().elements();
        for (int i = 0; i < elements.length; i++) {
            element(i, elements[i]);
        }
        FunctionBody[] bodies = module.codeSection().functionBodies();
        for (int i = 0; i < bodies.length; i++) {
            function(importedFunctions + i, module.functionSection().getFunctionType(i), bodies[i]);
        }
        DataSegment[] data = module.dataSection().dataSegments();
        for (int i = 0; i < data.length; i++) {
            out.append("  (data (;").append(i).append(";) ");
            if (data[i] instanceof ActiveDataSegment a) {
                out.append(constExpr(a.offsetInstructions())).append(' ');
            }
            out.append(quote(data[i].data())).append(")\n");
        }
        out.append(")\n");
    }

    private void element(int index, Element e) {
        List<String> funcs = new ArrayList<>();
        for (List<Instruction> init : e.initializers()) {
            if (init.isEmpty() || init.get(0).opcode() != OpCode.REF_FUNC) {
                out.append("  (; elem ").append(index).append(": ").append(e.elementCount())
                        .append(" reference expressions ;)\n");
                return;
            }
            funcs.add(functionName((int) init.get(0).operand(0)));
        }
        out.append("  (elem (;").append(index).append(";) ");
        if (e instanceof ActiveElement a) {
            out.append(a.tableIndex() == 0 ? "" : "(table " + a.tableIndex() + ") ").append(constExpr(a.offset())).append(' ');
        }
        out.append("func ").append(String.join(" ", funcs)).append(")\n");
    }

    private void function(int index, int typeIndex, FunctionBody body) {
        FunctionType type = module.typeSection().getType(typeIndex);
        out.append("  (func ").append(functionName(index)).append(" (type ").append(typeIndex).append(')');
        List<ValType> params = type.params();
        for (int i = 0; i < params.size(); i++) {
            out.append(" (param ").append(declared(localName(index, i))).append(' ').append(valType(params.get(i))).append(')');
        }
        if (!type.returns().isEmpty()) {
            out.append(" (result");
            type.returns().forEach(r -> out.append(' ').append(valType(r)));
            out.append(')');
        }
        out.append('\n');
        List<ValType> locals = body.localTypes();
        for (int i = 0; i < locals.size(); i++) {
            out.append("    (local ").append(declared(localName(index, params.size() + i))).append(' ')
                    .append(valType(locals.get(i))).append(")\n");
        }
        int depth = 2;
        List<? extends Instruction> code = body.instructions();
        for (int i = 0; i < code.size(); i++) {
            Instruction ins = code.get(i);
            OpCode op = ins.opcode();
            if (op == OpCode.END && i == code.size() - 1) {
                break; // the function's own end
            }
            if (op == OpCode.END || op == OpCode.ELSE) {
                depth--;
            }
            out.append("  ".repeat(depth)).append(instruction(index, ins)).append('\n');
            if (op == OpCode.BLOCK || op == OpCode.LOOP || op == OpCode.IF || op == OpCode.ELSE
                    || op == OpCode.TRY_TABLE) {
                depth++;
            }
        }
        out.append("  )\n");
    }

    private String instruction(int func, Instruction ins) {
        OpCode op = ins.opcode();
        String name = mnemonic(op);
        long[] x = ins.operands();
        return switch (op) {
            case BLOCK, LOOP, IF -> name + blockType(x.length == 0 ? 0x40 : x[0]);
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> name + " " + localName(func, (int) x[0]);
            case GLOBAL_GET, GLOBAL_SET -> name + " " + globalName((int) x[0]);
            case CALL, RETURN_CALL, REF_FUNC -> name + " " + functionName((int) x[0]);
            case CALL_INDIRECT, RETURN_CALL_INDIRECT -> name + (x.length > 1 && x[1] != 0 ? " " + x[1] : "")
                    + " (type " + x[0] + ")";
            case DROP, SELECT, NOP, UNREACHABLE, RETURN, ELSE, END -> name; // Endive annotates some with operands
            case I32_CONST -> name + " " + (int) x[0];
            case I64_CONST -> name + " " + x[0];
            case F32_CONST -> name + " " + floatText(Float.intBitsToFloat((int) x[0]));
            case F64_CONST -> name + " " + floatText(Double.longBitsToDouble(x[0]));
            default -> {
                if (isMemoryAccess(name) && x.length >= 2) {
                    yield name + (x[1] != 0 ? " offset=" + x[1] : "") + " align=" + (1L << x[0]);
                }
                StringBuilder sb = new StringBuilder(name);
                for (long v : x) {
                    sb.append(' ').append(v);
                }
                yield sb.toString();
            }
        };
    }

    private static boolean isMemoryAccess(String name) {
        return name.contains(".load") || name.contains(".store");
    }

    /** {@code I32_TRUNC_F64_S} → {@code i32.trunc_f64_s}; {@code BR_IF} → {@code br_if}. */
    static String mnemonic(OpCode op) {
        String n = op.name();
        int u = n.indexOf('_');
        if (u > 0 && DOTTED.contains(n.substring(0, u))) {
            n = n.substring(0, u) + "." + n.substring(u + 1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private String blockType(long t) {
        if (t == 0x40) {
            return "";
        }
        for (ValType v : List.of(ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef,
                ValType.ExternRef)) {
            if (v.id() == t || v.opcode() == t) {
                return " (result " + valType(v) + ")";
            }
        }
        return " (type " + t + ")";
    }

    private String constExpr(List<Instruction> init) {
        List<String> parts = new ArrayList<>();
        for (Instruction i : init) {
            if (i.opcode() != OpCode.END) {
                parts.add(instruction(-1, i));
            }
        }
        return "(" + String.join(") (", parts) + ")";
    }

    private String signature(FunctionType t) {
        StringBuilder sb = new StringBuilder();
        if (!t.params().isEmpty()) {
            sb.append(" (param");
            t.params().forEach(p -> sb.append(' ').append(valType(p)));
            sb.append(')');
        }
        if (!t.returns().isEmpty()) {
            sb.append(" (result");
            t.returns().forEach(r -> sb.append(' ').append(valType(r)));
            sb.append(')');
        }
        return sb.toString();
    }

    private static String valType(ValType v) {
        if (v.equals(ValType.I32)) {
            return "i32";
        } else if (v.equals(ValType.I64)) {
            return "i64";
        } else if (v.equals(ValType.F32)) {
            return "f32";
        } else if (v.equals(ValType.F64)) {
            return "f64";
        } else if (v.equals(ValType.V128)) {
            return "v128";
        } else if (v.equals(ValType.FuncRef)) {
            return "funcref";
        } else if (v.equals(ValType.ExternRef)) {
            return "externref";
        }
        return v.toString().toLowerCase(Locale.ROOT);
    }

    private static String globalType(ValType t, MutabilityType m) {
        return m == MutabilityType.Var ? "(mut " + valType(t) + ")" : valType(t);
    }

    private static String limits(MemoryLimits l) {
        return l.initialPages() + (l.maximumPages() == MemoryLimits.MAX_PAGES ? "" : " " + l.maximumPages())
                + (l.shared() ? " shared" : "");
    }

    private String functionName(int index) {
        String n = names == null ? null : names.nameOfFunction(index);
        return n == null ? String.valueOf(index) : "$" + identifier(n);
    }

    private String globalName(int index) {
        String n = names == null ? null : names.nameOfGlobal(index);
        return n == null ? String.valueOf(index) : "$" + identifier(n);
    }

    private String localName(int func, int index) {
        String n = names == null || func < 0 ? null : names.nameOfLocal(func, index);
        return n == null ? String.valueOf(index) : "$" + identifier(n);
    }

    /** In a declaration a bare index is a comment: {@code (local (;3;) i64)}. */
    private static String declared(String reference) {
        return reference.startsWith("$") ? reference : "(;" + reference + ";)";
    }

    /** A name as a WAT identifier: characters outside the allowed set become {@code _}. */
    private static String identifier(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(c > ' ' && c < 0x7f && "\"(),;[]{}".indexOf(c) < 0 ? c : '_');
        }
        return sb.toString();
    }

    private static String floatText(double d) {
        return floatText(d, Double.toString(d));
    }

    private static String floatText(float f) {
        return floatText(f, Float.toString(f));
    }

    /** {@code javaText}: the value's shortest text in its own precision. */
    private static String floatText(double value, String javaText) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return javaText.replace('E', 'e');
    }

    private static String quote(String s) {
        return quote(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return sb.append('"').toString();
    }
}
