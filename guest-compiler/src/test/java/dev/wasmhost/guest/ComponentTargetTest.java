package dev.wasmhost.guest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.world.ComponentWorld;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import run.endive.runtime.HostFunction;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasm.Parser;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

/**
 * {@link Target#COMPONENT}: every corpus program compiled as a {@code wasi:cli/command} component must behave like
 * its preview 1 build. The component's main core module runs on Endive against a small WASI 0.2 stand-in (stdout,
 * stderr, blocking-write-and-flush, exit), so this checks the backend's adapters and the wrapping without a
 * component runtime; the Node parity suite runs the whole component under jco.
 */
class ComponentTargetTest {
  private static final String HELLO = "print(\"hello, world\")\n";

  @TestFactory
  Stream<DynamicTest> eachProgramBehavesAsItsPreview1Build() {
    // gc_gigabyte.py runs for seconds and exercises only the collector, which is the same code in
    // both targets; GuestProgramsTest and GcMemoryTest run it.
    return Corpus.pythonFiles("programs").stream().filter(p -> !p.getFileName().toString().equals("gc_gigabyte.py")).map(p -> DynamicTest.dynamicTest(Corpus.name(p), () -> {
      String name = p.getFileName().toString();
      List<String> argv = new java.util.ArrayList<>(List.of(name));
      argv.addAll(Corpus.args(p));
      java.util.Map<String, String> env = Corpus.env(p);
      GuestRun p1 = GuestRun.run(GuestRun.compileOrFail(p, Target.WASI_P1), argv, env);
      GuestRun p2 = runComponent(GuestRun.compileOrFail(p, Target.COMPONENT), argv, env);
      assertThat(p2.stdout()).as("stdout").isEqualTo(p1.stdout());
      assertThat(p2.stderr()).as("stderr").isEqualTo(p1.stderr());
      assertThat(p2.exitCode()).as("exit status").isEqualTo(p1.exitCode() == 0 ? 0 : 1);
    }));
  }

  @Test
  void helloWorldIsACommandComponentUnder50KB() {
    byte[] component = compile("hello.py", HELLO);
    assertThat(component.length).isLessThanOrEqualTo(50 * 1024);
    ComponentWorld world = ComponentWorld.of(ComponentDecoder.decode(component));
    assertThat(world.exports()).containsExactly("wasi:cli/run@0.2.0");
    assertThat(world.imports()).contains("wasi:cli/stdout@0.2.0", "wasi:io/streams@0.2.0", "wasi:cli/exit@0.2.0")
        .noneMatch(i -> i.startsWith("wasi_snapshot_preview1"));
  }

  @Test
  void exportFunctionsAreRootExportsInsteadOfRun() {
    String source = "@export\ndef add_one(n: int) -> int:\n    return n + 1\n\n\n@export\ndef name_of(s: str) -> str | None:\n    return s\n";
    ComponentWorld world = ComponentWorld.of(ComponentDecoder.decode(compile("lib.py", source)));
    assertThat(world.exports()).containsExactly("add-one", "name-of");
    assertThat(world.toWit()).contains("export add-one: func(n: s64) -> s64;",
        "export name-of: func(s: string) -> option<string>;");
  }

  private static byte[] compile(String name, String source) {
    return switch (GuestCompiler.compile(name, source, Target.COMPONENT)) {
      case CompileResult.Success ok -> ok.wasm();
      case CompileResult.Failure bad -> throw new AssertionError("compile failed: " + bad.diagnostics());
    };
  }

  /** Thrown by the stand-in {@code exit}. */
  private static final class Exit extends RuntimeException {
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  private static GuestRun runComponent(byte[] component) {
    return runComponent(component, List.of(), java.util.Map.of());
  }

  /** Lowers a list of strings the canonical way: each string and the list through cabi_realloc. */
  private static int lowerStrings(run.endive.runtime.Instance inst, List<String> strings) {
    int[] parts = new int[strings.size() * 2];
    for (int k = 0; k < strings.size(); k++) {
      byte[] b = strings.get(k).getBytes(StandardCharsets.UTF_8);
      int at = (int) inst.export("cabi_realloc").apply(0, 0, 1, b.length)[0];
      inst.memory().write(at, b);
      parts[2 * k] = at;
      parts[2 * k + 1] = b.length;
    }
    int list = (int) inst.export("cabi_realloc").apply(0, 0, 4, 4L * parts.length)[0];
    for (int k = 0; k < parts.length; k++) {
      inst.memory().writeI32(list + 4 * k, parts[k]);
    }
    return list;
  }

  private static GuestRun runComponent(byte[] component, List<String> argv, java.util.Map<String, String> env) {
    Component c = ComponentDecoder.decode(component);
    byte[] main = c.sections().stream().filter(s -> s instanceof Section.CoreModule).map(s -> (Section.CoreModule) s)
        .findFirst().orElseThrow().bytes().toArray();
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var i32 = ValType.I32;
    List<Long> pollables = new java.util.ArrayList<>();
    List<HostFunction> host = List.of(
        new HostFunction("wasi:cli/stdout@0.2.0", "get-stdout", FunctionType.of(List.of(), List.of(i32)),
            (inst, args) -> new long[] {1}),
        new HostFunction("wasi:cli/stderr@0.2.0", "get-stderr", FunctionType.of(List.of(), List.of(i32)),
            (inst, args) -> new long[] {2}),
        new HostFunction("wasi:io/streams@0.2.0", "[method]output-stream.blocking-write-and-flush",
            FunctionType.of(List.of(i32, i32, i32, i32), List.of()), (inst, args) -> {
              byte[] bytes = inst.memory().readBytes((int) args[1], (int) args[2]);
              (args[0] == 1 ? out : err).writeBytes(bytes);
              inst.memory().writeByte((int) args[3], (byte) 0); // ok
              return null;
            }),
        new HostFunction("wasi:cli/exit@0.2.0", "exit", FunctionType.of(List.of(i32), List.of()), (inst, args) -> {
          throw new Exit((int) args[0]);
        }),
        new HostFunction("wasi:cli/environment@0.2.0", "get-arguments", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> {
              int list = lowerStrings(inst, argv);
              inst.memory().writeI32((int) args[0], list);
              inst.memory().writeI32((int) args[0] + 4, argv.size());
              return null;
            }),
        new HostFunction("wasi:cli/environment@0.2.0", "get-environment", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> {
              List<String> flat = new java.util.ArrayList<>();
              env.forEach((k, v) -> {
                flat.add(k);
                flat.add(v);
              });
              int list = lowerStrings(inst, flat);
              inst.memory().writeI32((int) args[0], list);
              inst.memory().writeI32((int) args[0] + 4, env.size());
              return null;
            }),
        new HostFunction("wasi:clocks/wall-clock@0.2.0", "now", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> {
              java.time.Instant now = java.time.Instant.now();
              inst.memory().writeLong((int) args[0], now.getEpochSecond());
              inst.memory().writeI32((int) args[0] + 8, now.getNano());
              return null;
            }),
        new HostFunction("wasi:clocks/monotonic-clock@0.2.0", "now", FunctionType.of(List.of(), List.of(ValType.I64)),
            (inst, args) -> new long[] {System.nanoTime()}),
        new HostFunction("wasi:clocks/monotonic-clock@0.2.0", "subscribe-duration",
            FunctionType.of(List.of(ValType.I64), List.of(i32)), (inst, args) -> {
              pollables.add(System.nanoTime() + args[0]);
              return new long[] {pollables.size()};
            }),
        new HostFunction("wasi:io/poll@0.2.0", "[method]pollable.block", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> {
              // parkNanos may return early (a permit left by earlier code on this thread, a spurious
              // wakeup): wait until the deadline has passed, as the real host does.
              long deadline = pollables.get((int) args[0] - 1);
              for (long wait; (wait = deadline - System.nanoTime()) > 0; ) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
              }
              return null;
            }),
        new HostFunction("wasi:io/poll@0.2.0", "[resource-drop]pollable", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> null),
        new HostFunction("wasi:random/random@0.2.0", "get-random-u64", FunctionType.of(List.of(), List.of(ValType.I64)),
            (inst, args) -> new long[] {new java.security.SecureRandom().nextLong()}));
    int status;
    try {
      var module = Parser.parse(main);
      var needed = new java.util.HashSet<String>();
      module.importSection().stream().forEach(imp -> needed.add(imp.module() + "#" + imp.name()));
      var instance = Instance.builder(module)
          .withImportValues(ImportValues.builder().addFunction(host.stream()
              .filter(h -> needed.contains(h.module() + "#" + h.name())).toArray(HostFunction[]::new)).build())
          .withStart(false).build();
      long[] result = instance.export("wasi:cli/run@0.2.0#run").apply();
      status = (int) result[0];
    } catch (Exit e) {
      status = e.status;
    }
    return new GuestRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
  }
}
