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

    public IrLocal newLocal(String localName, Type type) {
        IrLocal local = new IrLocal(locals.size(), localName, type);
        locals.add(local);
        return local;
    }
}
