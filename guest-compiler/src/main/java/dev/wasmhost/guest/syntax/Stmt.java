package dev.wasmhost.guest.syntax;

import java.util.List;

/** Statement nodes of the syntax tree. */
public sealed interface Stmt {
    Pos pos();

    record Param(Pos pos, String name, Expr annotation, Expr defaultValue) {}

    /**
     * A {@code def}; {@code decorator} is null, or the one decorator of a method: {@code staticmethod},
     * {@code classmethod}, {@code property} or {@code NAME.setter}.
     */
    record FunctionDef(Pos pos, String name, List<Param> params, Expr returns, List<Stmt> body, String decorator) implements Stmt {
        public FunctionDef(Pos pos, String name, List<Param> params, Expr returns, List<Stmt> body) {
            this(pos, name, params, returns, body, null);
        }
    }

    /**
     * {@code class Name(Base):} with field annotations (with default values in dataclasses), methods,
     * and plain {@code NAME = value} attributes (enum members); base is null without one (it may be
     * dotted, {@code enum.Enum}); decorators are the dotted names of the class decorators.
     */
    record ClassDef(Pos pos, String name, String base, List<AnnAssign> fields, List<FunctionDef> methods,
            List<Assign> attributes, List<String> decorators) implements Stmt {}

    /** {@code a = b = value}: one or more targets. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, String op, Expr value) implements Stmt {}

    record If(Pos pos, Expr cond, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code orelse} is the loop's {@code else:} block, run when the loop ends without break. */
    record While(Pos pos, Expr cond, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Return(Pos pos, Expr value) implements Stmt {}

    record ExprStmt(Pos pos, Expr expr) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Assert(Pos pos, Expr test, Expr message) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** {@code import module} (names null) or {@code from module import a, b}. */
    /**
     * {@code import module [as alias]} ({@code names} null) or {@code from module import name [as
     * asName], ...} ({@code asNames} parallel to {@code names}: the name each binds).
     */
    record Import(Pos pos, String module, List<String> names, String alias, List<String> asNames) implements Stmt {
        public Import(Pos pos, String module, List<String> names) {
            this(pos, module, names, null, names);
        }

        /** The name an {@code import module} statement binds: the alias, or the first component. */
        public String boundName() {
            return alias != null ? alias : module.split("\\.")[0];
        }
    }

    /** {@code raise exc}; exc is null for a bare re-raise. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
        public Raise(Pos pos, Expr exc) {
            this(pos, exc, null);
        }
    }

    /** {@code except type as name:}; type is null for a bare {@code except:}, name null without {@code as}. */
    record Handler(Pos pos, Expr type, String name, List<Stmt> body) {}

    record Try(Pos pos, List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}

    /** {@code del target, ...}. */
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code with context as target:} (one item; several items nest); target may be null. */
    record With(Pos pos, Expr context, Expr target, List<Stmt> body) implements Stmt {}
}
