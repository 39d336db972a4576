package dev.wasmhost.component.link;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.binary.Alias;
import dev.wasmhost.component.binary.Decl;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.binary.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the outermost component's imports against the {@link Linker}: an imported interface instance
 * becomes an instance of host functions, typed by the component's own declaration, with its resource types
 * bound to the host's. Missing functions are collected in {@code missing} so that all can be reported at once.
 */
final class HostImports {
  private final Linker linker;
  private final List<String> missing;

  HostImports(Linker linker, List<String> missing) {
    this.linker = linker;
    this.missing = missing;
  }

  Object resolve(Frame f, Section.Import imp) {
    String name = imp.name().name();
    return switch (imp.type()) {
      case ExternType.Instance i -> {
        TypeScope.Entry e = f.types.entry(i.type(), "import \"" + name + "\"");
        if (!(e instanceof TypeScope.Defined d) || !(d.def() instanceof DefType.InstanceType it)) {
          throw LinkException.invalid(f.path + ": import \"" + name + "\" is not typed by an instance type");
        }
        yield instance(name, it, d.scope());
      }
      case ExternType.Func fn -> {
        // A function imported directly by the world (no interface): served by interface "" of the host.
        FuncType type = f.types.funcType(fn.type(), "import \"" + name + "\"");
        yield function("", name, type);
      }
      case ExternType.TypeSubResource r -> new TypeScope.Resource(
          linker.find("").map(i -> i.resource(name)).orElseGet(() -> new ResourceType(name)));
      case ExternType.TypeEq eq -> f.types.entry(eq.type(), "import \"" + name + "\"");
      default -> throw LinkException.unsupported(f.path + ": import \"" + name + "\" of sort " + imp.type().sort()
          + " (this host links imported interfaces and functions)");
    };
  }

  private Frame.InstanceValue instance(String ifaceName, DefType.InstanceType type, TypeScope outer) {
    TypeScope local = new TypeScope(outer, "import \"" + ifaceName + "\"");
    Map<String, Object> exports = new LinkedHashMap<>();
    Optional<Linker.Iface> iface = linker.find(ifaceName);
    for (Decl decl : type.decls()) {
      switch (decl) {
        case Decl.CoreTypeDecl c -> {}
        case Decl.TypeDecl t -> local.add(new TypeScope.Defined(t.type(), local));
        case Decl.AliasDecl a -> {
          if (!(a.alias() instanceof Alias.Outer o) || o.sort() != Sort.TYPE) {
            throw LinkException.unsupported("import \"" + ifaceName + "\": alias " + a.alias()
                + " inside an instance type");
          }
          local.add(local.outer(o.count(), "outer alias").entry(o.index(), "outer alias"));
        }
        case Decl.ImportDecl i -> throw LinkException.invalid("import \"" + ifaceName
            + "\": an instance type cannot declare imports");
        case Decl.ExportDecl e -> {
          String n = e.name().name();
          switch (e.type()) {
            case ExternType.TypeSubResource r -> {
              ResourceType rt = iface.isPresent() ? iface.get().resource(n) : new ResourceType(n);
              TypeScope.Entry entry = new TypeScope.Resource(rt);
              local.add(entry);
              exports.put(n, entry);
            }
            case ExternType.TypeEq eq -> {
              TypeScope.Entry entry = local.entry(eq.type(), "export \"" + n + "\"");
              local.add(entry);
              exports.put(n, entry);
            }
            case ExternType.Func fn -> exports.put(n, function(ifaceName, n, local.funcType(fn.type(), n)));
            default -> throw LinkException.unsupported("import \"" + ifaceName + "\": export \"" + n + "\" of sort "
                + e.type().sort());
          }
        }
      }
    }
    return new Frame.InstanceValue("import " + ifaceName, exports);
  }

  private Func function(String ifaceName, String function, FuncType declared) {
    String qualified = ifaceName.isEmpty() ? function : ifaceName + "#" + function;
    Optional<Linker.HostEntry> entry = linker.find(ifaceName).map(i -> i.functions.get(function));
    if (entry.isEmpty()) {
      missing.add("component imports " + qualified + ", which the host does not provide: "
          + linker.offered(ifaceName));
      return null;
    }
    FuncType hostType = entry.get().type();
    if (hostType != null && !hostType.equals(declared)) {
      throw LinkException.unresolved("component imports " + qualified + " with type " + declared
          + ", but the host's has type " + hostType);
    }
    HostFunction impl = entry.get().function();
    HostContext cx = () -> qualified;
    return new Func() {
      @Override
      public FuncType type() {
        return declared;
      }

      @Override
      public Optional<Value> call(List<Value> args) {
        return impl.call(cx, args);
      }

      @Override
      public String toString() {
        return qualified;
      }
    };
  }
}
