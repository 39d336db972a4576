package dev.wasmhost.component.abi;

import java.util.Objects;

/**
 * One resource type definition. Equality is identity: two definitions with the same name are
 * different types, and the same definition reached through two paths is one type.
 */
public final class ResourceType {
    private final String name;

    /** A fresh resource type; {@code name} is for messages only. */
    public ResourceType(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The name used in messages (e.g. {@code output-stream}). */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "resource " + name;
    }
}
