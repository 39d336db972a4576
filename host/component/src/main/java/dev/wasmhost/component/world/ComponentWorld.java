package dev.wasmhost.component.world;

import dev.wasmhost.component.binary.Component;
import java.util.List;

/**
 * The world a component binary implies: what it imports and exports, with types, as {@code wasm-tools component
 * wit} or {@code jco wit} would show it. Built from the binary's own type information, without instantiating.
 */
public final class ComponentWorld {
  private final WorldWalker.Walked walked;

  private ComponentWorld(WorldWalker.Walked walked) {
    this.walked = walked;
  }

  public static ComponentWorld of(Component component) {
    return new ComponentWorld(WorldWalker.walk(component));
  }

  /** Import names in binary order, e.g. {@code wasi:cli/environment@0.2.3}. */
  public List<String> imports() {
    return List.copyOf(walked.imports().keySet());
  }

  /** Export names in binary order, e.g. {@code wasi:cli/run@0.2.3}. */
  public List<String> exports() {
    return List.copyOf(walked.exports().keySet());
  }

  /**
   * The world as WIT text: {@code package root:component; world root {...}} followed by every imported or exported
   * interface, in a {@code package ns:name@version { interface ... }} block per package.
   */
  public String toWit() {
    return WitWriter.write(walked);
  }
}
