package dev.wasmhost.component.world;

import dev.wasmhost.component.binary.Alias;
import dev.wasmhost.component.binary.Canon;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.Decl;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Instance;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.binary.Sort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Walks a component's definitions in order, as instantiation would, keeping only what its world needs: types,
 * functions, instances and nested components. Nested components are walked again at each instantiation, with
 * their imports bound to the arguments, so exported instances get the types their nested definitions give them.
 */
final class WorldWalker {
  /** The walk's result: the top-level imports and exports by name. */
  record Walked(Map<String, Node> imports, Map<String, Node> exports) {}

  private WorldWalker() {}

  static Walked walk(Component component) {
    return walk(component, new Space(null), null);
  }

  /** {@code args}: bindings for the component's imports, or null at the top level. */
  private static Walked walk(Component component, Space space, Map<String, Node> args) {
    Map<String, Node> imports = new LinkedHashMap<>();
    Map<String, Node> exports = new LinkedHashMap<>();
    for (Section section : component.sections()) {
      switch (section) {
        case Section.Types t -> t.types().forEach(type -> space.add(Sort.TYPE, new Node.Def(type, space)));
        case Section.Imports im -> {
          for (Section.Import i : im.imports()) {
            String name = i.name().name();
            Node node = args != null && args.containsKey(name)
                ? args.get(name)
                : extern(name, i.type(), space, args == null ? name : null);
            space.add(i.type().sort(), node);
            imports.put(name, node);
          }
        }
        case Section.Aliases a -> a.aliases().forEach(alias -> alias(alias, space));
        case Section.Canons c -> {
          for (Canon canon : c.canons()) {
            if (canon instanceof Canon.Lift lift) {
              space.add(Sort.FUNC, func(space.get(Sort.TYPE, lift.type())));
            }
          }
        }
        case Section.Instances in -> in.instances().forEach(inst -> space.add(Sort.INSTANCE, instance(inst, space)));
        case Section.NestedComponent nc -> space.add(Sort.COMPONENT, new Node.Nested(nc.component(), space));
        case Section.Exports ex -> {
          for (Section.Export e : ex.exports()) {
            String name = e.name().name();
            Node node = e.type().isPresent()
                ? extern(name, e.type().get(), space, null)
                : space.get(e.sort(), e.index());
            if (e.sort() == Sort.TYPE && e.type().isEmpty()) {
              node = new Node.Named(name, node, null);
            }
            space.add(e.sort(), node);
            exports.put(name, node);
          }
        }
        default -> {} // core modules, core instances, core types, start, values, custom sections
      }
    }
    return new Walked(imports, exports);
  }

  private static void alias(Alias alias, Space space) {
    switch (alias) {
      case Alias.InstanceExport ie -> {
        if (space.get(Sort.INSTANCE, ie.instance()) instanceof Node.InstanceNode inst && inst.members().containsKey(ie.name())) {
          space.add(ie.sort(), inst.members().get(ie.name()));
        } else {
          space.add(ie.sort(), new Node.Opaque("export \"" + ie.name() + "\" of instance " + ie.instance()));
        }
      }
      case Alias.Outer o -> {
        Space outer = space.outer(o.count());
        space.add(o.sort(), outer == null ? new Node.Opaque("outer alias") : outer.get(o.sort(), o.index()));
      }
      case Alias.CoreInstanceExport ignored -> {}
    }
  }

  private static Node instance(Instance instance, Space space) {
    return switch (instance) {
      case Instance.FromExports fe -> {
        Map<String, Node> members = new LinkedHashMap<>();
        for (Instance.InlineExport e : fe.exports()) {
          String name = e.name().name();
          Node node = space.get(e.sort(), e.index());
          members.put(name, e.sort() == Sort.TYPE ? new Node.Named(name, node, null) : node);
        }
        yield new Node.InstanceNode(members);
      }
      case Instance.Instantiate inst -> {
        if (!(space.get(Sort.COMPONENT, inst.component()) instanceof Node.Nested nested)) {
          yield new Node.Opaque("instance of an imported component");
        }
        Map<String, Node> args = new LinkedHashMap<>();
        for (Instance.Arg arg : inst.args()) {
          args.put(arg.name(), space.get(arg.sort(), arg.index()));
        }
        yield new Node.InstanceNode(walk(nested.component(), new Space(nested.scope()), args).exports());
      }
    };
  }

  /** The node an import or an ascribed export of {@code type} introduces; {@code owner} names its interface. */
  static Node extern(String name, ExternType type, Space space, String owner) {
    return switch (type) {
      case ExternType.Func f -> func(space.get(Sort.TYPE, f.type()));
      case ExternType.Instance i -> {
        Node n = instanceType(space.get(Sort.TYPE, i.type()));
        if (owner != null && n instanceof Node.InstanceNode inst) {
          inst.own(owner);
        }
        yield n;
      }
      case ExternType.TypeEq t -> new Node.Named(name, space.get(Sort.TYPE, t.type()), owner);
      case ExternType.TypeSubResource r -> new Node.Named(name, new Node.AbstractResource(), owner);
      case ExternType.Component c -> new Node.Opaque("component import");
      case ExternType.Module m -> new Node.Opaque("core module import");
      case ExternType.Value v -> new Node.Opaque("value import");
    };
  }

  static Node func(Node type) {
    return Space.definition(type) instanceof Node.Def def && def.type() instanceof DefType.Func f
        ? new Node.Func(f, def.scope())
        : new Node.Opaque("not a function type");
  }

  /** Expands an instance type's declarations into an instance with fresh named types. */
  static Node instanceType(Node type) {
    if (!(Space.definition(type) instanceof Node.Def def && def.type() instanceof DefType.InstanceType it)) {
      return new Node.Opaque("not an instance type");
    }
    Space inner = new Space(def.scope());
    Map<String, Node> members = new LinkedHashMap<>();
    for (Decl decl : it.decls()) {
      switch (decl) {
        case Decl.TypeDecl t -> inner.add(Sort.TYPE, new Node.Def(t.type(), inner));
        case Decl.AliasDecl a -> alias(a.alias(), inner);
        case Decl.ExportDecl e -> {
          String name = e.name().name();
          Node node = extern(name, e.type(), inner, null);
          inner.add(e.type().sort(), node);
          members.put(name, node);
        }
        default -> {} // core types; imports only occur in component types
      }
    }
    return new Node.InstanceNode(members);
  }
}
