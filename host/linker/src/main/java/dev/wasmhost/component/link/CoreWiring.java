package dev.wasmhost.component.link;

import java.util.LinkedHashMap;
import java.util.Map;
import run.endive.runtime.ExportFunction;
import run.endive.runtime.HostFunction;
import run.endive.runtime.ImportGlobal;
import run.endive.runtime.ImportMemory;
import run.endive.runtime.ImportTable;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.Export;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.Import;

/** Connects core instances: an Endive instance's exports as {@link CoreExtern}s, and a module's imports from them. */
final class CoreWiring {
  private CoreWiring() {}

  /** Every export of {@code instance}, by name, in export order. */
  static Map<String, CoreExtern> exportsOf(Instance instance) {
    Map<String, CoreExtern> out = new LinkedHashMap<>();
    var section = instance.module().exportSection();
    for (int i = 0; i < section.exportCount(); i++) {
      Export e = section.getExport(i);
      String name = e.name();
      CoreExtern x = switch (e.exportType()) {
        case FUNCTION -> {
          ExportFunction f = instance.exports().function(name);
          yield new CoreExtern.Func(instance.exportType(name), (inst, args) -> f.apply(args));
        }
        case TABLE -> new CoreExtern.Table(instance.exports().table(name));
        case MEMORY -> new CoreExtern.Memory(instance.exports().memory(name));
        case GLOBAL -> new CoreExtern.Global(instance.exports().global(name));
        case TAG -> null; // exception tags do not cross core instances in the component model
      };
      if (x != null) {
        out.put(name, x);
      }
    }
    return out;
  }

  /**
   * The import values for {@code module} taken from {@code args} (import module name to the exports of the core
   * instance passed under that name).
   *
   * @param where names the core instance being created, for messages
   */
  static ImportValues importsFor(WasmModule module, Map<String, Map<String, CoreExtern>> args, String where) {
    var builder = ImportValues.builder();
    var section = module.importSection();
    for (int i = 0; i < section.importCount(); i++) {
      Import imp = section.getImport(i);
      Map<String, CoreExtern> from = args.get(imp.module());
      String qualified = "\"" + imp.module() + "\" \"" + imp.name() + "\"";
      if (from == null) {
        throw LinkException.invalid(where + ": import " + qualified + " is not provided: no instance is passed as \""
            + imp.module() + "\" (passed: " + String.join(", ", args.keySet()) + ")");
      }
      CoreExtern x = from.get(imp.name());
      if (x == null) {
        throw LinkException.invalid(where + ": import " + qualified + " is not provided: the instance passed as \""
            + imp.module() + "\" exports only " + String.join(", ", from.keySet()));
      }
      String expected = imp.importType().name().toLowerCase(java.util.Locale.ROOT);
      switch (imp.importType()) {
        case FUNCTION -> {
          if (!(x instanceof CoreExtern.Func f)) {
            throw mismatch(where, qualified, expected, x);
          }
          FunctionType wanted = module.typeSection().getType(((FunctionImport) imp).typeIndex());
          if (f.type() != null && !f.type().typesMatch(wanted)) {
            throw LinkException.invalid(where + ": import " + qualified + " expects a function " + wanted
                + " but is given one of type " + f.type());
          }
          builder.addFunction(new HostFunction(imp.module(), imp.name(), wanted, f.handle()));
        }
        case TABLE -> {
          if (!(x instanceof CoreExtern.Table t)) {
            throw mismatch(where, qualified, expected, x);
          }
          builder.addTable(new ImportTable(imp.module(), imp.name(), t.table()));
        }
        case MEMORY -> {
          if (!(x instanceof CoreExtern.Memory m)) {
            throw mismatch(where, qualified, expected, x);
          }
          builder.addMemory(new ImportMemory(imp.module(), imp.name(), m.memory()));
        }
        case GLOBAL -> {
          if (!(x instanceof CoreExtern.Global g)) {
            throw mismatch(where, qualified, expected, x);
          }
          builder.addGlobal(new ImportGlobal(imp.module(), imp.name(), g.global()));
        }
        case TAG -> throw LinkException.unsupported(where + ": import " + qualified
            + " is an exception tag; tags cannot be passed between core instances of a component");
      }
    }
    return builder.build();
  }

  private static LinkException mismatch(String where, String qualified, String expected, CoreExtern given) {
    return LinkException.invalid(where + ": import " + qualified + " expects a " + expected + " but is given a "
        + given.kind());
  }
}
