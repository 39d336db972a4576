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
  private static final java.util.Set<String> HEAVY = java.util.Set.of("gc_gigabyte.py", "str_unicode_sweep.py");

  @TestFactory
  Stream<DynamicTest> eachProgramBehavesAsItsPreview1Build() {
    // gc_gigabyte.py and str_unicode_sweep.py run for seconds compiled (this test runs the component's
    // core module in Endive's interpreter, where they take many minutes) and exercise only the
    // collector and the str methods, which are the same code in both targets; GuestProgramsTest (and
    // GcMemoryTest) run them.
    return Corpus.pythonFiles("programs").stream().filter(p -> !HEAVY.contains(p.getFileName().toString())).map(p -> DynamicTest.dynamicTest(Corpus.name(p), () -> {
      String name = p.getFileName().toString();
      List<String> argv = new java.util.ArrayList<>(List.of(name));
      argv.addAll(Corpus.args(p));
      java.util.Map<String, String> env = Corpus.env(p);
      Path d1 = Corpus.wantsDir(p) ? Corpus.freshDir() : null;
      Path d2 = Corpus.wantsDir(p) ? Corpus.freshDir() : null;
      GuestRun p1;
      GuestRun p2;
      try {
        p1 = GuestRun.run(GuestRun.compileOrFail(p, Target.WASI_P1), argv, env, d1);
        p2 = runComponent(GuestRun.compileOrFail(p, Target.COMPONENT), argv, env, d2);
      } finally {
        Corpus.deleteTree(d1);
        Corpus.deleteTree(d2);
      }
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

  @Test
  void pathsOutsideThePreopenArePermissionErrorsOnBothTargets() {
    String source = """
        for p in ["/etc/hostname", "../outside.txt", "sub/../../x.txt", "inside.txt"]:
            try:
                with open(p, "w") as f:
                    f.write("x")
                print("opened", p)
            except PermissionError as e:
                print("PermissionError:", e)
        print(open("inside.txt").read())
        """;
    String expected = """
        PermissionError: [Errno 13] Permission denied: '/etc/hostname'
        PermissionError: [Errno 13] Permission denied: '../outside.txt'
        PermissionError: [Errno 13] Permission denied: 'sub/../../x.txt'
        opened inside.txt
        x
        """;
    Path d1 = Corpus.freshDir();
    Path d2 = Corpus.freshDir();
    try {
      Files.createDirectories(d1.resolve("sub"));
      Files.createDirectories(d2.resolve("sub"));
      GuestRun p1 = GuestRun.run(GuestRun.compileOrFail("perm.py", source), List.of("perm.py"), java.util.Map.of(), d1);
      GuestRun p2 = runComponent(compile("perm.py", source), List.of("perm.py"), java.util.Map.of(), d2);
      assertThat(p1.stdout()).as("preview 1; stderr %s", p1.stderr()).isEqualTo(expected);
      assertThat(p2.stdout()).as("component; stderr %s", p2.stderr()).isEqualTo(expected);
      assertThat(d1.getParent().resolve("outside.txt")).doesNotExist();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      Corpus.deleteTree(d1);
      Corpus.deleteTree(d2);
    }
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
    return runComponent(component, argv, env, null);
  }

  /** Writes {@code result<T, error-code>}'s error case (discriminant 1, the code at {@code at}). */
  private static void fsError(run.endive.runtime.Instance inst, int ret, int at, int code) {
    inst.memory().writeByte(ret, (byte) 1);
    inst.memory().writeByte(ret + at, (byte) code);
  }

  /**
   * The wasi:filesystem functions the guest's open() uses, over a real directory preopened as ".": descriptors
   * are numbered from 100 (the preopen) and map to paths; error-code cases: access 0, exist 7, is-directory 14,
   * no-entry 20, not-directory 24, not-permitted 31.
   */
  private static List<HostFunction> filesystem(Path root) {
    var i32 = ValType.I32;
    var i64 = ValType.I64;
    java.util.Map<Integer, Path> open = new java.util.HashMap<>();
    java.util.Map<Integer, java.util.ArrayDeque<String>> streams = new java.util.HashMap<>();
    int[] next = {101};
    if (root != null) {
      open.put(100, root);
    }
    return List.of(
        new HostFunction("wasi:filesystem/preopens@0.2.0", "get-directories", FunctionType.of(List.of(i32), List.of()),
            (inst, args) -> {
              if (root == null) {
                inst.memory().writeI32((int) args[0], 0);
                inst.memory().writeI32((int) args[0] + 4, 0);
                return null;
              }
              int name = (int) inst.export("cabi_realloc").apply(0, 0, 1, 1)[0];
              inst.memory().writeByte(name, (byte) '.');
              int list = (int) inst.export("cabi_realloc").apply(0, 0, 4, 12)[0];
              inst.memory().writeI32(list, 100);
              inst.memory().writeI32(list + 4, name);
              inst.memory().writeI32(list + 8, 1);
              inst.memory().writeI32((int) args[0], list);
              inst.memory().writeI32((int) args[0] + 4, 1);
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.open-at",
            FunctionType.of(List.of(i32, i32, i32, i32, i32, i32, i32), List.of()), (inst, args) -> {
              int ret = (int) args[6];
              String rel = new String(inst.memory().readBytes((int) args[2], (int) args[3]), StandardCharsets.UTF_8);
              Path base = open.get((int) args[0]);
              Path target = base.resolve(rel).normalize();
              if (!target.startsWith(root)) {
                fsError(inst, ret, 4, 31);
                return null;
              }
              int oflags = (int) args[4];
              boolean write = (args[5] & 2) != 0;
              try {
                if (Files.exists(target) && (oflags & 4) != 0) {
                  fsError(inst, ret, 4, 7);
                  return null;
                }
                if (Files.isDirectory(target) && write) {
                  fsError(inst, ret, 4, 14);
                  return null;
                }
                if (!Files.exists(target)) {
                  if ((oflags & 1) == 0 || !Files.isDirectory(target.getParent())) {
                    fsError(inst, ret, 4, 20);
                    return null;
                  }
                  Files.createFile(target);
                } else if ((oflags & 8) != 0) {
                  Files.write(target, new byte[0]);
                }
              } catch (java.io.IOException e) {
                fsError(inst, ret, 4, 0);
                return null;
              }
              int h = next[0]++;
              open.put(h, target);
              inst.memory().writeByte(ret, (byte) 0);
              inst.memory().writeI32(ret + 4, h);
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.read",
            FunctionType.of(List.of(i32, i64, i64, i32), List.of()), (inst, args) -> {
              int ret = (int) args[3];
              byte[] all;
              try {
                all = Files.readAllBytes(open.get((int) args[0]));
              } catch (java.io.IOException e) {
                fsError(inst, ret, 4, 14);
                return null;
              }
              int from = (int) Math.min(all.length, args[2]);
              int n = (int) Math.min(all.length - from, args[1]);
              int at = n == 0 ? 1 : (int) inst.export("cabi_realloc").apply(0, 0, 1, n)[0];
              inst.memory().write(at, java.util.Arrays.copyOfRange(all, from, from + n));
              inst.memory().writeByte(ret, (byte) 0);
              inst.memory().writeI32(ret + 4, at);
              inst.memory().writeI32(ret + 8, n);
              inst.memory().writeByte(ret + 12, (byte) (from + n == all.length ? 1 : 0));
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.write",
            FunctionType.of(List.of(i32, i32, i32, i64, i32), List.of()), (inst, args) -> {
              int ret = (int) args[4];
              byte[] data = inst.memory().readBytes((int) args[1], (int) args[2]);
              try (var ch = java.nio.channels.FileChannel.open(open.get((int) args[0]), java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(data), args[3]);
              } catch (java.io.IOException e) {
                fsError(inst, ret, 8, 0);
                return null;
              }
              inst.memory().writeByte(ret, (byte) 0);
              inst.memory().writeLong(ret + 8, data.length);
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.get-type",
            FunctionType.of(List.of(i32, i32), List.of()), (inst, args) -> {
              inst.memory().writeByte((int) args[1], (byte) 0);
              inst.memory().writeByte((int) args[1] + 1, (byte) (Files.isDirectory(open.get((int) args[0])) ? 3 : 6));
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.stat",
            FunctionType.of(List.of(i32, i32), List.of()), (inst, args) -> {
              int ret = (int) args[1];
              try {
                long size = Files.size(open.get((int) args[0]));
                inst.memory().writeByte(ret, (byte) 0);
                inst.memory().writeLong(ret + 24, size);
              } catch (java.io.IOException e) {
                fsError(inst, ret, 8, 0);
              }
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[resource-drop]descriptor",
            FunctionType.of(List.of(i32), List.of()), (inst, args) -> {
              open.remove((int) args[0]);
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.stat-at",
            FunctionType.of(List.of(i32, i32, i32, i32, i32), List.of()), (inst, args) -> {
              int ret = (int) args[4];
              String rel = new String(inst.memory().readBytes((int) args[2], (int) args[3]), StandardCharsets.UTF_8);
              Path target = open.get((int) args[0]).resolve(rel).normalize();
              if (!target.startsWith(root)) {
                fsError(inst, ret, 8, 31);
              } else if (!Files.exists(target)) {
                fsError(inst, ret, 8, 20);
              } else {
                inst.memory().writeByte(ret, (byte) 0);
                inst.memory().writeByte(ret + 8, (byte) (Files.isDirectory(target) ? 3 : 6));
              }
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]descriptor.read-directory",
            FunctionType.of(List.of(i32, i32), List.of()), (inst, args) -> {
              int ret = (int) args[1];
              Path d = open.get((int) args[0]);
              if (!Files.isDirectory(d)) {
                fsError(inst, ret, 4, 24);
                return null;
              }
              try (var names = Files.list(d)) {
                streams.put(next[0], new java.util.ArrayDeque<>(names.map(x -> x.getFileName().toString()).sorted().toList()));
              } catch (java.io.IOException e) {
                fsError(inst, ret, 4, 0);
                return null;
              }
              inst.memory().writeByte(ret, (byte) 0);
              inst.memory().writeI32(ret + 4, next[0]++);
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[method]directory-entry-stream.read-directory-entry",
            FunctionType.of(List.of(i32, i32), List.of()), (inst, args) -> {
              int ret = (int) args[1];
              String name = streams.get((int) args[0]).poll();
              inst.memory().writeByte(ret, (byte) 0);
              inst.memory().writeByte(ret + 4, (byte) (name == null ? 0 : 1));
              if (name != null) {
                byte[] b = name.getBytes(StandardCharsets.UTF_8);
                int at = (int) inst.export("cabi_realloc").apply(0, 0, 1, b.length)[0];
                inst.memory().write(at, b);
                inst.memory().writeByte(ret + 8, (byte) 6);
                inst.memory().writeI32(ret + 12, at);
                inst.memory().writeI32(ret + 16, b.length);
              }
              return null;
            }),
        new HostFunction("wasi:filesystem/types@0.2.0", "[resource-drop]directory-entry-stream",
            FunctionType.of(List.of(i32), List.of()), (inst, args) -> {
              streams.remove((int) args[0]);
              return null;
            }));
  }

  private static GuestRun runComponent(byte[] component, List<String> argv, java.util.Map<String, String> env, Path dir) {
    Component c = ComponentDecoder.decode(component);
    byte[] main = c.sections().stream().filter(s -> s instanceof Section.CoreModule).map(s -> (Section.CoreModule) s)
        .findFirst().orElseThrow().bytes().toArray();
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var i32 = ValType.I32;
    List<Long> pollables = new java.util.ArrayList<>();
    List<HostFunction> host = new java.util.ArrayList<>(List.of(
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
            (inst, args) -> new long[] {new java.security.SecureRandom().nextLong()})));
    host.addAll(filesystem(dir)); // without a dir: no preopens (programs that import os import these too)
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
