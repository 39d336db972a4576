package dev.wasmhost.guest.types;

import dev.wasmhost.guest.ir.IrClass;
import dev.wasmhost.guest.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checker knows about a class: fields (inherited first), methods, constructor. */
final class ClassInfo {
    final String name;
    /** The defining module's prefix for function names ("util." for module util, "" for the main module). */
    String qualifier = "";
    final ClassInfo base;
    final Type type;
    final Stmt.ClassDef def;
    final List<String> fieldNames = new ArrayList<>();
    final List<Type> fieldTypes = new ArrayList<>();
    /** Per field, its annotation and (in a dataclass) its default value or null. */
    final List<dev.wasmhost.guest.syntax.Expr> fieldAnnotations = new ArrayList<>();
    final List<dev.wasmhost.guest.syntax.Expr> fieldDefaults = new ArrayList<>();
    boolean dataclass;
    boolean isEnum;
    /** An enum's members in definition order, their module variables, and the list of all of them. */
    final List<String> members = new ArrayList<>();
    final Map<String, dev.wasmhost.guest.ir.IrGlobal> memberGlobals = new LinkedHashMap<>();
    dev.wasmhost.guest.ir.IrGlobal memberList;
    /** Own and inherited methods, without the self parameter; irName is "Class.method". */
    final Map<String, Signature> methods = new LinkedHashMap<>();
    Signature constructor;

    ClassInfo(String name, ClassInfo base, Stmt.ClassDef def) {
        this.name = name;
        this.base = base;
        this.def = def;
        this.type = Type.ofClass(name, base == null ? null : base.type);
    }

    /** Copies the base class's fields and methods; called once the base is complete. */
    void inherit() {
        if (base != null) {
            fieldNames.addAll(base.fieldNames);
            fieldTypes.addAll(base.fieldTypes);
            fieldAnnotations.addAll(base.fieldAnnotations);
            fieldDefaults.addAll(base.fieldDefaults);
            methods.putAll(base.methods);
        }
    }

    int field(String fieldName) {
        return fieldNames.indexOf(fieldName);
    }

    IrClass layout() {
        return new IrClass(name, List.copyOf(fieldNames), List.copyOf(fieldTypes));
    }
}
