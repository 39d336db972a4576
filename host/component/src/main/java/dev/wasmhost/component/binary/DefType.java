package dev.wasmhost.component.binary;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** An entry of a type section: a defined value type, a function, component, instance or resource type. */
public sealed interface DefType extends Definition
    permits DefType.ValueType, DefType.Func, DefType.ComponentType, DefType.InstanceType, DefType.Resource {

  /** Defined value types (records, variants, lists, handles...). */
  sealed interface ValueType extends DefType
      permits PrimType, Record, Variant, ListOf, FixedList, Tuple, Flags, Enum, Option, Result, Own, Borrow,
          Stream, Future, MapOf {}

  record Field(String label, ValType type) {}

  record Case(String label, Optional<ValType> type) {}

  record Record(List<Field> fields) implements ValueType {}

  record Variant(List<Case> cases) implements ValueType {}

  record ListOf(ValType element) implements ValueType {}

  record FixedList(ValType element, int length) implements ValueType {}

  record Tuple(List<ValType> types) implements ValueType {}

  record Flags(List<String> labels) implements ValueType {}

  record Enum(List<String> labels) implements ValueType {}

  record Option(ValType type) implements ValueType {}

  record Result(Optional<ValType> ok, Optional<ValType> error) implements ValueType {}

  record Own(int resourceType) implements ValueType {}

  record Borrow(int resourceType) implements ValueType {}

  record Stream(Optional<ValType> element) implements ValueType {}

  record Future(Optional<ValType> element) implements ValueType {}

  record MapOf(ValType key, ValType value) implements ValueType {}

  /** {@code (func async? (param ...)* (result t)?)}. */
  record Func(boolean async, List<Field> params, Optional<ValType> result) implements DefType {}

  /** {@code (component decl*)}: imports and exports of a component, with local types and aliases. */
  record ComponentType(List<Decl> decls) implements DefType {}

  /** {@code (instance decl*)}: the exports of an instance, with local types and aliases. */
  record InstanceType(List<Decl> decls) implements DefType {}

  /** {@code (resource (rep i32) (dtor f)?)}; {@code rep} is the core value type opcode (0x7f = i32). */
  record Resource(int rep, OptionalInt destructor) implements DefType {}
}
