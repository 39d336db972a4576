package dev.wasmhost.component.build;

/** A core module or world that cannot be made into a component; the message says which import or export and why. */
public final class ComponentBuildException extends RuntimeException {
  public ComponentBuildException(String message) {
    super(message);
  }
}
