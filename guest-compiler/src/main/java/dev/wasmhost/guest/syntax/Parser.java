package dev.wasmhost.guest.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the supported Python subset. Syntax that Python has but the subset
 * does not is rejected here with "unsupported feature: ..." so that nothing is silently ignored.
 */
public final class Parser extends ExpressionParser {
    private static final Set<String> UNSUPPORTED_STATEMENTS = Set.of(
            "yield", "async", "await");

    private int funcDepth;
    private int classDepth;
    /** Module-level functions decorated with {@code @export}. */
    private final List<Stmt.FunctionDef> exported = new ArrayList<>();
    /** Module-level classes decorated with {@code @export} (the decorator is not kept in their decorators). */
    private final List<Stmt.ClassDef> exportedClasses = new ArrayList<>();

    private Parser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    /** Parses a string annotation such as {@code "Point"}, reporting errors at {@code pos}. */
    public static Expr parseAnnotation(String file, String text, Pos pos) {
        return parseEmbedded(file, Lexer.lexExpression(file, text, pos));
    }

    /** Parses a whole module; throws {@link dev.wasmhost.guest.CompileError} on the first problem. */
    public static List<Stmt> parseModule(String file, String source) {
        return parseProgram(file, source).body();
    }

    /** A parsed module and its {@code @export} functions (which are also in {@code body}). */
    public record Program(List<Stmt> body, List<Stmt.FunctionDef> exported, List<Stmt.ClassDef> exportedClasses) {
        public Program(List<Stmt> body, List<Stmt.FunctionDef> exported) {
            this(body, exported, List.of());
        }
    }

    /** Parses a whole module, noting its {@code @export} functions; throws CompileError on the first problem. */
    public static Program parseProgram(String file, String source) {
        Parser parser = new Parser(file, new Lexer(file, source).lex());
        List<Stmt> body = new ArrayList<>();
        while (parser.peek().kind() != Token.Kind.EOF) {
            if (parser.peek().kind() == Token.Kind.NEWLINE) {
                parser.p++;
                continue;
            }
            body.addAll(parser.statement());
        }
        return new Program(body, List.copyOf(parser.exported), List.copyOf(parser.exportedClasses));
    }

    // ---- statements

    private List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw error(t.pos(), "unexpected indent");
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "def" -> { return List.of(functionDef()); }
                case "if" -> { return List.of(ifStatement()); }
                case "while" -> { return List.of(whileStatement()); }
                case "for" -> { return List.of(forStatement()); }
                case "class" -> { return List.of(classDef()); }
                case "try" -> { return List.of(tryStatement()); }
                case "with" -> { return List.of(withStatement()); }
                default -> { }
            }
        }
        if (t.is("@")) {
            return List.of(decorated());
        }
        List<Stmt> simple = new ArrayList<>();
        simple.add(simpleStatement());
        while (accept(";")) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                break;
            }
            simple.add(simpleStatement());
        }
        expectNewline();
        return simple;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        Pos pos = t.pos();
        if (t.kind() == Token.Kind.NAME) {
            if (UNSUPPORTED_STATEMENTS.contains(t.text())) {
                throw unsupported(pos, featureName(t.text()));
            }
            switch (t.text()) {
                case "pass" -> { p++; return new Stmt.Pass(pos); }
                case "break" -> { p++; return new Stmt.Break(pos); }
                case "continue" -> { p++; return new Stmt.Continue(pos); }
                case "return" -> {
                    p++;
                    if (peek().kind() == Token.Kind.NEWLINE || peek().is(";")) {
                        return new Stmt.Return(pos, null);
                    }
                    return new Stmt.Return(pos, expressionList());
                }
                case "global", "nonlocal" -> {
                    p++;
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(","));
                    return t.text().equals("global") ? new Stmt.Global(pos, names) : new Stmt.Nonlocal(pos, names);
                }
                case "raise" -> {
                    p++;
                    if (peek().kind() == Token.Kind.NEWLINE || peek().is(";")) {
                        return new Stmt.Raise(pos, null);
                    }
                    Expr exc = expression();
                    if (peek().is("from")) {
                        p++;
                        return new Stmt.Raise(pos, exc, expression());
                    }
                    return new Stmt.Raise(pos, exc);
                }
                case "import" -> {
                    p++;
                    String module = dottedName();
                    String alias = accept("as") ? name() : null;
                    if (peek().is(",")) {
                        throw unsupported(peek().pos(), "several modules in one import statement (write one import a line)");
                    }
                    return new Stmt.Import(pos, module, null, alias, null);
                }
                case "from" -> {
                    p++;
                    if (peek().is(".")) {
                        throw unsupported(peek().pos(), "relative imports (from . import ...): import by the module's full name");
                    }
                    String module = dottedName();
                    expect("import");
                    boolean paren = accept("(");
                    List<String> names = new ArrayList<>();
                    List<String> asNames = new ArrayList<>();
                    do {
                        if (paren && peek().is(")")) {
                            break;
                        }
                        if (peek().is("*")) {
                            throw unsupported(peek().pos(), "import *");
                        }
                        String n = name();
                        names.add(n);
                        asNames.add(accept("as") ? name() : n);
                    } while (accept(","));
                    if (paren) {
                        expect(")");
                    }
                    return new Stmt.Import(pos, module, names, null, asNames);
                }
                case "del" -> {
                    p++;
                    Expr targets = expressionList();
                    return new Stmt.Delete(pos, targets instanceof Expr.TupleLit tl ? tl.items() : List.of(targets));
                }
                case "assert" -> {
                    p++;
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Stmt.Assert(pos, test, msg);
                }
                default -> { }
            }
        }
        Expr first = expressionList();
        if (accept(":")) {
            Expr annotation = expression();
            Expr value = accept("=") ? expressionNoTuple() : null;
            if (first instanceof Expr.TupleLit) {
                throw error(pos, "only single target (not tuple) can be annotated");
            }
            return new Stmt.AnnAssign(pos, checkTarget(first), annotation, value);
        }
        Token op = peek();
        if (op.kind() == Token.Kind.OP && op.text().length() >= 2 && op.text().endsWith("=")
                && !COMPARISON.contains(op.text()) && !op.text().equals(":=")) {
            p++;
            String bin = op.text().substring(0, op.text().length() - 1);
            if (bin.equals("@")) {
                throw unsupported(op.pos(), "matrix multiplication (@)");
            }
            if (first instanceof Expr.TupleLit) {
                throw error(pos, "'tuple' is an illegal expression for augmented assignment");
            }
            return new Stmt.AugAssign(pos, checkTarget(first), bin, expressionNoTuple());
        }
        if (peek().is("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(checkTarget(first));
            Expr value = null;
            while (accept("=")) {
                value = expressionList();
                targets.add(value);
            }
            targets.remove(targets.size() - 1);
            for (Expr target : targets) {
                checkTarget(target);
            }
            return new Stmt.Assign(pos, targets, value);
        }
        return new Stmt.ExprStmt(pos, first);
    }

    private Expr checkTarget(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Index) {
            return target;
        }
        if (target instanceof Expr.Attribute) {
            return target;
        }
        if (target instanceof Expr.TupleLit t && !t.items().isEmpty()) {
            t.items().forEach(this::checkTarget);
            return target;
        }
        if (target instanceof Expr.Starred st && st.value() instanceof Expr.Name) {
            return target; // one of several targets (the checker takes one starred name)
        }
        throw error(target.pos(), "cannot assign to this expression");
    }

    private Stmt functionDef() {
        Pos pos = next().pos();
        String name = name();
        expect("(");
        List<Stmt.Param> params = new ArrayList<>();
        while (!peek().is(")")) {
            Token t = peek();
            if (t.is("*") || t.is("**") || t.is("/")) {
                throw unsupported(t.pos(), "variadic or positional-only parameters");
            }
            String pname = name();
            Expr annotation = accept(":") ? expression() : null;
            Expr def = accept("=") ? expression() : null;
            params.add(new Stmt.Param(t.pos(), pname, annotation, def));
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        Expr returns = accept("->") ? expression() : null;
        expect(":");
        funcDepth++;
        List<Stmt> body = block();
        funcDepth--;
        return new Stmt.FunctionDef(pos, name, params, returns, body);
    }

    /** {@code @name} lines (dotted names, no arguments) before a class, or a bare {@code @export} before a module-level def. */
    private Stmt decorated() {
        List<String> decorators = new ArrayList<>();
        while (peek().is("@")) {
            Token at = next();
            decorators.add(dottedName());
            if (peek().is("(")) {
                throw unsupported(peek().pos(), "decorator arguments (only a bare @dataclass)");
            }
            expectNewline();
            while (peek().kind() == Token.Kind.NEWLINE) {
                p++;
            }
            if (peek().is("def") && decorators.size() == 1 && decorators.get(0).equals("export")) {
                if (funcDepth > 0 || classDepth > 0) {
                    throw error(at.pos(), "@export applies only to module-level functions");
                }
                Stmt.FunctionDef def = (Stmt.FunctionDef) functionDef();
                exported.add(def);
                return def;
            }
            if (peek().is("def") && decorators.size() == 1 && classDepth > 0 && funcDepth == 0
                    && (List.of("staticmethod", "classmethod", "property").contains(decorators.get(0))
                    || decorators.get(0).endsWith(".setter") && decorators.get(0).indexOf('.') == decorators.get(0).lastIndexOf('.'))) {
                Stmt.FunctionDef def = (Stmt.FunctionDef) functionDef();
                return new Stmt.FunctionDef(def.pos(), def.name(), def.params(), def.returns(), def.body(), decorators.get(0));
            }
            if (!peek().is("class") && !peek().is("@")) {
                throw unsupported(at.pos(), classDepth > 0 && funcDepth == 0
                        ? "method decorators other than one @staticmethod, @classmethod, @property or @NAME.setter"
                        : "decorators on functions (other than @export)");
            }
        }
        if (decorators.contains("export")) {
            if (classDepth > 0) {
                throw error(peek().pos(), "@export applies only to module-level functions and classes");
            }
            List<String> rest = new ArrayList<>(decorators);
            rest.removeIf("export"::equals);
            Stmt.ClassDef def = (Stmt.ClassDef) classDef(rest);
            exportedClasses.add(def);
            return def;
        }
        return classDef(decorators);
    }

    private Stmt classDef() {
        return classDef(List.of());
    }

    private Stmt classDef(List<String> decorators) {
        Pos pos = next().pos();
        if (funcDepth > 0) {
            throw unsupported(pos, "classes inside functions");
        }
        String name = name();
        String base = null;
        if (accept("(")) {
            if (!peek().is(")")) {
                base = dottedName();
                if (peek().is(",")) {
                    throw unsupported(peek().pos(), "multiple inheritance");
                }
                if (peek().is("=") || peek().is("(") || peek().is(".")) {
                    throw unsupported(peek().pos(), "class arguments other than a base class name");
                }
            }
            expect(")");
        }
        expect(":");
        List<Stmt.AnnAssign> fields = new ArrayList<>();
        List<Stmt.FunctionDef> methods = new ArrayList<>();
        List<Stmt.Assign> attributes = new ArrayList<>();
        classDepth++;
        List<Stmt> classBody = block();
        classDepth--;
        for (Stmt s : classBody) {
            switch (s) {
                case Stmt.FunctionDef f -> methods.add(f);
                case Stmt.AnnAssign a when a.target() instanceof Expr.Name -> fields.add(a);
                case Stmt.Assign a when a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name -> attributes.add(a);
                case Stmt.Pass p -> { }
                case Stmt.ExprStmt e when e.expr() instanceof Expr.StrLit -> { }
                default -> throw unsupported(s.pos(), "statements in a class body other than fields and methods");
            }
        }
        return new Stmt.ClassDef(pos, name, base, fields, methods, attributes, decorators);
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(name());
        while (accept(".")) {
            b.append('.').append(name());
        }
        return b.toString();
    }

    private Stmt tryStatement() {
        Pos pos = next().pos();
        expect(":");
        List<Stmt> body = block();
        List<Stmt.Handler> handlers = new ArrayList<>();
        while (peek().is("except")) {
            Pos hpos = next().pos();
            if (peek().is("*")) {
                throw unsupported(peek().pos(), "except*");
            }
            Expr type = null;
            String name = null;
            if (!peek().is(":")) {
                type = expression();
                if (accept("as")) {
                    name = name();
                }
            }
            expect(":");
            handlers.add(new Stmt.Handler(hpos, type, name, block()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && peek().is("else")) {
            p++;
            expect(":");
            orelse = block();
        }
        List<Stmt> finalbody = List.of();
        if (peek().is("finally")) {
            p++;
            expect(":");
            finalbody = block();
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error(peek().pos(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(pos, body, handlers, orelse, finalbody);
    }

    private Stmt withStatement() {
        Pos pos = next().pos();
        if (peek().is("(")) {
            throw unsupported(peek().pos(), "parenthesized with items");
        }
        List<Expr> contexts = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        do {
            contexts.add(expression());
            targets.add(accept("as") ? checkTarget(expression()) : null);
        } while (accept(","));
        expect(":");
        List<Stmt> body = block();
        for (int k = contexts.size() - 1; k >= 0; k--) {
            body = List.of(new Stmt.With(k == 0 ? pos : contexts.get(k).pos(), contexts.get(k), targets.get(k), body));
        }
        return body.get(0);
    }

    private Stmt ifStatement() {
        Pos pos = next().pos();
        Expr cond = expression();
        expect(":");
        List<Stmt> body = block();
        List<Stmt> orelse = List.of();
        if (peek().is("elif")) {
            orelse = List.of(ifStatement());
        } else if (peek().is("else")) {
            p++;
            expect(":");
            orelse = block();
        }
        return new Stmt.If(pos, cond, body, orelse);
    }

    private Stmt whileStatement() {
        Pos pos = next().pos();
        Expr cond = expression();
        expect(":");
        List<Stmt> body = block();
        return new Stmt.While(pos, cond, body, loopElse());
    }

    private Stmt forStatement() {
        Pos pos = next().pos();
        Expr target = targetList();
        checkLoopTarget(target);
        expect("in");
        Expr iter = expressionNoTuple();
        expect(":");
        List<Stmt> body = block();
        return new Stmt.For(pos, target, iter, body, loopElse());
    }

    private void checkLoopTarget(Expr target) {
        if (target instanceof Expr.TupleLit t && !t.items().isEmpty()) {
            t.items().forEach(this::checkLoopTarget);
        } else if (!(target instanceof Expr.Name) && !(target instanceof Expr.Starred st && st.value() instanceof Expr.Name)) {
            throw unsupported(target.pos(), "for-loop target other than names");
        }
    }

    private List<Stmt> loopElse() {
        if (!peek().is("else")) {
            return List.of();
        }
        p++;
        expect(":");
        return block();
    }

    private List<Stmt> block() {
        if (peek().kind() != Token.Kind.NEWLINE) {
            List<Stmt> one = new ArrayList<>();
            one.add(simpleStatement());
            while (accept(";")) {
                if (peek().kind() == Token.Kind.NEWLINE) {
                    break;
                }
                one.add(simpleStatement());
            }
            expectNewline();
            return one;
        }
        expectNewline();
        if (peek().kind() != Token.Kind.INDENT) {
            throw error(peek().pos(), "expected an indented block");
        }
        p++;
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                p++;
                continue;
            }
            body.addAll(statement());
        }
        accept(Token.Kind.DEDENT);
        return body;
    }

    private static String featureName(String keyword) {
        return switch (keyword) {
            case "try" -> "exceptions (try)";
            case "raise" -> "exceptions (raise)";
            case "with" -> "context managers (with)";
            case "del" -> "del statement";
            case "import", "from" -> "imports";
            case "yield" -> "generators (yield)";
            case "async", "await" -> "async/await";
            case "nonlocal" -> "nonlocal";
            case "match" -> "match statement";
            default -> keyword;
        };
    }
}
