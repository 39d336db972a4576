package dev.wasmhost.component.link;

/**
 * What a host function may know about its call: which import of which component instance it serves.
 * Kept small on purpose; host resources are plain reps chosen by the host.
 */
public interface HostContext {
  /** The import being served, e.g. {@code wasi:cli/stdout@0.2.0#get-stdout}. */
  String importName();
}
