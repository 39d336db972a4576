package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.Counter;
import dev.wasmhost.wit.wasmhost.bindgen_test.counters.CountersHost;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Point;
import java.util.ArrayList;
import java.util.List;

/** Host counters: plain Java objects behind the generated Counter interface. */
final class CounterHost implements CountersHost {
  final List<HostCounter> closed = new ArrayList<>();

  final class HostCounter implements Counter, AutoCloseable {
    long value;

    HostCounter(long value) {
      this.value = value;
    }

    @Override
    public long add(long n) {
      value += n;
      return value;
    }

    @Override
    public long get() {
      return value;
    }

    @Override
    public void absorb(Counter other) {
      value += other.get();
    }

    @Override
    public Point position() {
      return new Point((int) value, -(int) value);
    }

    @Override
    public void close() {
      closed.add(this);
    }
  }

  @Override
  public Counter newCounter(long start) {
    return new HostCounter(start);
  }

  @Override
  public Counter counterMerge(Counter a, Counter b) {
    return new HostCounter(a.get() + b.get());
  }

  @Override
  public long total(List<Counter> counters) {
    return counters.stream().mapToLong(Counter::get).sum();
  }

  @Override
  public Tuple.Of2<Counter, Counter> makePair(long start) {
    return new Tuple.Of2<>(new HostCounter(start), new HostCounter(start + 1));
  }
}
