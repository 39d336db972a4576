package dev.wasmhost.component.abi;

import java.util.List;

/**
 * WAVE (WebAssembly Value Encoding), the text form of component values used by
 * {@code wasmtime --invoke} and wasm-tools. Parsing is driven by the expected type, so the
 * shorthand forms are accepted (an option's {@code some} or a result's {@code ok} written as the
 * bare payload when that payload is not itself an option or result; omitted {@code none} record
 * fields and trailing {@code none} call arguments). Printing always uses the explicit forms.
 * Resource handles have no WAVE form.
 *
 * <pre>{@code
 * Value v = Wave.parse("{x: 5, y: -7}", pointType);
 * String text = Wave.print(v, pointType);          // {x: 5, y: -7}
 * List<Value> args = Wave.parseCall("area(circle(2))", areaType);
 * }</pre>
 */
public final class Wave {
    private Wave() {}

    /** Parses {@code text} as a value of {@code type}; throws {@link WaveException} with the offset on bad input. */
    public static Value parse(String text, Type type) {
        return new WaveParser(text).parseWhole(type);
    }

    /** Prints {@code value} of {@code type} as WAVE text. */
    public static String print(Value value, Type type) {
        return WavePrinter.print(value, type);
    }

    /** The function name of a call text {@code name(args...)}, e.g. to look up its type. */
    public static String callName(String text) {
        return new WaveParser(text).callName();
    }

    /** Parses the arguments of a call text {@code name(args...)} against {@code type}. */
    public static List<Value> parseCall(String text, FuncType type) {
        WaveParser p = new WaveParser(text);
        p.callName();
        List<Value> args = p.callArgs(type.params());
        p.expectEnd();
        return args;
    }

    /** Prints arguments as a call text {@code name(arg, ...)}. */
    public static String printCall(String name, List<Value> args, FuncType type) {
        if (args.size() != type.params().size()) {
            throw new IllegalArgumentException("function takes " + type.params().size() + " argument(s) but "
                    + args.size() + " were given");
        }
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(print(args.get(i), type.params().get(i).type()));
        }
        return sb.append(')').toString();
    }
}
