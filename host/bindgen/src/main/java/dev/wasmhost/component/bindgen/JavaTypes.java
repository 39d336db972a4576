package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java type that stands for a WIT type.
 *
 * <p>Integers keep their width: {@code u8}/{@code s8} are {@code byte}, {@code u16}/{@code s16}
 * {@code short}, {@code u32}/{@code s32} {@code int}, {@code u64}/{@code s64} {@code long}; the
 * unsigned ones carry their bits (read them with {@code Integer.toUnsignedLong} and friends).
 * {@code char} is an {@code int} code point, {@code list<u8>} is {@code byte[]}, other lists are
 * {@code List}, {@code option<T>} is {@code Optional<T>} (nested options nest), {@code result}
 * is {@link dev.wasmhost.component.bindgen.runtime.Result} ({@code Void} for a missing side),
 * tuples are {@link dev.wasmhost.component.bindgen.runtime.Tuple} records, flags are a
 * {@code Set} of the generated enum, and {@code own<R>}/{@code borrow<R>} are the generated
 * resource interface {@code R}.
 */
final class JavaTypes {
  static final String RT = "dev.wasmhost.component.bindgen.runtime";

  private final JavaNames names;

  JavaTypes(JavaNames names) {
    this.names = names;
  }

  /** The declared (possibly primitive) Java type. */
  String type(Type t) {
    t = unalias(t); // type filesize = u64 is a plain long
    if (t instanceof Primitive p) {
      return switch (p) {
        case BOOL -> "boolean";
        case S8, U8 -> "byte";
        case S16, U16 -> "short";
        case S32, U32, CHAR -> "int";
        case S64, U64 -> "long";
        case F32 -> "float";
        case F64 -> "double";
        case STRING -> "java.lang.String";
        case ERROR_CONTEXT -> throw unsupported("error-context");
      };
    }
    return boxed(t);
  }

  /** The reference Java type, for use as a type argument. */
  String boxed(Type t) {
    return switch (t) {
      case Primitive p -> switch (p) {
        case BOOL -> "java.lang.Boolean";
        case S8, U8 -> "java.lang.Byte";
        case S16, U16 -> "java.lang.Short";
        case S32, U32, CHAR -> "java.lang.Integer";
        case S64, U64 -> "java.lang.Long";
        case F32 -> "java.lang.Float";
        case F64 -> "java.lang.Double";
        case STRING -> "java.lang.String";
        case ERROR_CONTEXT -> throw unsupported("error-context");
      };
      case Type.Named n -> named(n.def());
      case Type.ListOf l -> isBytes(l.element()) ? "byte[]" : "java.util.List<" + boxed(l.element()) + ">";
      case Type.FixedListOf l -> isBytes(l.element()) ? "byte[]" : "java.util.List<" + boxed(l.element()) + ">";
      case Type.OptionOf o -> "java.util.Optional<" + boxed(o.some()) + ">";
      case Type.ResultOf r -> RT + ".Result<" + side(r.ok()) + ", " + side(r.err()) + ">";
      case Type.TupleOf tu -> tuple(tu.elements());
      case Type.Own o -> names.qualified(o.resource().unaliased());
      case Type.Borrow b -> names.qualified(b.resource().unaliased());
      case Type.FutureOf f -> throw unsupported("future");
      case Type.StreamOf s -> throw unsupported("stream");
    };
  }

  private String side(Type t) {
    return t == null ? "java.lang.Void" : boxed(t);
  }

  private String tuple(List<Type> elements) {
    if (elements.isEmpty() || elements.size() > 8) {
      throw new BindgenException("tuples of " + elements.size()
          + " elements are not supported (1 to 8 are); use a record");
    }
    List<String> args = new ArrayList<>();
    elements.forEach(e -> args.add(boxed(e)));
    return RT + ".Tuple.Of" + elements.size() + "<" + String.join(", ", args) + ">";
  }

  private String named(TypeDef def) {
    TypeDef target = def.unaliased();
    if (target.kind() instanceof TypeDef.Alias(Type aliased)) {
      return boxed(aliased); // type x = list<u8>: no class of its own
    }
    if (target.kind() instanceof TypeDef.Flags) {
      return "java.util.Set<" + names.qualified(target) + ">";
    }
    return names.qualified(target);
  }

  static boolean isBytes(Type element) {
    return element == Primitive.U8;
  }

  /** The non-alias definition a type refers to, or {@code null} when it is not a named type. */
  static TypeDef definition(Type t) {
    if (t instanceof Type.Named n) {
      TypeDef target = n.def().unaliased();
      return target.kind() instanceof TypeDef.Alias ? null : target;
    }
    return null;
  }

  /** Follows {@code type x = y} aliases to the type they stand for. */
  static Type unalias(Type t) {
    while (t instanceof Type.Named n && n.def().unaliased().kind() instanceof TypeDef.Alias(Type a)) {
      t = a;
    }
    return t;
  }

  private static BindgenException unsupported(String what) {
    return new BindgenException("bindgen does not support WIT '" + what
        + "' types yet; remove them from the interfaces you generate");
  }
}
