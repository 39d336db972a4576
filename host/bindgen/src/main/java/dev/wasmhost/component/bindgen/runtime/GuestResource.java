package dev.wasmhost.component.bindgen.runtime;

import dev.wasmhost.component.abi.Value;

/**
 * A resource that lives in a component (it exported the resource type); generated proxies hand
 * these out. The host holds it by handle and calls its methods through the proxy's invoker.
 */
public interface GuestResource {
  /** The handle value the component gave for this resource. */
  Value guestHandle();

  /** Tells the component the host is done with the resource ({@code [resource-drop]r}). */
  void dropGuestHandle();
}
