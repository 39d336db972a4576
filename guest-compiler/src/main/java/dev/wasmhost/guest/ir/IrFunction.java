package dev.wasmhost.guest.ir;

import dev.wasmhost.guest.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A function of the typed IR. {@code locals} starts with the parameters; {@code body} is filled in
 * after all signatures are known, so calls can refer to functions defined later in the file.
 */
public final class IrFunction {
    private final String name;
    private final int paramCount;
    private Type returnType;
    private final List<IrLocal> locals = new ArrayList<>();
    private final List<IrStmt> body = new ArrayList<>();

    public IrFunction(String name, List<IrLocal> params, Type returnType) {
        this.name = name;
        this.paramCount = params.size();
        this.returnType = returnType;
        this.locals.addAll(params);
    }

    public String name() {
        return name;
    }

    public List<IrLocal> params() {
        return locals.subList(0, paramCount);
    }

    public Type returnType() {
        return returnType;
    }

    /** For a lambda, whose result type is known once its body is checked. */
    public void setReturnType(Type type) {
        this.returnType = type;
    }

    public List<IrLocal> locals() {
        return locals;
    }

    public List<IrStmt> body() {
        return body;
    }

    private String file;
    private int line;
    private final java.util.Map<IrStmt, Integer> lines = new java.util.IdentityHashMap<>();

    /** The source file (as diagnostics name it) and the line of the def; null/0 for synthesized functions. */
    public void setSource(String sourceFile, int defLine) {
        this.file = sourceFile;
        this.line = defLine;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Records the source line a statement of this function (at any depth) comes from; the first record wins. */
    public void markLine(IrStmt s, int sourceLine) {
        lines.putIfAbsent(s, sourceLine);
    }

    /** The source line of statement {@code s}, or null if it has none (synthesized code). */
    public Integer lineOf(IrStmt s) {
        return lines.get(s);
    }

    public IrLocal newLocal(String localName, Type type) {
        IrLocal local = new IrLocal(locals.size(), localName, type);
        locals.add(local);
        return local;
    }
}
