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
    /** The IR name of the function that sorts a list of these instances in place with {@code <}, or null (ModuleChecker.sortFunction). */
    String sortFunction;
    /**
     * Static and class methods (own and inherited) by name, without self or cls. A class method is
     * compiled once per class that has it (cls is that class), so its irName here is this class's copy.
     */
    final Map<String, Signature> classMethods = new LinkedHashMap<>();
    /** The {@code @classmethod} defs among {@link #classMethods}, by name, and the class that defines each. */
    final Map<String, Stmt.FunctionDef> classMethodDefs = new LinkedHashMap<>();
    final Map<String, ClassInfo> classMethodOwners = new LinkedHashMap<>();

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
            classMethods.putAll(base.classMethods);
            classMethodDefs.putAll(base.classMethodDefs);
            classMethodOwners.putAll(base.classMethodOwners);
        }
    }

    /** The key of a property's getter ({@code name$get}) or setter ({@code name$set}) in {@link #methods}. */
    static String getter(String name) {
        return name + "$get";
    }

    static String setter(String name) {
        return name + "$set";
    }

    int field(String fieldName) {
        return fieldNames.indexOf(fieldName);
    }

    IrClass layout() {
        return new IrClass(name, List.copyOf(fieldNames), List.copyOf(fieldTypes));
    }
}
