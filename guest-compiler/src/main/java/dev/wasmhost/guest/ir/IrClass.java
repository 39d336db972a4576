package dev.wasmhost.guest.ir;

import dev.wasmhost.guest.types.Type;
import java.util.List;

/** A class's instance layout: its fields in slot order, inherited fields first. */
public record IrClass(String name, List<String> fieldNames, List<Type> fieldTypes) {}
