package dev.wasmhost.cli;

import java.util.ArrayList;
import java.util.List;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

/**
 * {@code --invoke} for core module exports: turns text arguments into wasm values by the
 * export's signature and formats the results, one per line, as wasmtime does. The function may
 * be written {@code name} (arguments follow the file) or {@code name(1, 2)}.
 */
final class CoreInvoke {
    final String function;
    final List<String> args;

    private CoreInvoke(String function, List<String> args) {
        this.function = function;
        this.args = args;
    }

    static CoreInvoke parse(String invoke, List<String> trailing) {
        int open = invoke.indexOf('(');
        if (open < 0) {
            return new CoreInvoke(invoke, trailing);
        }
        if (!invoke.endsWith(")")) {
            throw new IllegalArgumentException(
                    "invalid --invoke '" + invoke + "': expected NAME or NAME(ARG, ...)");
        }
        String inner = invoke.substring(open + 1, invoke.length() - 1).trim();
        List<String> args = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String a : inner.split(",")) {
                args.add(a.trim());
            }
        }
        args.addAll(trailing);
        return new CoreInvoke(invoke.substring(0, open).trim(), args);
    }

    long[] lower(FunctionType type) {
        List<ValType> params = type.params();
        if (params.size() != args.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            "export '%s' takes %d argument(s) %s, but %d were given",
                            function, params.size(), params.stream().map(CoreInvoke::name).toList(), args.size()));
        }
        long[] out = new long[params.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = lowerOne(params.get(i), args.get(i), i);
        }
        return out;
    }

    private long lowerOne(ValType type, String text, int position) {
        try {
            if (type.equals(ValType.I32)) {
                long v = Long.decode(text);
                if (v < Integer.MIN_VALUE || v > 0xFFFF_FFFFL) {
                    throw new NumberFormatException();
                }
                return (int) v;
            }
            if (type.equals(ValType.I64)) {
                return text.startsWith("-") ? Long.decode(text) : Long.parseUnsignedLong(text.replaceFirst("^0x", ""), text.startsWith("0x") ? 16 : 10);
            }
            if (type.equals(ValType.F32)) {
                return Float.floatToRawIntBits(parseFloat(text).floatValue()) & 0xFFFF_FFFFL;
            }
            if (type.equals(ValType.F64)) {
                return Double.doubleToRawLongBits(parseFloat(text));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    String.format("argument %d '%s' is not a valid %s", position + 1, text, name(type)));
        }
        throw new IllegalArgumentException(
                "export '" + function + "' takes a " + name(type) + " argument, which --invoke cannot pass");
    }

    private static Double parseFloat(String text) {
        return switch (text) {
            case "nan", "NaN" -> Double.NaN;
            case "inf", "+inf", "Infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    static List<String> lift(FunctionType type, long[] results) {
        List<String> out = new ArrayList<>();
        List<ValType> returns = type.returns();
        for (int i = 0; i < returns.size(); i++) {
            ValType t = returns.get(i);
            long v = results[i];
            if (t.equals(ValType.I32)) {
                out.add(Integer.toString((int) v));
            } else if (t.equals(ValType.I64)) {
                out.add(Long.toString(v));
            } else if (t.equals(ValType.F32)) {
                out.add(formatFloat(Float.intBitsToFloat((int) v), Float.toString(Float.intBitsToFloat((int) v))));
            } else if (t.equals(ValType.F64)) {
                out.add(formatFloat(Double.longBitsToDouble(v), Double.toString(Double.longBitsToDouble(v))));
            } else {
                out.add("<" + name(t) + ">");
            }
        }
        return out;
    }

    private static String formatFloat(double d, String shortest) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (d == 0 && 1 / d < 0) ? "-0" : Long.toString((long) d);
        }
        return shortest;
    }

    /** The wasm text name of a value type: i32, f64, externref... */
    static String name(ValType type) {
        return type.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
