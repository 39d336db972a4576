package dev.wasmhost.component.bindgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.bindgen.runtime.Result;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates bindings for the repository's wit/ folder (WASI 0.2) and compiles them. */
class WasiBindingsCompileTest {
  private static final Path WIT = Path.of("../../wit");

  @TempDir static Path work;
  static List<Path> written;
  static List<String> errors;
  static URLClassLoader loader;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    Path sources = work.resolve("src");
    Path classes = Files.createDirectories(work.resolve("classes"));
    written = WitBindgen.generate(WIT, sources, WitBindgen.Options.defaults());
    errors = InMemoryCompiler.compile(sources, classes);
    loader = InMemoryCompiler.loader(classes);
  }

  @Test
  void everyWasiInterfaceCompilesWithoutErrors() {
    assertThat(errors).isEmpty();
    assertThat(written).extracting(p -> p.getFileName().toString())
        .contains("StreamsHost.java", "StreamsAdapter.java", "StreamsProxy.java",
            "MonotonicClockHost.java", "RandomHost.java", "Descriptor.java", "ErrorCode.java",
            "EnvironmentHost.java", "RunProxy.java");
  }

  @Test
  void outputStreamBecomesAResourceInterfaceWithTypedMethods() throws Exception {
    Class<?> stream = loader.loadClass("dev.wasmhost.wit.wasi.io.streams.OutputStream");
    assertThat(stream.isInterface()).isTrue();
    Method write = stream.getMethod("blockingWriteAndFlush", byte[].class);
    assertThat(write.getReturnType()).isEqualTo(Result.class);
    ParameterizedType result = (ParameterizedType) write.getGenericReturnType();
    assertThat(result.getActualTypeArguments()[0].getTypeName()).isEqualTo("java.lang.Void");
    assertThat(result.getActualTypeArguments()[1].getTypeName())
        .isEqualTo("dev.wasmhost.wit.wasi.io.streams.StreamError");
    Class<?> error = loader.loadClass("dev.wasmhost.wit.wasi.io.streams.StreamError");
    assertThat(error.isSealed()).isTrue();
    assertThat(error.getPermittedSubclasses()).extracting(Class::getSimpleName)
        .containsExactly("LastOperationFailed", "Closed");
  }

  @Test
  void filesystemTypesMapToEnumsFlagsRecordsAndUsedTypesOfOtherPackages() throws Exception {
    Class<?> code = loader.loadClass("dev.wasmhost.wit.wasi.filesystem.types.ErrorCode");
    assertThat(code.isEnum()).isTrue();
    assertThat(code.getEnumConstants()).extracting(Object::toString).contains("ACCESS", "WOULD_BLOCK");
    Class<?> stat = loader.loadClass("dev.wasmhost.wit.wasi.filesystem.types.DescriptorStat");
    assertThat(stat.isRecord()).isTrue();
    assertThat(stat.getRecordComponents()).extracting(c -> c.getName() + ":" + c.getGenericType().getTypeName())
        .contains("type:dev.wasmhost.wit.wasi.filesystem.types.DescriptorType",
            "size:long",
            "dataAccessTimestamp:java.util.Optional<dev.wasmhost.wit.wasi.clocks.wall_clock.Datetime>");
    Class<?> descriptor = loader.loadClass("dev.wasmhost.wit.wasi.filesystem.types.Descriptor");
    Method readViaStream = descriptor.getMethod("readViaStream", long.class);
    assertThat(readViaStream.getGenericReturnType().getTypeName()).isEqualTo(
        "dev.wasmhost.component.bindgen.runtime.Result<dev.wasmhost.wit.wasi.io.streams.InputStream,"
            + " dev.wasmhost.wit.wasi.filesystem.types.ErrorCode>");
    Method getFlags = descriptor.getMethod("getFlags");
    assertThat(getFlags.getGenericReturnType().getTypeName()).isEqualTo(
        "dev.wasmhost.component.bindgen.runtime.Result<java.util.Set<"
            + "dev.wasmhost.wit.wasi.filesystem.types.DescriptorFlags>,"
            + " dev.wasmhost.wit.wasi.filesystem.types.ErrorCode>");
  }

  @SuppressWarnings("unchecked")
  @Test
  void adapterListsEveryFunctionOfTheInterfaceByComponentModelName() throws Exception {
    Class<?> adapter = loader.loadClass("dev.wasmhost.wit.wasi.io.streams.StreamsAdapter");
    Class<?> host = loader.loadClass("dev.wasmhost.wit.wasi.io.streams.StreamsHost");
    Object impl = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {host},
        (p, m, a) -> { throw new UnsupportedOperationException(m.getName()); });
    Method functions = adapter.getMethod("functions", host,
        dev.wasmhost.component.bindgen.runtime.Resources.class);
    Map<String, ?> fns = (Map<String, ?>) functions.invoke(null, impl,
        new dev.wasmhost.component.bindgen.runtime.Resources());
    assertThat(fns.keySet()).contains("[method]input-stream.read",
        "[method]output-stream.blocking-write-and-flush", "[method]output-stream.splice",
        "[method]output-stream.subscribe");
    assertThat(fns).hasSize(15);
    assertThat(adapter.getField("INTERFACE").get(null)).isEqualTo("wasi:io/streams");
    assertThat(adapter.getField("VERSION").get(null)).isEqualTo("0.2.0");
    Map<String, ?> withoutHost = (Map<String, ?>) adapter
        .getMethod("functions", dev.wasmhost.component.bindgen.runtime.Resources.class)
        .invoke(null, new dev.wasmhost.component.bindgen.runtime.Resources());
    assertThat(withoutHost.keySet()).as("streams has only resource methods: no host needed")
        .isEqualTo(fns.keySet());
    Class<?> environment = loader.loadClass("dev.wasmhost.wit.wasi.cli.environment.EnvironmentAdapter");
    assertThat(environment.getMethods()).extracting(Method::getName).containsOnlyOnce("functions");
  }

  @Test
  void interfacesFromUseAreNotGeneratedTwice() {
    long streamsErrors = written.stream()
        .filter(p -> p.endsWith(Path.of("wasi/io/error/Error.java"))).count();
    assertThat(streamsErrors).isEqualTo(1);
    assertThat(written).noneMatch(p -> p.toString().contains("filesystem/types/InputStream"));
    assertThat(Set.copyOf(written)).hasSameSizeAs(written);
  }
}
