package dev.wasmhost.component.link;

import dev.wasmhost.component.binary.Section;
import dev.wasmhost.runtime.Engine;
import dev.wasmhost.runtime.PreparedModule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the core modules inside components on a core {@link Engine}. Each distinct module is prepared once per
 * ComponentEngine (and, with an engine that has a code cache, compiled once per machine), so instantiating a
 * component again, or two components sharing an adapter module, reuses the compiled code.
 *
 * <pre>{@code
 * var engine = new ComponentEngine(new EndiveEngine(EngineKind.COMPILER, new CodeCache(CodeCache.defaultRoot())));
 * }</pre>
 */
public final class ComponentEngine {
  private final Engine engine;
  private final Map<Section.CoreModule, PreparedModule> prepared = new ConcurrentHashMap<>();

  public ComponentEngine(Engine engine) {
    this.engine = engine;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * The core module prepared so far that carries Python source locations (the guest compiler's
   * {@code wasmhost.lines} section), for trap reports; null if none does.
   */
  public run.endive.wasm.WasmModule sourceMappedModule() {
    for (PreparedModule p : prepared.values()) {
      if (p.module() != null && dev.wasmhost.runtime.PythonLines.of(p.module()) != null) {
        return p.module();
      }
    }
    return null;
  }

  PreparedModule prepare(Section.CoreModule module) {
    return prepared.computeIfAbsent(module, m -> engine.prepare(m.bytes().toArray()));
  }
}
