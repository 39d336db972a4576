package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.Info;
import dev.wasmhost.component.binary.Scope.Member;
import dev.wasmhost.component.binary.Scope.TypeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes and validates a component binary. Core modules inside are kept as bytes (the engine decodes them);
 * everything of the component layer is decoded and every index is checked against the index spaces built so
 * far. Any problem is a {@link ComponentFormatException} naming the offset.
 *
 * <pre>{@code
 * Component c = ComponentDecoder.decode(Files.readAllBytes(path));
 * }</pre>
 */
public final class ComponentDecoder {
  private ComponentDecoder() {}

  public static Component decode(byte[] bytes) {
    return component(new Reader(bytes, 0, bytes.length), null);
  }

  static Component component(Reader r, Scope parent) {
    int start = r.pos();
    byte[] b = r.array();
    if (r.remaining() < 8 || !WasmBinary.matches(b, start, WasmBinary.MAGIC)) {
      throw Reader.fail(start, "not a WebAssembly binary: it must start with \\0asm and a 4-byte version");
    }
    if (WasmBinary.matches(b, start + 4, WasmBinary.CORE_VERSION)) {
      throw Reader.fail(start + 4, "this is a core WebAssembly module, not a component");
    }
    if (!WasmBinary.matches(b, start + 4, WasmBinary.COMPONENT_VERSION_AND_LAYER)) {
      throw Reader.fail(start + 4, String.format(
          "unsupported component version/layer %02x %02x %02x %02x (this decoder reads 0d 00 01 00)",
          b[start + 4], b[start + 5], b[start + 6], b[start + 7]));
    }
    r.take(8, "preamble");
    Scope sc = new Scope(Scope.Kind.COMPONENT, parent, start);
    List<Section> sections = new ArrayList<>();
    while (!r.atEnd()) {
      int at = r.pos();
      int id = r.u8("section id");
      int size = r.u32("section size");
      int contentAt = r.pos();
      Reader s = r.sub(size, "section " + id);
      sections.add(section(id, at, s, sc));
      s.expectEnd("section " + id, contentAt);
    }
    return new Component(sections);
  }

  private static Section section(int id, int at, Reader s, Scope sc) {
    return switch (id) {
      case 0 -> new Section.Custom(s.name("custom section name"), Bytes.wrap(s.take(s.remaining(), "custom section")));
      case 1 -> coreModule(s, sc);
      case 2 -> new Section.CoreInstances(items(s, "core instance", () -> coreInstance(s, sc)));
      case 3 -> new Section.CoreTypes(items(s, "core type", () -> CoreTypeDecoder.coreType(s, sc)));
      case 4 -> {
        Component c = component(s, sc);
        Map<String, Sort> imports = new LinkedHashMap<>();
        c.imports().forEach(i -> imports.put(i.name().name(), i.type().sort()));
        sc.add(Sort.COMPONENT, new Info(TypeKind.NONE, exportsOf(c), imports));
        yield new Section.NestedComponent(c);
      }
      case 5 -> new Section.Instances(items(s, "instance", () -> instance(s, sc)));
      case 6 -> new Section.Aliases(items(s, "alias", () -> alias(s, sc, false)));
      case 7 -> new Section.Types(items(s, "type", () -> TypeDecoder.defType(s, sc)));
      case 8 -> new Section.Canons(items(s, "canon", () -> CanonDecoder.canon(s, sc)));
      case 9 -> start(s, sc);
      case 10 -> new Section.Imports(items(s, "import", () -> importDef(s, sc)));
      case 11 -> new Section.Exports(items(s, "export", () -> exportDef(s, sc)));
      case 12 -> new Section.Values(items(s, "value", () -> value(s, sc)));
      default -> throw Reader.fail(at, "unknown section id " + id);
    };
  }

  private static <T> List<T> items(Reader r, String what, java.util.function.Supplier<T> item) {
    int n = r.count(what);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.get());
    }
    return List.copyOf(out);
  }

  private static Section.CoreModule coreModule(Reader s, Scope sc) {
    int at = s.pos();
    byte[] module = s.take(s.remaining(), "core module");
    if (WasmBinary.kind(module) != WasmBinary.Kind.CORE_MODULE) {
      throw Reader.fail(at, "core module section does not start with a core module header (\\0asm 01 00 00 00)");
    }
    sc.add(Sort.CORE_MODULE, new Info(TypeKind.NONE, CoreModuleExports.read(module)));
    return new Section.CoreModule(Bytes.wrap(module), at);
  }

  private static CoreInstance coreInstance(Reader r, Scope sc) {
    int at = r.pos();
    int tag = r.u8("core instance");
    if (tag == 0x00) {
      int mAt = r.pos();
      int m = r.u32("module index");
      Info module = sc.check(Sort.CORE_MODULE, m, mAt, "core instantiation");
      int n = r.count("instantiation argument");
      List<CoreInstance.Arg> args = new ArrayList<>(n);
      Set<String> names = new HashSet<>();
      for (int i = 0; i < n; i++) {
        int nameAt = r.pos();
        String name = r.name("argument name");
        if (!names.add(name)) {
          throw Reader.fail(nameAt, "duplicate instantiation argument \"" + name + "\"");
        }
        int sAt = r.pos();
        int sort = r.u8("argument sort");
        if (sort != 0x12) {
          throw Reader.fail(sAt, String.format("core instantiation arguments must be instances (0x12), found 0x%02x", sort));
        }
        int iAt = r.pos();
        int inst = r.u32("core instance index");
        sc.check(Sort.CORE_INSTANCE, inst, iAt, "instantiation argument \"" + name + "\"");
        args.add(new CoreInstance.Arg(name, inst));
      }
      sc.add(Sort.CORE_INSTANCE, new Info(TypeKind.NONE, module.exports()));
      return new CoreInstance.Instantiate(m, List.copyOf(args));
    }
    if (tag == 0x01) {
      int n = r.count("inline export");
      List<CoreInstance.InlineExport> exports = new ArrayList<>(n);
      Map<String, Member> members = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        int nameAt = r.pos();
        String name = r.name("export name");
        Sort sort = Sort.readCore(r);
        int iAt = r.pos();
        int idx = r.u32("index");
        Info info = sc.check(sort, idx, iAt, "inline export \"" + name + "\"");
        if (members.put(name, new Member(sort, info)) != null) {
          throw Reader.fail(nameAt, "duplicate export name \"" + name + "\"");
        }
        exports.add(new CoreInstance.InlineExport(name, sort, idx));
      }
      sc.add(Sort.CORE_INSTANCE, new Info(TypeKind.NONE, members));
      return new CoreInstance.FromExports(List.copyOf(exports));
    }
    throw Reader.fail(at, String.format("unknown core instance form 0x%02x", tag));
  }

  private static Instance instance(Reader r, Scope sc) {
    int at = r.pos();
    int tag = r.u8("instance");
    if (tag == 0x00) {
      int cAt = r.pos();
      int c = r.u32("component index");
      Info component = sc.check(Sort.COMPONENT, c, cAt, "instantiation");
      int n = r.count("instantiation argument");
      List<Instance.Arg> args = new ArrayList<>(n);
      Map<String, Sort> given = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        int nameAt = r.pos();
        String name = r.name("argument name");
        Sort sort = Sort.read(r);
        if (given.put(name, sort) != null) {
          throw Reader.fail(nameAt, "duplicate instantiation argument \"" + name + "\"");
        }
        int iAt = r.pos();
        int idx = r.u32("index");
        sc.check(sort, idx, iAt, "instantiation argument \"" + name + "\"");
        args.add(new Instance.Arg(name, sort, idx));
      }
      if (component.imports() != null) {
        component.imports().forEach((name, sort) -> {
          Sort got = given.get(name);
          if (got == null) {
            throw Reader.fail(at, "instantiation of component " + c + " gives no argument for its import \""
                + name + "\" (a " + sort + ")");
          }
          if (got != sort) {
            throw Reader.fail(at, "instantiation of component " + c + " passes a " + got + " for its import \""
                + name + "\", which is a " + sort);
          }
        });
      }
      sc.add(Sort.INSTANCE, new Info(TypeKind.NONE, component.exports()));
      return new Instance.Instantiate(c, List.copyOf(args));
    }
    if (tag == 0x01) {
      int n = r.count("inline export");
      List<Instance.InlineExport> exports = new ArrayList<>(n);
      Map<String, Member> members = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        int nameAt = r.pos();
        ExternName name = ExternDecoder.externName(r);
        Sort sort = Sort.read(r);
        int iAt = r.pos();
        int idx = r.u32("index");
        Info info = sc.check(sort, idx, iAt, "inline export \"" + name + "\"");
        if (members.put(name.name(), new Member(sort, info)) != null) {
          throw Reader.fail(nameAt, "duplicate export name \"" + name + "\"");
        }
        exports.add(new Instance.InlineExport(name, sort, idx));
      }
      sc.add(Sort.INSTANCE, new Info(TypeKind.NONE, members));
      return new Instance.FromExports(List.copyOf(exports));
    }
    throw Reader.fail(at, String.format("unknown instance form 0x%02x", tag));
  }

  /** An alias definition ({@code inDecl} false) or an alias declarator in a component/instance type. */
  static Alias alias(Reader r, Scope sc, boolean inDecl) {
    int at = r.pos();
    Sort sort = Sort.read(r);
    int kAt = r.pos();
    int kind = r.u8("alias kind");
    Alias alias;
    Info info;
    switch (kind) {
      case 0x00, 0x01 -> {
        boolean core = kind == 0x01;
        if (core != sort.isCore()) {
          throw Reader.fail(at, (core ? "core export alias" : "export alias") + " cannot have sort " + sort);
        }
        if (inDecl && sort != Sort.INSTANCE && sort != Sort.TYPE) {
          throw Reader.fail(at, "export aliases in types may only alias instances and types, not " + sort);
        }
        int iAt = r.pos();
        int inst = r.u32("instance index");
        Info instance = sc.check(core ? Sort.CORE_INSTANCE : Sort.INSTANCE, inst, iAt, "alias");
        String name = r.name("export name");
        info = exportedMember(instance, core ? "core instance " : "instance ", inst, name, sort, iAt);
        alias = core ? new Alias.CoreInstanceExport(sort, inst, name) : new Alias.InstanceExport(sort, inst, name);
      }
      case 0x02 -> {
        boolean allowed = inDecl
            ? sort == Sort.CORE_TYPE || sort == Sort.TYPE
            : sort == Sort.CORE_TYPE || sort == Sort.TYPE || sort == Sort.CORE_MODULE || sort == Sort.COMPONENT;
        if (!allowed) {
          throw Reader.fail(at, "outer aliases cannot alias " + sort.plural());
        }
        int ctAt = r.pos();
        int ct = r.u32("outer count");
        int idxAt = r.pos();
        int idx = r.u32("outer index");
        info = sc.outer(ct, ctAt).check(sort, idx, idxAt, "outer alias");
        alias = new Alias.Outer(sort, ct, idx);
      }
      default -> throw Reader.fail(kAt, String.format("unknown alias kind 0x%02x", kind));
    }
    sc.add(sort, info);
    return alias;
  }

  private static Info exportedMember(Info instance, String what, int index, String name, Sort sort, int at) {
    if (instance.exports() == null) {
      return Info.UNKNOWN;
    }
    Member m = instance.exports().get(name);
    if (m == null) {
      throw Reader.fail(at, "alias refers to export \"" + name + "\" of " + what + index + ", which has no such export");
    }
    if (m.sort() != sort) {
      throw Reader.fail(at, "alias expects export \"" + name + "\" of " + what + index + " to be a " + sort
          + ", but it is a " + m.sort());
    }
    return m.info();
  }

  private static Section.Start start(Reader r, Scope sc) {
    int fAt = r.pos();
    int f = r.u32("start function index");
    sc.check(Sort.FUNC, f, fAt, "start");
    int n = r.count("start argument");
    List<Integer> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int vAt = r.pos();
      int v = r.u32("value index");
      sc.check(Sort.VALUE, v, vAt, "start argument");
      args.add(v);
    }
    int rAt = r.pos();
    int results = r.u32("start result count");
    if (results > 1) {
      throw Reader.fail(rAt, "start function declares " + results + " results; at most 1 is allowed");
    }
    for (int i = 0; i < results; i++) {
      sc.add(Sort.VALUE, Info.NONE);
    }
    return new Section.Start(f, List.copyOf(args), results);
  }

  private static Section.Import importDef(Reader r, Scope sc) {
    int at = r.pos();
    ExternName name = ExternDecoder.externName(r);
    sc.uniqueImport(name.name(), at);
    ExternType type = ExternDecoder.externType(r, sc);
    sc.add(type.sort(), sc.infoOf(type));
    return new Section.Import(name, type);
  }

  private static Section.Export exportDef(Reader r, Scope sc) {
    int at = r.pos();
    ExternName name = ExternDecoder.externName(r);
    sc.uniqueExport(name.name(), at);
    int sAt = r.pos();
    Sort sort = Sort.read(r);
    if (sort.isCore() && sort != Sort.CORE_MODULE) {
      throw Reader.fail(sAt, "a component cannot export a " + sort + "; of the core sorts only modules can be exported");
    }
    int iAt = r.pos();
    int idx = r.u32("index");
    Info info = sc.check(sort, idx, iAt, "export \"" + name + "\"");
    Optional<ExternType> type = Optional.empty();
    if (TypeDecoder.present(r, "export type ascription")) {
      int tAt = r.pos();
      ExternType t = ExternDecoder.externType(r, sc);
      if (t.sort() != sort) {
        throw Reader.fail(tAt, "export \"" + name + "\" of a " + sort + " is ascribed a " + t.sort() + " type");
      }
      type = Optional.of(t);
      info = sc.infoOf(t);
    }
    sc.add(sort, info);
    return new Section.Export(name, sort, idx, type);
  }

  private static Section.Value value(Reader r, Scope sc) {
    ValType t = TypeDecoder.valType(r, sc);
    int len = r.u32("value length");
    byte[] v = r.take(len, "value");
    sc.add(Sort.VALUE, Info.NONE);
    return new Section.Value(t, Bytes.wrap(v));
  }

  /** The exports of a nested component, as seen by whoever instantiates it. */
  private static Map<String, Member> exportsOf(Component c) {
    // Export infos of the nested scope are gone by now; names and sorts are what aliases need.
    Map<String, Member> out = new LinkedHashMap<>();
    for (Section.Export e : c.exports()) {
      out.put(e.name().name(), new Member(e.sort(), Info.UNKNOWN));
    }
    return out;
  }
}
