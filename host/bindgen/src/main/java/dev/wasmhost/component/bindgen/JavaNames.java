package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.PackageName;
import dev.wasmhost.component.wit.TypeDef;
import dev.wasmhost.component.wit.TypeOwner;
import java.util.Locale;
import java.util.Set;

/**
 * How WIT names become Java names.
 *
 * <ul>
 *   <li>An interface {@code ns:pkg/iface@v} becomes the Java package {@code base.ns.pkg.iface}
 *       (default base {@code dev.wasmhost.wit}); the version is dropped, so every 0.2.x serves
 *       the same Java types. Hyphens become underscores: {@code wasi:clocks/monotonic-clock} is
 *       {@code dev.wasmhost.wit.wasi.clocks.monotonic_clock}.
 *   <li>Types become UpperCamel ({@code descriptor-stat} is {@code DescriptorStat}), functions,
 *       fields and parameters lowerCamel, enum cases and flags UPPER_SNAKE.
 *   <li>A name that is a Java keyword, or that would clash with a method every object has, gets a
 *       trailing underscore.
 * </ul>
 */
final class JavaNames {
  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
      "long", "native", "new", "package", "private", "protected", "public", "return", "short",
      "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
      "record", "sealed", "permits", "non-sealed", "_",
      // methods of java.lang.Object and of records: a component or method with these names
      // would not compile or would change equality
      "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll",
      "wait");

  private final String basePackage;

  JavaNames(String basePackage) {
    this.basePackage = basePackage;
  }

  /** The Java package of a named interface. */
  String packageOf(PackageName pkg, String iface) {
    return basePackage + "." + segment(pkg.namespace()) + "." + segment(pkg.name()) + "."
        + segment(iface);
  }

  /** The Java package that holds the types declared by {@code owner}. */
  String packageOf(TypeOwner owner) {
    return switch (owner) {
      case TypeOwner.OfInterface(PackageName pkg, String iface) -> packageOf(pkg, iface);
      case TypeOwner.OfInlineInterface(PackageName pkg, String world, String item) ->
          packageOf(pkg, world) + "." + segment(item);
      case TypeOwner.OfWorld(PackageName pkg, String world) -> packageOf(pkg, world);
    };
  }

  /** The fully qualified Java name of a (non-alias) declared type. */
  String qualified(TypeDef def) {
    return packageOf(def.owner()) + "." + type(def.name());
  }

  /** The WIT interface id without version, e.g. {@code wasi:io/streams}: resource lookups use it. */
  static String interfaceKey(TypeOwner owner) {
    return switch (owner) {
      case TypeOwner.OfInterface(PackageName pkg, String iface) -> pkg.unversioned() + "/" + iface;
      case TypeOwner.OfInlineInterface(PackageName pkg, String world, String item) -> item;
      case TypeOwner.OfWorld(PackageName pkg, String world) -> pkg.unversioned() + "/" + world;
    };
  }

  static String segment(String witName) {
    String s = witName.toLowerCase(Locale.ROOT).replace('-', '_');
    if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
      s = "_" + s;
    }
    return escape(s);
  }

  static String type(String witName) {
    return escape(camel(witName, true));
  }

  static String member(String witName) {
    return escape(camel(witName, false));
  }

  static String constant(String witName) {
    return escape(witName.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  static String escape(String name) {
    return RESERVED.contains(name) ? name + "_" : name;
  }

  private static String camel(String witName, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean upper = upperFirst;
    for (int i = 0; i < witName.length(); i++) {
      char c = witName.charAt(i);
      if (c == '-') {
        upper = true;
      } else if (upper) {
        out.append(Character.toUpperCase(c));
        upper = false;
      } else {
        out.append(c);
      }
    }
    if (!out.isEmpty() && Character.isDigit(out.charAt(0))) {
      out.insert(0, '_');
    }
    return out.toString();
  }
}
