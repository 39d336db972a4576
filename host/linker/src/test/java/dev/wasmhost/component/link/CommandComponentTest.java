package dev.wasmhost.component.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.FuncType;
import dev.wasmhost.component.abi.ResourceType;
import dev.wasmhost.component.abi.Type;
import dev.wasmhost.component.abi.Value;
import dev.wasmhost.runtime.CodeCache;
import dev.wasmhost.runtime.EndiveEngine;
import dev.wasmhost.runtime.EngineKind;
import dev.wasmhost.runtime.ExitCode;
import dev.wasmhost.runtime.GuestTrap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * p2-direct.wasm (a C program against WASI 0.2, shim/fixup pattern, canon lower with memory and realloc, a host
 * resource) run through {@link ComponentRunner} against a minimal host defined in this test.
 */
class CommandComponentTest {
  private static final Path P2_DIRECT = Path.of("../../conformance/components/wasm/p2-direct.wasm");
  private static final int STDOUT_REP = 7;

  /** The four functions p2-direct imports, at {@code version}, writing to {@code out}. */
  private static Linker host(String version, ByteArrayOutputStream out, List<Integer> dropped, List<String> args) {
    ResourceType outputStream = new ResourceType("output-stream");
    return new Linker()
        .defineResource("wasi:io/streams@" + version, "output-stream", outputStream, dropped::add)
        .define("wasi:cli/environment@" + version, "get-arguments", (cx, a) -> Optional.of(
            new Value.ListValue(args.stream().<Value>map(Value.StringValue::new).toList())))
        .define("wasi:cli/stdout@" + version, "get-stdout",
            (cx, a) -> Optional.of(new Value.HandleValue(outputStream, STDOUT_REP, true)))
        .define("wasi:io/streams@" + version, "[method]output-stream.blocking-write-and-flush", (cx, a) -> {
          Value.HandleValue self = (Value.HandleValue) a.get(0);
          assertThat(self.rep()).isEqualTo(STDOUT_REP);
          for (Value b : ((Value.ListValue) a.get(1)).values()) {
            out.write((int) ((Value.IntValue) b).value());
          }
          return Optional.of(new Value.ResultValue(true, Optional.empty()));
        });
  }

  private static int run(ComponentEngine engine, Linker linker) throws Exception {
    return ComponentRunner.runCommand(engine, Files.readAllBytes(P2_DIRECT), linker, t -> OptionalInt.empty(), null);
  }

  private static ComponentEngine interpreter() {
    return new ComponentEngine(new EndiveEngine(EngineKind.INTERPRETER, null));
  }

  @Test
  void runPrintsItsArgumentsThroughTheHostStdout() throws Exception {
    var out = new ByteArrayOutputStream();
    List<Integer> dropped = new ArrayList<>();
    int status = run(interpreter(), host("0.2.0", out, dropped, List.of("p2-direct", "x", "y z")));
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("hello from a WASI 0.2 component with 3 argument(s): [p2-direct] [x] [y z]\n");
    assertThat(dropped).as("the guest drops its stdout handle").containsExactly(STDOUT_REP);
  }

  @Test
  void compiledModulesAreCachedOnDisk(@TempDir Path cache) throws Exception {
    var engine = new ComponentEngine(new EndiveEngine(EngineKind.COMPILER, new CodeCache(cache)));
    var out = new ByteArrayOutputStream();
    assertThat(run(engine, host("0.2.0", out, new ArrayList<>(), List.of("p")))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from a WASI 0.2 component with 1 argument(s): [p]\n");
    try (var files = Files.walk(cache)) {
      assertThat(files.filter(p -> p.toString().endsWith(".jar")).count()).isPositive();
    }
  }

  @Test
  void aNewerPatchVersionOfTheHostServesTheImport() throws Exception {
    var out = new ByteArrayOutputStream();
    assertThat(run(interpreter(), host("0.2.7", out, new ArrayList<>(), List.of()))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("hello from a WASI 0.2 component with 0 argument(s)");
  }

  @Test
  void anotherMinorVersionDoesNotServeA0xImport() {
    var out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> run(interpreter(), host("0.3.0", out, new ArrayList<>(), List.of())))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("component imports wasi:cli/environment@0.2.0#get-arguments, which the host does not"
            + " provide: the host offers wasi:cli/environment@0.3.0 (get-arguments)")
        .satisfies(e -> assertThat(((LinkException) e).exitCode()).isEqualTo(ExitCode.UNRESOLVED_IMPORT));
  }

  @Test
  void aMissingHostFunctionIsNamedAtLinkTime() {
    Linker linker = new Linker().define("wasi:cli/environment@0.2.0", "get-arguments",
        (cx, a) -> Optional.of(new Value.ListValue(List.of())));
    assertThatThrownBy(() -> run(interpreter(), linker))
        .isInstanceOf(LinkException.class)
        .hasMessageStartingWith("component imports wasi:io/streams@0.2.0#[method]output-stream.blocking-write-and-flush,"
            + " which the host does not provide: the host has no wasi:io/streams; it offers"
            + " wasi:cli/environment@0.2.0")
        .hasMessageEndingWith("(and 1 more missing)");
  }

  @Test
  void aHostTypeThatDiffersFromTheImportIsALinkError() {
    var out = new ByteArrayOutputStream();
    Linker linker = host("0.2.0", out, new ArrayList<>(), List.of())
        .define("wasi:cli/environment@0.2.0", "get-arguments",
            new dev.wasmhost.component.abi.FuncType(List.of(), Optional.of(Type.Primitive.STRING)),
            (cx, a) -> Optional.of(new Value.StringValue("")));
    assertThatThrownBy(() -> run(interpreter(), linker))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("component imports wasi:cli/environment@0.2.0#get-arguments with type");
  }

  @Test
  void aValueTheAbiCannotCarryIsATrap() {
    var out = new ByteArrayOutputStream();
    // An unpaired surrogate cannot be encoded as a component string.
    Linker linker = host("0.2.0", out, new ArrayList<>(), List.of("ok", "bad \uD800"));
    assertThatThrownBy(() -> run(interpreter(), linker))
        .isInstanceOf(GuestTrap.class)
        .hasMessageStartingWith("guest trapped: ")
        .hasMessageContaining("unpaired surrogate")
        .satisfies(e -> assertThat(((GuestTrap) e).exitCode()).isEqualTo(ExitCode.TRAP));
  }

  @Test
  void aWholeHostDefinedAtOnceWithTypesAndResources() throws Exception {
    var out = new ByteArrayOutputStream();
    ResourceType outputStream = new ResourceType("output-stream");
    List<String> droppedBy = new ArrayList<>();
    Map<String, Map<String, Function<List<Value>, Optional<Value>>>> functions = Map.of(
        "wasi:cli/environment", Map.of("get-arguments",
            a -> Optional.of(new Value.ListValue(List.of(new Value.StringValue("all"))))),
        "wasi:cli/stdout", Map.of("get-stdout", a -> Optional.of(new Value.HandleValue(outputStream, 3, true))),
        "wasi:io/streams", Map.of("[method]output-stream.blocking-write-and-flush", a -> {
          ((Value.ListValue) a.get(1)).values().forEach(b -> out.write((int) ((Value.IntValue) b).value()));
          return Optional.of(new Value.ResultValue(true, Optional.empty()));
        }));
    FuncType getArguments = new FuncType(List.of(), Optional.of(new Type.ListType(Type.Primitive.STRING)));
    Linker linker = new Linker().defineAll("0.2.0", functions,
        (iface, fn) -> fn.equals("get-arguments") ? getArguments : null,
        (iface, name) -> iface.equals("wasi:io/streams") && name.equals("output-stream") ? outputStream : null,
        (type, rep) -> droppedBy.add(type.name() + " " + rep));
    assertThat(run(interpreter(), linker)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hello from a WASI 0.2 component with 1 argument(s): [all]\n");
    assertThat(droppedBy).containsExactly("output-stream 3");
  }

  @Test
  void runReturningErrGivesExitStatusOne() throws Exception {
    ResourceType outputStream = new ResourceType("output-stream");
    var out = new ByteArrayOutputStream();
    Linker linker = host("0.2.0", out, new ArrayList<>(), List.of())
        .defineResource("wasi:io/streams@0.2.0", "output-stream", outputStream, rep -> {})
        .define("wasi:cli/stdout@0.2.0", "get-stdout",
            (cx, a) -> Optional.of(new Value.HandleValue(outputStream, STDOUT_REP, true)))
        .define("wasi:io/streams@0.2.0", "[method]output-stream.blocking-write-and-flush",
            (cx, a) -> Optional.of(new Value.ResultValue(false,
                Optional.of(new Value.VariantValue(1, Optional.empty())))));
    assertThat(run(interpreter(), linker)).isEqualTo(1);
  }
}
