package dev.wasmhost.guest.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses expressions, by precedence climbing from conditional expressions down to atoms. */
class ExpressionParser extends TokenCursor {
    static final Set<String> COMPARISON = Set.of("<", ">", "==", ">=", "<=", "!=");

    ExpressionParser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    /** An expression, or several separated by commas: a tuple without parentheses ({@code return a, b}). */
    Expr expressionList() {
        Expr first = listItem();
        if (!peek().is(",")) {
            if (first instanceof Expr.Starred st) {
                throw error(st.pos(), "can't use starred expression here");
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            Token t = peek();
            if (t.kind() == Token.Kind.NEWLINE || t.is(";") || t.is("=") || t.is(")") || t.kind() == Token.Kind.EOF) {
                break;
            }
            items.add(listItem());
        }
        return new Expr.TupleLit(first.pos(), items);
    }

    /** An item of an expression list: an expression, or {@code *name} (a starred assignment target). */
    private Expr listItem() {
        return starredOr(this::expression);
    }

    /** {@code *item} or {@code item}, an item being what {@code item} parses. */
    private Expr starredOr(java.util.function.Supplier<Expr> item) {
        Token t = peek();
        if (t.is("*")) {
            p++;
            return new Expr.Starred(t.pos(), item.get());
        }
        return item.get();
    }

    Expr expressionNoTuple() {
        Expr e = expression();
        if (peek().is(",")) {
            throw unsupported(e.pos(), "tuples");
        }
        return e;
    }

    Expr expression() {
        Token t = peek();
        if (t.is("lambda")) {
            return lambda();
        }
        if (t.is("yield")) {
            throw unsupported(t.pos(), "generators (yield)");
        }
        Expr e = orExpr();
        if (peek().is("if")) {
            p++;
            Expr cond = orExpr();
            expect("else");
            Expr otherwise = expression();
            return new Expr.IfExp(e.pos(), cond, e, otherwise);
        }
        if (peek().is(":=")) {
            throw unsupported(peek().pos(), "assignment expressions (:=)");
        }
        return e;
    }

    /** {@code lambda a, b: body}: names only (a lambda has no annotations; defaults are not supported). */
    Expr lambda() {
        Pos pos = next().pos();
        List<String> params = new ArrayList<>();
        while (!peek().is(":")) {
            Token t = peek();
            if (t.is("*") || t.is("**") || t.is("/")) {
                throw unsupported(t.pos(), "variadic or positional-only parameters");
            }
            params.add(name());
            if (peek().is("=")) {
                throw unsupported(peek().pos(), "lambda default arguments");
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(":");
        return new Expr.Lambda(pos, params, expression());
    }

    Expr orExpr() {
        Expr left = andExpr();
        while (peek().is("or")) {
            p++;
            left = new Expr.BoolOp(left.pos(), "or", left, andExpr());
        }
        return left;
    }

    Expr andExpr() {
        Expr left = notExpr();
        while (peek().is("and")) {
            p++;
            left = new Expr.BoolOp(left.pos(), "and", left, notExpr());
        }
        return left;
    }

    Expr notExpr() {
        if (peek().is("not")) {
            Pos pos = next().pos();
            return new Expr.Unary(pos, "not", notExpr());
        }
        return comparison();
    }

    Expr comparison() {
        Expr first = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            Token t = peek();
            String op;
            if (t.kind() == Token.Kind.OP && COMPARISON.contains(t.text())) {
                op = t.text();
                p++;
            } else if (t.is("in")) {
                op = "in";
                p++;
            } else if (t.is("not") && tokens.get(p + 1).is("in")) {
                op = "not in";
                p += 2;
            } else if (t.is("is")) {
                p++;
                op = accept("not") ? "is not" : "is";
            } else {
                break;
            }
            ops.add(op);
            rest.add(bitOr());
        }
        return ops.isEmpty() ? first : new Expr.Compare(first.pos(), first, ops, rest);
    }

    Expr bitOr() {
        Expr left = bitXor();
        while (peek().is("|")) {
            p++;
            left = new Expr.Binary(left.pos(), "|", left, bitXor());
        }
        return left;
    }

    Expr bitXor() {
        Expr left = bitAnd();
        while (peek().is("^")) {
            p++;
            left = new Expr.Binary(left.pos(), "^", left, bitAnd());
        }
        return left;
    }

    Expr bitAnd() {
        Expr left = shift();
        while (peek().is("&")) {
            p++;
            left = new Expr.Binary(left.pos(), "&", left, shift());
        }
        return left;
    }

    Expr shift() {
        Expr left = arith();
        while (peek().is("<<") || peek().is(">>")) {
            String op = next().text();
            left = new Expr.Binary(left.pos(), op, left, arith());
        }
        return left;
    }

    Expr arith() {
        Expr left = term();
        while (peek().is("+") || peek().is("-")) {
            String op = next().text();
            left = new Expr.Binary(left.pos(), op, left, term());
        }
        return left;
    }

    Expr term() {
        Expr left = factor();
        while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%") || peek().is("@")) {
            Token op = next();
            if (op.text().equals("@")) {
                throw unsupported(op.pos(), "matrix multiplication (@)");
            }
            left = new Expr.Binary(left.pos(), op.text(), left, factor());
        }
        return left;
    }

    Expr factor() {
        Token t = peek();
        if (t.is("-") || t.is("+") || t.is("~")) {
            p++;
            return new Expr.Unary(t.pos(), t.text(), factor());
        }
        return power();
    }

    Expr power() {
        if (peek().is("await")) {
            throw unsupported(peek().pos(), "async/await");
        }
        Expr base = primary();
        if (peek().is("**")) {
            p++;
            return new Expr.Binary(base.pos(), "**", base, factor());
        }
        return base;
    }

    Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.is("(")) {
                p++;
                e = callArguments(e);
            } else if (t.is("[")) {
                p++;
                Expr index = peek().is(":") ? null : expression();
                if (peek().is(":")) {
                    index = slice(t.pos(), index);
                } else if (peek().is(",")) {
                    List<Expr> items = new ArrayList<>();
                    items.add(index);
                    while (accept(",") && !peek().is("]")) {
                        items.add(expression());
                    }
                    index = new Expr.TupleLit(index.pos(), items);
                }
                expect("]");
                e = new Expr.Index(e.pos(), e, index);
            } else if (t.is(".")) {
                p++;
                e = new Expr.Attribute(e.pos(), e, name());
            } else {
                return e;
            }
        }
    }

    /** The rest of {@code [lower:upper:step]} after {@code lower} (which may be null). */
    private Expr slice(Pos pos, Expr lower) {
        expect(":");
        Expr upper = peek().is(":") || peek().is("]") ? null : expression();
        Expr step = null;
        if (accept(":") && !peek().is("]")) {
            step = expression();
        }
        return new Expr.Slice(pos, lower, upper, step);
    }

    /** Comprehension clauses, starting at {@code for}. */
    List<Expr.CompFor> compClauses() {
        List<Expr.CompFor> clauses = new ArrayList<>();
        while (peek().is("for")) {
            Pos pos = next().pos();
            if (peek().is("async")) {
                throw unsupported(peek().pos(), "async/await");
            }
            Expr target = targetList();
            expect("in");
            Expr iter = orExpr();
            List<Expr> conditions = new ArrayList<>();
            while (accept("if")) {
                conditions.add(orExpr());
            }
            clauses.add(new Expr.CompFor(pos, target, iter, conditions));
        }
        return clauses;
    }

    /** A loop target: a name, or names separated by commas (a tuple target). */
    Expr targetList() {
        Expr first = targetItem();
        if (!peek().is(",")) {
            if (first instanceof Expr.Starred st) {
                throw error(st.pos(), "starred assignment target must be in a list or tuple");
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",") && !peek().is("in")) {
            items.add(targetItem());
        }
        return new Expr.TupleLit(first.pos(), items);
    }

    /** A name of a loop target, or {@code *name}. */
    private Expr targetItem() {
        return starredOr(this::bitOr);
    }

    Expr callArguments(Expr func) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        while (!peek().is(")")) {
            Token t = peek();
            if (t.is("**")) {
                throw unsupported(t.pos(), "argument unpacking");
            }
            if (t.is("*")) {
                if (!keywords.isEmpty()) {
                    throw error(t.pos(), "iterable argument unpacking follows keyword argument unpacking");
                }
                p++;
                args.add(new Expr.Starred(t.pos(), expression()));
                if (!accept(",")) {
                    break;
                }
                continue;
            }
            if (t.kind() == Token.Kind.NAME && tokens.get(p + 1).is("=")) {
                p += 2;
                keywords.add(new Expr.Keyword(t.pos(), t.text(), expression()));
            } else {
                if (!keywords.isEmpty()) {
                    throw error(t.pos(), "positional argument follows keyword argument");
                }
                Expr arg = expression();
                if (peek().is("for")) {
                    // f(x for x in xs): a generator expression as the only argument
                    arg = new Expr.ListComp(arg.pos(), arg, compClauses(), true);
                    if (!args.isEmpty() || !keywords.isEmpty() || peek().is(",")) {
                        throw error(arg.pos(), "Generator expression must be parenthesized");
                    }
                }
                args.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Expr.Call(func.pos(), func, args, keywords);
    }

    Expr atom() {
        Token t = next();
        Pos pos = t.pos();
        switch (t.kind()) {
            case INT -> { return new Expr.IntLit(pos, (java.math.BigInteger) t.value()); }
            case FLOAT -> { return new Expr.FloatLit(pos, (Double) t.value()); }
            case STRING, FSTRING -> { return strings(t); }
            case BYTES -> {
                StringBuilder sb = new StringBuilder((String) t.value());
                while (peek().kind() == Token.Kind.BYTES) {
                    sb.append((String) next().value());
                }
                if (peek().kind() == Token.Kind.STRING || peek().kind() == Token.Kind.FSTRING) {
                    throw error(peek().pos(), "cannot mix bytes and nonbytes literals");
                }
                return new Expr.BytesLit(pos, sb.toString());
            }
            case NAME -> {
                switch (t.text()) {
                    case "True" -> { return new Expr.BoolLit(pos, true); }
                    case "False" -> { return new Expr.BoolLit(pos, false); }
                    case "None" -> { return new Expr.NoneLit(pos); }
                    case "lambda" -> throw unsupported(pos, "lambda");
                    case "yield" -> throw unsupported(pos, "generators (yield)");
                    case "await" -> throw unsupported(pos, "async/await");
                    default -> { }
                }
                if (Keywords.isKeyword(t.text())) {
                    throw error(pos, "invalid syntax");
                }
                return new Expr.Name(pos, t.text());
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        if (accept(")")) {
                            return new Expr.TupleLit(pos, List.of());
                        }
                        Expr inner = expression();
                        if (peek().is(",")) {
                            List<Expr> items = new ArrayList<>();
                            items.add(inner);
                            while (accept(",") && !peek().is(")")) {
                                items.add(expression());
                            }
                            expect(")");
                            return new Expr.TupleLit(pos, items);
                        }
                        if (peek().is("for")) {
                            Expr.ListComp gen = new Expr.ListComp(pos, inner, compClauses(), true);
                            expect(")");
                            return gen;
                        }
                        expect(")");
                        return inner;
                    }
                    case "[" -> {
                        List<Expr> items = new ArrayList<>();
                        while (!peek().is("]")) {
                            items.add(expression());
                            if (peek().is("for") && items.size() == 1) {
                                Expr.ListComp comp = new Expr.ListComp(pos, items.get(0), compClauses());
                                expect("]");
                                return comp;
                            }
                            if (!accept(",")) {
                                break;
                            }
                        }
                        expect("]");
                        return new Expr.ListLit(pos, items);
                    }
                    case "{" -> { return dictOrSet(pos); }
                    case "..." -> { return new Expr.Ellipsis(pos); }
                    default -> throw error(pos, "invalid syntax");
                }
            }
            default -> throw error(pos, "invalid syntax");
        }
    }

    Expr dictOrSet(Pos pos) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!peek().is("}")) {
            if (peek().is("**")) {
                throw unsupported(peek().pos(), "dict unpacking");
            }
            Expr key = expression();
            if (!peek().is(":") && keys.isEmpty()) {
                return set(pos, key);
            }
            expect(":");
            p--;
            p++;
            keys.add(key);
            values.add(expression());
            if (peek().is("for") && keys.size() == 1) {
                Expr.DictComp comp = new Expr.DictComp(pos, key, values.get(0), compClauses());
                expect("}");
                return comp;
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new Expr.DictLit(pos, keys, values);
    }

    private Expr set(Pos pos, Expr first) {
        if (peek().is("for")) {
            Expr.SetComp comp = new Expr.SetComp(pos, first, compClauses());
            expect("}");
            return comp;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (peek().is("}")) {
                break;
            }
            if (peek().is("*")) {
                throw unsupported(peek().pos(), "set unpacking");
            }
            items.add(expression());
        }
        expect("}");
        return new Expr.SetLit(pos, items);
    }

    /** Adjacent string literals concatenate; any f-string among them makes the whole an f-string. */
    Expr strings(Token first) {
        List<Expr> parts = new ArrayList<>();
        boolean anyF = false;
        Token t = first;
        while (true) {
            if (t.kind() == Token.Kind.FSTRING) {
                anyF = true;
                parts.addAll(new FStringParser(file, t).parse());
            } else {
                parts.add(new Expr.StrLit(t.pos(), (String) t.value()));
            }
            if (peek().kind() == Token.Kind.BYTES) {
                throw error(peek().pos(), "cannot mix bytes and nonbytes literals");
            }
            if (peek().kind() != Token.Kind.STRING && peek().kind() != Token.Kind.FSTRING) {
                break;
            }
            t = next();
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            parts.forEach(e -> sb.append(((Expr.StrLit) e).value()));
            return new Expr.StrLit(first.pos(), sb.toString());
        }
        return new Expr.FString(first.pos(), parts);
    }

    /** Parses one embedded f-string expression from its tokens. */
    static Expr parseEmbedded(String file, List<Token> tokens) {
        ExpressionParser parser = new ExpressionParser(file, tokens);
        Expr e = parser.expression();
        if (parser.peek().kind() != Token.Kind.EOF) {
            Token t = parser.peek();
            if (t.is("=")) {
                throw parser.unsupported(t.pos(), "self-documenting f-string expressions (=)");
            }
            throw parser.error(t.pos(), "f-string: invalid syntax");
        }
        return e;
    }
}
