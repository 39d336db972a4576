package dev.wasmhost.component.bindgen.runtime;

/**
 * WIT tuples as records: {@code tuple<u32, string>} is {@code Tuple.Of2<Integer, String>} with
 * components {@code v0}, {@code v1}, ... Arity 1 to 8.
 */
public sealed interface Tuple {
  /** A tuple of 1. */
  record Of1<A>(A v0) implements Tuple {}

  /** A tuple of 2. */
  record Of2<A, B>(A v0, B v1) implements Tuple {}

  /** A tuple of 3. */
  record Of3<A, B, C>(A v0, B v1, C v2) implements Tuple {}

  /** A tuple of 4. */
  record Of4<A, B, C, D>(A v0, B v1, C v2, D v3) implements Tuple {}

  /** A tuple of 5. */
  record Of5<A, B, C, D, E>(A v0, B v1, C v2, D v3, E v4) implements Tuple {}

  /** A tuple of 6. */
  record Of6<A, B, C, D, E, F>(A v0, B v1, C v2, D v3, E v4, F v5) implements Tuple {}

  /** A tuple of 7. */
  record Of7<A, B, C, D, E, F, G>(A v0, B v1, C v2, D v3, E v4, F v5, G v6) implements Tuple {}

  /** A tuple of 8. */
  record Of8<A, B, C, D, E, F, G, H>(A v0, B v1, C v2, D v3, E v4, F v5, G v6, H v7) implements Tuple {}
}
