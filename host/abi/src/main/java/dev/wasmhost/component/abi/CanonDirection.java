package dev.wasmhost.component.abi;

/**
 * Which canonical built-in a core signature is for. They differ only when results spill:
 * a lifted function returns a pointer to its results, a lowered one takes a return pointer.
 */
public enum CanonDirection {
    /** {@code canon lift}: a guest core function exported as a component function (host calls guest). */
    LIFT,
    /** {@code canon lower}: a component function imported into the guest as a core function (guest calls host). */
    LOWER
}
