package dev.wasmhost.guest.types;

import static dev.wasmhost.guest.types.ExprChecker.intConst;
import static dev.wasmhost.guest.types.ExprChecker.op;

import dev.wasmhost.guest.ir.IrExpr;
import dev.wasmhost.guest.ir.IrLocal;
import dev.wasmhost.guest.ir.IrOp;
import dev.wasmhost.guest.ir.IrStmt;
import dev.wasmhost.guest.syntax.Expr;
import dev.wasmhost.guest.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * Enums: each member is one instance (fields {@code name} and {@code value}) kept in a module
 * variable, made when the class statement runs; {@code Color.RED} reads it, {@code for c in Color}
 * walks the list of members, {@code Color(1)} and {@code Color["RED"]} search it.
 */
final class EnumLowering {
    private final ExprChecker x;

    EnumLowering(ExprChecker x) {
        this.x = x;
    }

    /** The enum class named by {@code e}, or null. */
    ClassInfo enumClass(Expr e) {
        if (e instanceof Expr.Name n && x.scope.function(n.id(), n.pos()) == null) {
            ClassInfo c = x.scope.classInfo(n.id());
            return c != null && c.isEnum ? c : null;
        }
        if (e instanceof Expr.Attribute a && x.moduleOf(a.target()) != null) {
            ModuleChecker m = x.moduleOf(a.target());
            ClassInfo c = m.classNeedsDefinition(a.name()) ? m.classInfo(a.name()) : null;
            return c != null && c.isEnum ? c : null;
        }
        return null;
    }

    IrExpr member(ClassInfo c, Expr.Attribute a) {
        var g = c.memberGlobals.get(a.name());
        if (g == null) {
            throw x.error(a.pos(), "\"type[" + c.name + "]\" has no attribute \"" + a.name() + "\"");
        }
        return new IrExpr.Global(g, !x.scope.isModuleLevel());
    }

    IrExpr members(ClassInfo c) {
        return new IrExpr.Global(c.memberList, !x.scope.isModuleLevel());
    }

    /** The statements the class statement runs: make each member and the list of all of them. */
    List<IrStmt> create(ClassInfo c) {
        List<IrStmt> out = new ArrayList<>();
        out.add(new dev.wasmhost.guest.ir.IrStmt.SetGlobal(c.memberList, new IrExpr.Op(c.memberList.type(), IrOp.LIST_NEW, List.of())));
        int nameSlot = c.field("name");
        int valueSlot = c.field("value");
        for (int k = 0; k < c.members.size(); k++) {
            String m = c.members.get(k);
            IrLocal t = x.scope.temp(c.type);
            IrExpr value = x.check(c.def.attributes().get(k).value());
            out.add(new IrStmt.SetLocal(t, new IrExpr.Op(c.type, IrOp.OBJECT_NEW, List.of())));
            out.add(new IrStmt.Eval(op(Type.NONE, IrOp.FIELD_SET, new IrExpr.Local(t), intConst(nameSlot), new IrExpr.Const(Type.STR, m))));
            out.add(new IrStmt.Eval(op(Type.NONE, IrOp.FIELD_SET, new IrExpr.Local(t), intConst(valueSlot), value)));
            out.add(new IrStmt.SetGlobal(c.memberGlobals.get(m), new IrExpr.Local(t)));
            out.add(new IrStmt.Eval(op(Type.NONE, IrOp.LIST_APPEND, new IrExpr.Global(c.memberList, false), new IrExpr.Local(t))));
        }
        return out;
    }

    /** {@code Color(value)} (ValueError if none) or {@code Color[name]} (KeyError if none). */
    IrExpr lookup(ClassInfo c, Expr keyExpr, boolean byName, Pos pos) {
        Type keyType = byName ? Type.STR : c.fieldTypes.get(c.field("value"));
        IrExpr key = x.check(keyExpr, keyType);
        key = x.coerceOrFail(key, keyType, keyExpr.pos(), (byName ? "Invalid index type \"" : "Argument 1 to \"" + c.name
                + "\" has incompatible type \"") + key.type() + "\"; expected \"" + keyType + "\"");
        List<IrStmt> stmts = new ArrayList<>();
        IrLocal k = local(keyType, key, stmts);
        IrLocal list = local(c.memberList.type(), members(c), stmts);
        IrLocal found = local(c.type, new IrExpr.Const(c.type, null), stmts);
        IrLocal i = local(Type.INT, intConst(0), stmts);
        IrLocal m = x.scope.temp(c.type);
        IrExpr field = new IrExpr.Op(keyType, IrOp.FIELD_GET, List.of(new IrExpr.Local(m), intConst(c.field(byName ? "name" : "value")),
                new IrExpr.Const(Type.STR, "")));
        IrExpr same = keyType == Type.STR ? op(Type.BOOL, IrOp.STR_EQ, field, new IrExpr.Local(k))
                : op(Type.BOOL, IrOp.INT_EQ, field, new IrExpr.Local(k));
        IrExpr iv = new IrExpr.Local(i);
        stmts.add(new IrStmt.Loop(op(Type.BOOL, IrOp.INT_LT, iv, op(Type.INT, IrOp.LIST_LEN, new IrExpr.Local(list))),
                List.of(new IrStmt.SetLocal(m, op(c.type, IrOp.LIST_GET, new IrExpr.Local(list), iv)),
                        new IrStmt.If(same, List.of(new IrStmt.SetLocal(found, new IrExpr.Local(m)), new IrStmt.Break()), List.of())),
                List.of(new IrStmt.SetLocal(i, op(Type.INT, IrOp.INT_ADD, iv, intConst(1))))));
        IrExpr text = op(Type.STR, IrOp.REPR, new IrExpr.Local(k));
        if (!byName) {
            text = op(Type.STR, IrOp.STR_CONCAT, text, new IrExpr.Const(Type.STR, " is not a valid " + c.name));
        }
        stmts.add(new IrStmt.If(op(Type.BOOL, IrOp.IS_NONE, new IrExpr.Local(found)),
                List.of(FunctionChecker.raise(byName ? "KeyError" : "ValueError", text)), List.of()));
        return new IrExpr.Block(stmts, new IrExpr.Local(found));
    }

    private IrLocal local(Type t, IrExpr value, List<IrStmt> stmts) {
        IrLocal l = x.scope.temp(t);
        stmts.add(new IrStmt.SetLocal(l, value));
        return l;
    }
}
