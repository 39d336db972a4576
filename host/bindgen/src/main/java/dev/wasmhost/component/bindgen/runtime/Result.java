package dev.wasmhost.component.bindgen.runtime;

import java.util.Objects;

/**
 * A WIT {@code result<T, E>}: either {@link Ok} or {@link Err}. A side without a payload
 * ({@code result<_, E>}, {@code result<T>}, {@code result}) is typed {@code Void} and holds
 * {@code null}.
 */
public sealed interface Result<T, E> {
  /** Success. */
  record Ok<T, E>(T value) implements Result<T, E> {
    @Override
    public boolean equals(Object o) {
      return o instanceof Ok<?, ?> ok && Values.deepEquals(value, ok.value);
    }

    @Override
    public int hashCode() {
      return Values.deepHash(value);
    }
  }

  /** Failure. */
  record Err<T, E>(E error) implements Result<T, E> {
    @Override
    public boolean equals(Object o) {
      return o instanceof Err<?, ?> err && Values.deepEquals(error, err.error);
    }

    @Override
    public int hashCode() {
      return ~Values.deepHash(error);
    }
  }

  static <T, E> Result<T, E> ok(T value) {
    return new Ok<>(value);
  }

  /** {@code ok} of a {@code result<_, E>}. */
  static <E> Result<Void, E> ok() {
    return new Ok<>(null);
  }

  static <T, E> Result<T, E> err(E error) {
    return new Err<>(error);
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The success value; throws when this is an error. */
  default T unwrap() {
    if (this instanceof Ok<T, E> ok) {
      return ok.value();
    }
    throw new IllegalStateException("result is an error: " + ((Err<T, E>) this).error());
  }

  /** The error value; throws when this is a success. */
  default E unwrapErr() {
    if (this instanceof Err<T, E> err) {
      return err.error();
    }
    throw new IllegalStateException("result is ok: " + Objects.toString(((Ok<T, E>) this).value()));
  }
}
