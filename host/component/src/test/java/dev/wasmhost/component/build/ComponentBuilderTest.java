package dev.wasmhost.component.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.world.ComponentWorld;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComponentBuilderTest {
  private static final Path BUILT = Path.of("../../conformance/components/wasm");
  private static final World COMMAND =
      WitResolver.resolveDirectory(Path.of("../../wit")).root().worlds().get("command");

  @Test
  void wrapsACModuleWrittenAgainstWasiP2IntoTheCommittedComponent() throws IOException {
    byte[] component = ComponentBuilder.wrap(Files.readAllBytes(BUILT.resolve("p2-direct.core.wasm")), COMMAND);
    // The committed component is the one `jco run` executes in the Node parity checks: same bytes, same program.
    assertThat(component).isEqualTo(Files.readAllBytes(BUILT.resolve("p2-direct.wasm")));
    ComponentWorld world = ComponentWorld.of(ComponentDecoder.decode(component));
    assertThat(world.imports()).containsExactly("wasi:cli/environment@0.2.0", "wasi:io/error@0.2.0",
        "wasi:io/poll@0.2.0", "wasi:io/streams@0.2.0", "wasi:cli/stdout@0.2.0");
    assertThat(world.exports()).containsExactly("wasi:cli/run@0.2.0");
    assertThat(world.toWit()).contains("blocking-write-and-flush: func(contents: list<u8>) -> result<_, stream-error>;")
        .contains("get-arguments: func() -> list<string>;");
  }

  @Test
  void exportedInterfacesKeepTheirTypeNames() throws IOException {
    Path source = Path.of("../../conformance/components/src/p2-exports/wit");
    World provider = WitResolver.resolveDirectory(source).root().worlds().get("shapes-provider");
    byte[] component = ComponentBuilder.wrap(Files.readAllBytes(BUILT.resolve("p2-exports.core.wasm")), provider);
    // The committed component is the one the Node checks call through jco.
    assertThat(component).isEqualTo(Files.readAllBytes(BUILT.resolve("p2-exports.wasm")));
    String wit = ComponentWorld.of(ComponentDecoder.decode(component)).toWit();
    var fromBinary = WitResolver.resolveText("p2-exports.wit", wit).find("wasmhost:test@0.1.0").interfaces().get("shapes");
    var fromSource = WitResolver.resolveDirectory(source).find("wasmhost:test@0.1.0").interfaces().get("shapes");
    assertThat(fromBinary).isEqualTo(fromSource);
  }

  @Test
  void importsThatNeedMemoryGoThroughAShimTableFilledAfterTheModuleIsInstantiated() throws IOException {
    Component c = ComponentDecoder.decode(ComponentBuilder.wrap(
        Files.readAllBytes(BUILT.resolve("p2-direct.core.wasm")), COMMAND));
    long modules = c.sections().stream().filter(s -> s instanceof Section.CoreModule).count();
    assertThat(modules).as("main, shim and fixup modules").isEqualTo(3);
  }

  @Test
  void aModuleWithoutMemoryImportsIsOneCoreModule() {
    byte[] module = new Module().funcType(0, 1).importFunc("wasi:cli/stdout@0.2.0", "get-stdout", 0)
        .exportFunc("wasi:cli/run@0.2.0#run", 0).bytes();
    Component c = ComponentDecoder.decode(ComponentBuilder.wrap(module, COMMAND));
    assertThat(c.sections().stream().filter(s -> s instanceof Section.CoreModule).count()).isEqualTo(1);
  }

  @Test
  void importsOutsideTheWorldAreNamed() {
    byte[] module = new Module().funcType(0, 0).importFunc("wasi:sockets/tcp@0.2.0", "connect", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(module, COMMAND))
        .isInstanceOf(ComponentBuildException.class)
        .hasMessage("the core module imports from \"wasi:sockets/tcp@0.2.0\", which world command does not import"
            + " (imports are named ns:pkg/interface@version)");
  }

  @Test
  void unknownFunctionsAndResourcesAreNamed() {
    byte[] function = new Module().funcType(0, 1).importFunc("wasi:cli/stdout@0.2.0", "get-stdin", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(function, COMMAND))
        .hasMessage("the core module imports wasi:cli/stdout@0.2.0.get-stdin, but wasi:cli/stdout@0.2.0 has no such"
            + " function");
    byte[] resource = new Module().funcType(1, 0).importFunc("wasi:io/streams@0.2.0", "[resource-drop]socket", 0)
        .bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(resource, COMMAND))
        .hasMessageContaining("wasi:io/streams@0.2.0 has no such resource");
  }

  @Test
  void exportedInterfacesDefineTheirResources() {
    World world = WitResolver.resolveText("things.wit", """
        package wasmhost:test;
        interface api {
          resource thing {
            constructor(n: u32);
            get: func() -> u32;
          }
        }
        world things {
          export api;
        }
        """).find("wasmhost:test").worlds().get("things");
    // no [dtor]thing export: the resource is defined without a destructor
    byte[] module = new Module().funcType(1, 1)
        .importFunc("[export]wasmhost:test/api", "[resource-new]thing", 0)
        .importFunc("[export]wasmhost:test/api", "[resource-rep]thing", 0)
        .exportFunc("wasmhost:test/api#[constructor]thing", 0)
        .exportFunc("wasmhost:test/api#[method]thing.get", 0).bytes();
    Component c = ComponentDecoder.decode(ComponentBuilder.wrap(module, world));
    String wit = ComponentWorld.of(c).toWit();
    assertThat(wit).contains("resource thing {", "constructor(n: u32);", "get: func() -> u32;", "export wasmhost:test/api;");
    byte[] other = new Module().funcType(1, 1)
        .importFunc("[export]wasmhost:test/api", "[resource-new]other", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(other, world))
        .hasMessage("the core module imports [export]wasmhost:test/api.[resource-new]other, but wasmhost:test/api has"
            + " no such resource");
    byte[] elsewhere = new Module().funcType(1, 1)
        .importFunc("[export]wasmhost:test/nope", "[resource-new]thing", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(elsewhere, world))
        .hasMessage("the core module imports from \"[export]wasmhost:test/nope\", but world things exports no"
            + " interface wasmhost:test/nope");
  }

  @Test
  void exportsOutsideTheWorldAreNamed() {
    byte[] module = new Module().funcType(0, 1).exportFunc("wasi:cli/run@0.2.0#go", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(module, COMMAND))
        .hasMessage("the core module exports \"wasi:cli/run@0.2.0#go\", which world command does not export");
  }

  @Test
  void stringImportsWithoutAMemoryAreRejected() {
    byte[] module = new Module().funcType(1, 0)
        .importFunc("wasi:cli/environment@0.2.0", "get-arguments", 0).bytes();
    assertThatThrownBy(() -> ComponentBuilder.wrap(module, COMMAND))
        .hasMessageContaining("exports no memory named \"memory\"");
  }

  @Test
  void nonFunctionImportsAndGarbageAreRejected() {
    assertThatThrownBy(() -> ComponentBuilder.wrap(new byte[] {1, 2, 3}, COMMAND))
        .hasMessage("not a core WebAssembly module (bad header)");
  }

  /** A tiny core module writer: i32-only function types, function imports, and function exports of stubs. */
  private static final class Module {
    private final ByteArrayOutputStream types = new ByteArrayOutputStream();
    private final ByteArrayOutputStream imports = new ByteArrayOutputStream();
    private final ByteArrayOutputStream exports = new ByteArrayOutputStream();
    private int typeCount;
    private int importCount;
    private int exportCount;
    private int bodies;
    private int bodyType;

    Module funcType(int params, int results) {
      types.write(0x60);
      types.write(params);
      for (int i = 0; i < params; i++) {
        types.write(0x7f);
      }
      types.write(results);
      for (int i = 0; i < results; i++) {
        types.write(0x7f);
      }
      typeCount++;
      return this;
    }

    Module importFunc(String module, String name, int type) {
      name(imports, module);
      name(imports, name);
      imports.write(0);
      imports.write(type);
      importCount++;
      return this;
    }

    /** Exports a new function of {@code type} whose body is {@code unreachable}. */
    Module exportFunc(String name, int type) {
      name(exports, name);
      exports.write(0);
      exports.write(importCount + bodies);
      bodies++;
      bodyType = type;
      exportCount++;
      return this;
    }

    byte[] bytes() {
      ByteArrayOutputStream m = new ByteArrayOutputStream();
      m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
      section(m, 1, typeCount, types);
      section(m, 2, importCount, imports);
      ByteArrayOutputStream funcs = new ByteArrayOutputStream();
      ByteArrayOutputStream code = new ByteArrayOutputStream();
      for (int i = 0; i < bodies; i++) {
        funcs.write(bodyType);
        code.writeBytes(new byte[] {3, 0, 0x00, 0x0b});
      }
      section(m, 3, bodies, funcs);
      section(m, 7, exportCount, exports);
      section(m, 10, bodies, code);
      return m.toByteArray();
    }

    private static void section(ByteArrayOutputStream m, int id, int count, ByteArrayOutputStream body) {
      if (count == 0) {
        return;
      }
      m.write(id);
      m.write(body.size() + 1);
      m.write(count);
      m.writeBytes(body.toByteArray());
    }

    private static void name(ByteArrayOutputStream out, String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.write(b.length);
      out.writeBytes(b);
    }
  }
}
