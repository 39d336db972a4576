package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.component.bindgen.runtime.Tuple;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Color;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Permissions;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Point;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Problem;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Scalars;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.Shape;
import dev.wasmhost.wit.wasmhost.bindgen_test.shapes.ShapesHost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A host implementation of the generated ShapesHost that remembers the typed arguments it got. */
final class RecordingShapes implements ShapesHost {
  final List<Object> received = new ArrayList<>();
  private final Map<String, Point> points = Map.of("origin", new Point(0, 0), "a", new Point(3, -7));

  @Override
  public Point translate(Point p, int dx, int dy) {
    received.add(p);
    return new Point(p.x() + dx, p.y() + dy);
  }

  @Override
  public String describe(Scalars s) {
    received.add(s);
    return s.flag() + " " + s.tiny() + " " + Byte.toUnsignedInt(s.smallUnsigned()) + " "
        + s.short_() + " " + Short.toUnsignedInt(s.shortUnsigned()) + " " + s.word() + " "
        + Integer.toUnsignedString(s.wordUnsigned()) + " " + s.wide() + " "
        + Long.toUnsignedString(s.wideUnsigned()) + " " + s.single() + " " + s.double_() + " "
        + Character.toString(s.letter()) + " " + Arrays.toString(s.bytes());
  }

  @Override
  public List<Color> mix(Color a, Color b) {
    received.add(List.of(a, b));
    return a == b ? List.of(a) : List.of(a, b, Color.GREEN);
  }

  @Override
  public Set<Permissions> grant(Set<Permissions> current, Set<Permissions> extra) {
    received.add(current);
    EnumSet<Permissions> out = EnumSet.noneOf(Permissions.class);
    out.addAll(current);
    out.addAll(extra);
    return out;
  }

  @Override
  public double area(Shape s) {
    received.add(s);
    return switch (s) {
      case Shape.Circle c -> Math.PI * c.value() * c.value();
      case Shape.Rectangle r -> Math.abs((double) (r.value().v1().x() - r.value().v0().x())
          * (r.value().v1().y() - r.value().v0().y()));
      case Shape.Polygon p -> p.value().size();
      case Shape.Shape_ x -> -1;
      case Shape.Empty e -> 0;
    };
  }

  @Override
  public Optional<Shape> largest(List<Shape> shapes) {
    received.add(shapes);
    return shapes.stream().max(Comparator.comparingDouble(this::area));
  }

  @Override
  public Result<Point, Problem> lookup(String key) {
    received.add(key);
    Point p = points.get(key);
    return p != null ? Result.ok(p) : Result.err(new Problem.NotFound(key));
  }

  @Override
  public Result<Void, Problem> check(String key) {
    received.add(key);
    return key.startsWith("secret") ? Result.err(new Problem.Denied()) : Result.ok();
  }

  @Override
  public Optional<Optional<Integer>> maybeMaybe(Optional<Optional<Integer>> v) {
    received.add(v);
    return v.map(inner -> inner.map(i -> i + 1));
  }

  @Override
  public Tuple.Of2<Long, String> swap(Tuple.Of2<String, Long> pair) {
    received.add(pair);
    return new Tuple.Of2<>(pair.v1(), pair.v0());
  }

  @Override
  public Tuple.Of2<byte[], byte[]> split(byte[] data, int at) {
    received.add(data);
    return new Tuple.Of2<>(Arrays.copyOfRange(data, 0, at), Arrays.copyOfRange(data, at, data.length));
  }

  @Override
  public List<Optional<byte[]>> nested(List<List<String>> v) {
    received.add(v);
    List<Optional<byte[]>> out = new ArrayList<>();
    for (List<String> l : v) {
      out.add(l.isEmpty() ? Optional.empty()
          : Optional.of(String.join("", l).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Override
  public void nothing() {
    received.add("nothing");
  }
}
