package dev.wasmhost.component.wit;

import java.util.List;

/**
 * A WIT type as written at a use site. Named types point at their {@link TypeDef} object, never
 * at a string, so two uses of the same declaration share identity.
 */
public sealed interface Type
    permits Primitive, Type.Named, Type.ListOf, Type.FixedListOf, Type.OptionOf, Type.ResultOf,
        Type.TupleOf, Type.Own, Type.Borrow, Type.FutureOf, Type.StreamOf {

  /** A reference to a declared type (record, variant, alias, resource...). */
  record Named(TypeDef def) implements Type {}

  /** {@code list<T>}. */
  record ListOf(Type element) implements Type {}

  /** {@code list<T, N>}: a list of exactly {@code size} elements. */
  record FixedListOf(Type element, int size) implements Type {}

  /** {@code option<T>}. */
  record OptionOf(Type some) implements Type {}

  /**
   * {@code result}, {@code result<T>}, {@code result<_, E>} or {@code result<T, E>}.
   *
   * @param ok the success payload, or {@code null}
   * @param err the error payload, or {@code null}
   */
  record ResultOf(Type ok, Type err) implements Type {}

  /** {@code tuple<A, B, ...>}. */
  record TupleOf(List<Type> elements) implements Type {
    public TupleOf {
      elements = List.copyOf(elements);
    }
  }

  /** {@code own<R>}, also written as the bare resource name. */
  record Own(TypeDef resource) implements Type {}

  /** {@code borrow<R>}. */
  record Borrow(TypeDef resource) implements Type {}

  /** {@code future} or {@code future<T>} ({@code payload} may be {@code null}). */
  record FutureOf(Type payload) implements Type {}

  /** {@code stream} or {@code stream<T>} ({@code payload} may be {@code null}). */
  record StreamOf(Type payload) implements Type {}
}
