package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Primitive;
import dev.wasmhost.component.wit.Type;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Java expressions that convert between typed Java values and
 * {@code dev.wasmhost.component.abi.Value}s. Generated code refers to the resource tables as
 * {@code $res}; lambda parameters are {@code $0}, {@code $1}, ... by nesting depth, names no WIT
 * identifier can take.
 */
final class Conversions {
  static final String VALUE = "Value";
  static final String VALUES = "Values";
  static final String RES = "$res";

  private final JavaNames names;
  private final JavaTypes types;

  Conversions(JavaNames names, JavaTypes types) {
    this.names = names;
    this.types = types;
  }

  /** The name of the class holding the conversions of an owner's records and variants. */
  String codecClass(TypeDef def) {
    return names.packageOf(def.owner()) + "." + codecSimpleName(def.owner());
  }

  static String codecSimpleName(dev.wasmhost.component.wit.TypeOwner owner) {
    String last = switch (owner) {
      case dev.wasmhost.component.wit.TypeOwner.OfInterface i -> i.interfaceName();
      case dev.wasmhost.component.wit.TypeOwner.OfInlineInterface i -> i.item();
      case dev.wasmhost.component.wit.TypeOwner.OfWorld w -> w.world();
    };
    return JavaNames.type(last) + "Codec";
  }

  /** An expression of type Value for the Java expression {@code expr} of WIT type {@code t}. */
  String lower(Type t, String expr, int depth) {
    t = JavaTypes.unalias(t);
    String lambda = "$" + depth;
    return switch (t) {
      case Primitive p -> VALUES + "." + primitiveName(p) + "(" + expr + ")";
      case Type.Named n -> lowerNamed(n.def().unaliased(), expr);
      case Type.ListOf l -> lowerList(l.element(), expr, depth);
      case Type.FixedListOf l -> lowerList(l.element(), expr, depth);
      case Type.OptionOf o -> VALUES + ".option(" + expr + ", " + lambda + " -> "
          + lower(o.some(), lambda, depth + 1) + ")";
      case Type.ResultOf r -> VALUES + ".result(" + expr + ", "
          + lowerFn(r.ok(), depth) + ", " + lowerFn(r.err(), depth) + ")";
      case Type.TupleOf tu -> {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tu.elements().size(); i++) {
          parts.add(lower(tu.elements().get(i), "(" + expr + ").v" + i + "()", depth));
        }
        yield VALUES + ".tuple(" + String.join(", ", parts) + ")";
      }
      case Type.Own o -> resourceCall("lowerOwn", o.resource(), expr, false);
      case Type.Borrow b -> resourceCall("lowerBorrow", b.resource(), expr, false);
      case Type.FutureOf f -> throw new BindgenException("bindgen does not support 'future' yet");
      case Type.StreamOf s -> throw new BindgenException("bindgen does not support 'stream' yet");
    };
  }

  /** An expression of the Java type of {@code t} for the Value expression {@code expr}. */
  String lift(Type t, String expr, int depth) {
    t = JavaTypes.unalias(t);
    String lambda = "$" + depth;
    return switch (t) {
      case Primitive p -> VALUES + ".as" + capital(primitiveName(p)) + "(" + expr + ")";
      case Type.Named n -> liftNamed(n.def().unaliased(), expr);
      case Type.ListOf l -> liftList(l.element(), expr, depth);
      case Type.FixedListOf l -> liftList(l.element(), expr, depth);
      case Type.OptionOf o -> VALUES + ".<" + types.boxed(o.some()) + ">asOption(" + expr + ", "
          + lambda + " -> " + lift(o.some(), lambda, depth + 1) + ")";
      case Type.ResultOf r -> VALUES + ".<" + side(r.ok()) + ", " + side(r.err()) + ">asResult("
          + expr + ", " + liftFn(r.ok(), depth) + ", " + liftFn(r.err(), depth) + ")";
      case Type.TupleOf tu -> {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tu.elements().size(); i++) {
          parts.add(lift(tu.elements().get(i), lambda + ".get(" + i + ")", depth + 1));
        }
        String tupleType = types.boxed(tu);
        yield VALUES + ".<java.util.List<" + VALUE + ">, " + tupleType + ">with(" + VALUES
            + ".asTuple(" + expr + ", " + parts.size() + "), " + lambda + " -> new "
            + tupleType.substring(0, tupleType.indexOf('<')) + "<>(" + String.join(", ", parts)
            + "))";
      }
      case Type.Own o -> resourceCall("liftOwn", o.resource(), expr, true);
      case Type.Borrow b -> resourceCall("liftBorrow", b.resource(), expr, true);
      case Type.FutureOf f -> throw new BindgenException("bindgen does not support 'future' yet");
      case Type.StreamOf s -> throw new BindgenException("bindgen does not support 'stream' yet");
    };
  }

  private String lowerNamed(TypeDef def, String expr) {
    return switch (def.kind()) {
      case TypeDef.Record r -> codecClass(def) + ".lower" + JavaNames.type(def.name()) + "(" + expr + ", " + RES + ")";
      case TypeDef.Variant v -> codecClass(def) + ".lower" + JavaNames.type(def.name()) + "(" + expr + ", " + RES + ")";
      case TypeDef.Enum e -> VALUES + ".enumCase((" + expr + ").ordinal())";
      case TypeDef.Flags f -> VALUES + ".flags(" + expr + ", " + f.flags().size() + ")";
      case TypeDef.Resource r -> resourceCall("lowerOwn", def, expr, false);
      case TypeDef.Alias a -> lower(a.target(), expr, 0);
    };
  }

  private String liftNamed(TypeDef def, String expr) {
    String cls = names.qualified(def);
    return switch (def.kind()) {
      case TypeDef.Record r -> codecClass(def) + ".lift" + JavaNames.type(def.name()) + "(" + expr + ", " + RES + ")";
      case TypeDef.Variant v -> codecClass(def) + ".lift" + JavaNames.type(def.name()) + "(" + expr + ", " + RES + ")";
      case TypeDef.Enum e -> VALUES + ".asEnum(" + expr + ", " + cls + ".class)";
      case TypeDef.Flags f -> VALUES + ".asFlags(" + expr + ", " + cls + ".class)";
      case TypeDef.Resource r -> resourceCall("liftOwn", def, expr, true);
      case TypeDef.Alias a -> lift(a.target(), expr, 0);
    };
  }

  private String lowerList(Type element, String expr, int depth) {
    if (JavaTypes.isBytes(element)) {
      return VALUES + ".bytes(" + expr + ")";
    }
    String lambda = "$" + depth;
    return VALUES + ".list(" + expr + ", " + lambda + " -> " + lower(element, lambda, depth + 1) + ")";
  }

  private String liftList(Type element, String expr, int depth) {
    if (JavaTypes.isBytes(element)) {
      return VALUES + ".asBytes(" + expr + ")";
    }
    String lambda = "$" + depth;
    return VALUES + ".<" + types.boxed(element) + ">asList(" + expr + ", " + lambda + " -> "
        + lift(element, lambda, depth + 1) + ")";
  }

  private String lowerFn(Type t, int depth) {
    if (t == null) {
      return "null";
    }
    String lambda = "$" + depth;
    return lambda + " -> " + lower(t, lambda, depth + 1);
  }

  private String liftFn(Type t, int depth) {
    if (t == null) {
      return "null";
    }
    String lambda = "$" + depth;
    return lambda + " -> " + lift(t, lambda, depth + 1);
  }

  private String side(Type t) {
    return t == null ? "java.lang.Void" : types.boxed(t);
  }

  private String resourceCall(String method, TypeDef resource, String expr, boolean withClass) {
    TypeDef def = resource.unaliased();
    String call = RES + "." + method + "(\"" + JavaNames.interfaceKey(def.owner()) + "\", \""
        + def.name() + "\", " + expr;
    return call + (withClass ? ", " + names.qualified(def) + ".class)" : ")");
  }

  static String primitiveName(Primitive p) {
    return switch (p) {
      case CHAR -> "chr";
      case BOOL -> "bool";
      case STRING -> "string";
      case ERROR_CONTEXT -> throw new BindgenException("bindgen does not support 'error-context' yet");
      default -> p.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
