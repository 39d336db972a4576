package dev.wasmhost.component.bindgen.runtime;

import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.abi.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Conversions between Java values and canonical-ABI {@link Value}s, called by generated
 * bindings. A Value of the wrong shape (a linker or caller bug, since the ABI already checked
 * what came from the guest) throws {@link IllegalArgumentException} naming what was expected.
 */
public final class Values {
  private Values() {}

  // ---- Java to Value ----

  public static Value bool(boolean v) {
    return new Value.BoolValue(v);
  }

  public static Value s8(byte v) {
    return integer(Primitive.S8, v);
  }

  public static Value u8(byte v) {
    return integer(Primitive.U8, Byte.toUnsignedLong(v));
  }

  public static Value s16(short v) {
    return integer(Primitive.S16, v);
  }

  public static Value u16(short v) {
    return integer(Primitive.U16, Short.toUnsignedLong(v));
  }

  public static Value s32(int v) {
    return integer(Primitive.S32, v);
  }

  public static Value u32(int v) {
    return integer(Primitive.U32, Integer.toUnsignedLong(v));
  }

  public static Value s64(long v) {
    return integer(Primitive.S64, v);
  }

  public static Value u64(long v) {
    return integer(Primitive.U64, v);
  }

  public static Value f32(float v) {
    return new Value.F32Value(v);
  }

  public static Value f64(double v) {
    return new Value.F64Value(v);
  }

  /** A {@code char}: a Unicode scalar value. */
  public static Value chr(int codePoint) {
    if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      throw new IllegalArgumentException("char value " + codePoint
          + " is not a Unicode scalar value (0..0x10FFFF without surrogates)");
    }
    return new Value.CharValue(codePoint);
  }

  public static Value string(String v) {
    return new Value.StringValue(nonNull(v, "string"));
  }

  /** A {@code list<u8>}. */
  public static Value bytes(byte[] v) {
    nonNull(v, "list<u8>");
    List<Value> out = new ArrayList<>(v.length);
    for (byte b : v) {
      out.add(u8(b));
    }
    return new Value.ListValue(out);
  }

  public static <T> Value list(List<T> v, Function<? super T, Value> element) {
    nonNull(v, "list");
    List<Value> out = new ArrayList<>(v.size());
    for (T t : v) {
      out.add(element.apply(t));
    }
    return new Value.ListValue(out);
  }

  public static Value record(Value... fields) {
    return new Value.RecordValue(List.of(fields));
  }

  public static Value tuple(Value... items) {
    return new Value.TupleValue(List.of(items));
  }

  /** A variant case; {@code payload} is {@code null} for a case without one. */
  public static Value variant(int caseIndex, Value payload) {
    return new Value.VariantValue(caseIndex, Optional.ofNullable(payload));
  }

  public static Value enumCase(int index) {
    return new Value.EnumValue(index);
  }

  public static <E extends Enum<E>> Value flags(Set<E> set, int count) {
    BitSet bits = new BitSet(count);
    for (E e : nonNull(set, "flags")) {
      bits.set(e.ordinal());
    }
    return new Value.FlagsValue(bits);
  }

  public static <T> Value option(Optional<T> v, Function<? super T, Value> some) {
    return new Value.OptionValue(nonNull(v, "option").map(some));
  }

  /** A {@code result}; a side without payload passes {@code null} as its function. */
  public static <T, E> Value result(Result<T, E> v, Function<? super T, Value> ok,
      Function<? super E, Value> err) {
    return switch (nonNull(v, "result")) {
      case Result.Ok<T, E> o -> new Value.ResultValue(true,
          ok == null ? Optional.empty() : Optional.of(ok.apply(o.value())));
      case Result.Err<T, E> e -> new Value.ResultValue(false,
          err == null ? Optional.empty() : Optional.of(err.apply(e.error())));
    };
  }

  /** A resource handle as the bindings hand it to the ABI. */
  public static Value handle(ResourceType type, int rep, boolean own) {
    return new Value.HandleValue(type, rep, own);
  }

  // ---- Value to Java ----

  public static boolean asBool(Value v) {
    return as(v, Value.BoolValue.class, "bool").value();
  }

  public static byte asS8(Value v) {
    return (byte) integer(v, "s8");
  }

  public static byte asU8(Value v) {
    return (byte) integer(v, "u8");
  }

  public static short asS16(Value v) {
    return (short) integer(v, "s16");
  }

  public static short asU16(Value v) {
    return (short) integer(v, "u16");
  }

  public static int asS32(Value v) {
    return (int) integer(v, "s32");
  }

  public static int asU32(Value v) {
    return (int) integer(v, "u32");
  }

  public static long asS64(Value v) {
    return integer(v, "s64");
  }

  public static long asU64(Value v) {
    return integer(v, "u64");
  }

  public static float asF32(Value v) {
    return as(v, Value.F32Value.class, "f32").value();
  }

  public static double asF64(Value v) {
    return as(v, Value.F64Value.class, "f64").value();
  }

  public static int asChr(Value v) {
    return as(v, Value.CharValue.class, "char").codePoint();
  }

  public static String asString(Value v) {
    return as(v, Value.StringValue.class, "string").value();
  }

  public static byte[] asBytes(Value v) {
    List<Value> items = as(v, Value.ListValue.class, "list<u8>").values();
    byte[] out = new byte[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = asU8(items.get(i));
    }
    return out;
  }

  public static <T> List<T> asList(Value v, Function<Value, T> element) {
    List<Value> items = as(v, Value.ListValue.class, "list").values();
    List<T> out = new ArrayList<>(items.size());
    for (Value item : items) {
      out.add(element.apply(item));
    }
    return List.copyOf(out);
  }

  /** The field values of a record, checked to number {@code fields}. */
  public static List<Value> asRecord(Value v, int fields) {
    return sized(as(v, Value.RecordValue.class, "record").fields(), fields, "record fields");
  }

  public static List<Value> asTuple(Value v, int items) {
    return sized(as(v, Value.TupleValue.class, "tuple").values(), items, "tuple items");
  }

  /** The case index of a variant, checked against the number of cases. */
  public static int caseIndex(Value v, int cases) {
    int index = as(v, Value.VariantValue.class, "variant").caseIndex();
    if (index < 0 || index >= cases) {
      throw new IllegalArgumentException("variant case " + index + " is out of range (the variant has "
          + cases + " cases)");
    }
    return index;
  }

  /** The payload of a variant case, or {@code null}. */
  public static Value payload(Value v) {
    return as(v, Value.VariantValue.class, "variant").payload().orElse(null);
  }

  /** A payload that must be present. */
  public static Value required(Value payload, String what) {
    if (payload == null) {
      throw new IllegalArgumentException(what + " needs a payload and the value has none");
    }
    return payload;
  }

  public static <E extends Enum<E>> E asEnum(Value v, Class<E> type) {
    int index = as(v, Value.EnumValue.class, "enum").index();
    E[] cases = type.getEnumConstants();
    if (index < 0 || index >= cases.length) {
      throw new IllegalArgumentException("enum case " + index + " is out of range for "
          + type.getSimpleName() + " (" + cases.length + " cases)");
    }
    return cases[index];
  }

  public static <E extends Enum<E>> Set<E> asFlags(Value v, Class<E> type) {
    BitSet bits = as(v, Value.FlagsValue.class, "flags").bits();
    E[] all = type.getEnumConstants();
    EnumSet<E> out = EnumSet.noneOf(type);
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      if (i >= all.length) {
        throw new IllegalArgumentException("flag " + i + " is out of range for "
            + type.getSimpleName() + " (" + all.length + " flags)");
      }
      out.add(all[i]);
    }
    return out;
  }

  public static <T> Optional<T> asOption(Value v, Function<Value, T> some) {
    return as(v, Value.OptionValue.class, "option").value().map(some);
  }

  public static <T, E> Result<T, E> asResult(Value v, Function<Value, T> ok,
      Function<Value, E> err) {
    Value.ResultValue r = as(v, Value.ResultValue.class, "result");
    Function<Value, ?> side = r.ok() ? ok : err;
    Object payload = null;
    if (side != null) {
      payload = side.apply(r.value().orElseThrow(() -> new IllegalArgumentException(
          "result " + (r.ok() ? "ok" : "error") + " needs a payload and the value has none")));
    }
    @SuppressWarnings("unchecked")
    Result<T, E> out = r.ok() ? new Result.Ok<>((T) payload) : new Result.Err<>((E) payload);
    return out;
  }

  /** The rep of a handle value. */
  public static int handleRep(Value v) {
    return as(v, Value.HandleValue.class, "resource handle").rep();
  }

  // ---- calls ----

  /** Applies {@code f} to {@code v}: lets generated code bind a value inside an expression. */
  public static <A, R> R with(A v, Function<A, R> f) {
    return f.apply(v);
  }

  /** Checks the number of arguments of a host call. */
  public static void checkArity(List<Value> args, int expected, String function) {
    if (args.size() != expected) {
      throw new IllegalArgumentException(function + " takes " + expected + " argument(s), got "
          + args.size());
    }
  }

  /** The result of a call that must return one. */
  public static Value returned(Optional<Value> result, String function) {
    return result.orElseThrow(() -> new IllegalArgumentException(function
        + " returned nothing but its WIT type has a result"));
  }

  // ---- equality of values that may hold arrays (byte[] for list<u8>) ----

  static boolean deepEquals(Object a, Object b) {
    return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
  }

  static int deepHash(Object a) {
    return Arrays.deepHashCode(new Object[] {a});
  }

  // ---- the shape of A's values, kept in one place ----

  private static Value integer(Primitive kind, long value) {
    return new Value.IntValue(kind, value);
  }

  private static long integer(Value v, String expected) {
    return as(v, Value.IntValue.class, expected).value();
  }

  private static <V extends Value> V as(Value v, Class<V> cls, String expected) {
    if (!cls.isInstance(v)) {
      throw new IllegalArgumentException("expected a " + expected + " value, got "
          + (v == null ? "null" : v.getClass().getSimpleName()));
    }
    return cls.cast(v);
  }

  private static List<Value> sized(List<Value> values, int expected, String what) {
    if (values.size() != expected) {
      throw new IllegalArgumentException("expected " + expected + " " + what + ", got "
          + values.size());
    }
    return values;
  }

  private static <T> T nonNull(T v, String what) {
    if (v == null) {
      throw new IllegalArgumentException("a " + what + " value is null; WIT values are never null");
    }
    return v;
  }
}
