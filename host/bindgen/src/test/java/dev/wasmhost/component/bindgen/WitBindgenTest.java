package dev.wasmhost.component.bindgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitBindgenTest {
  private static Resolution wit(String text) {
    return WitResolver.resolveText("test.wit", text);
  }

  @Test
  void generatesTypesHostAdapterProxyAndCodecPerInterface() {
    List<GeneratedFile> files = WitBindgen.generate(wit("""
        package my:pkg@1.0.0;
        interface greeter {
          record greeting { text: string }
          greet: func(name: string) -> greeting;
        }
        """), WitBindgen.Options.defaults());
    assertThat(files).extracting(GeneratedFile::className).containsExactly(
        "dev.wasmhost.wit.my.pkg.greeter.Greeting",
        "dev.wasmhost.wit.my.pkg.greeter.GreeterCodec",
        "dev.wasmhost.wit.my.pkg.greeter.GreeterHost",
        "dev.wasmhost.wit.my.pkg.greeter.GreeterAdapter",
        "dev.wasmhost.wit.my.pkg.greeter.GreeterProxy");
    assertThat(files.get(0).source()).contains("public record Greeting(java.lang.String text) {}");
    assertThat(files.get(2).source()).contains(
        "dev.wasmhost.wit.my.pkg.greeter.Greeting greet(java.lang.String name);");
  }

  @Test
  void basePackageAndInterfaceFilterAreHonoured() {
    List<GeneratedFile> files = WitBindgen.generate(wit("""
        package my:pkg;
        interface a { f: func(); }
        interface b { g: func(); }
        """), new WitBindgen.Options("org.example.gen", Set.of("my:pkg/b")));
    assertThat(files).extracting(GeneratedFile::className)
        .allMatch(n -> n.startsWith("org.example.gen.my.pkg.b."))
        .isNotEmpty();
  }

  @Test
  void unknownInterfaceInTheFilterIsReportedWithTheExpectedSpelling() {
    assertThatThrownBy(() -> WitBindgen.generate(wit("package my:pkg;\ninterface a { f: func(); }\n"),
        WitBindgen.Options.defaults().withInterfaces(Set.of("my:pkg/zzz"))))
        .isInstanceOf(BindgenException.class)
        .hasMessage("interface or world 'my:pkg/zzz' is not in the WIT given; write it as"
            + " namespace:package/name, e.g. wasi:io/streams");
  }

  @Test
  void unsupportedTypesNameTheInterface() {
    assertThatThrownBy(() -> WitBindgen.generate(wit("""
        package my:pkg;
        interface async-things { f: func(x: future<u32>); }
        """), WitBindgen.Options.defaults()))
        .isInstanceOf(BindgenException.class)
        .hasMessageStartingWith("my:pkg/async-things: bindgen does not support WIT 'future'");
  }

  @Test
  void aTypeClashingWithAGeneratedClassIsReported() {
    assertThatThrownBy(() -> WitBindgen.generate(wit("""
        package my:pkg;
        interface store { record store-host { x: u8 } }
        """), WitBindgen.Options.defaults()))
        .isInstanceOf(BindgenException.class)
        .hasMessageContaining("two generated classes are named dev.wasmhost.wit.my.pkg.store.StoreHost");
  }

  @Test
  void badBasePackageIsRejected() {
    assertThatThrownBy(() -> WitBindgen.Options.defaults().withBasePackage("Not.A-Package"))
        .isInstanceOf(BindgenException.class)
        .hasMessageContaining("is not a lower-case Java package name");
  }

  @Test
  void commandLineWritesFilesAndRejectsBadArguments(@TempDir Path dir) throws Exception {
    Path witFile = Files.writeString(dir.resolve("x.wit"), "package my:pkg;\ninterface a { f: func(); }\n");
    List<Path> written = WitBindgen.run(new String[] {witFile.toString(), dir.resolve("out").toString(),
        "--package", "gen"});
    assertThat(written).contains(dir.resolve("out/gen/my/pkg/a/AHost.java"));
    assertThat(Files.readString(dir.resolve("out/gen/my/pkg/a/AHost.java"))).contains("void f();");
    assertThatThrownBy(() -> WitBindgen.run(new String[] {witFile.toString()}))
        .hasMessageStartingWith("usage: WitBindgen <wit dir or file> <output dir>");
    assertThatThrownBy(() -> WitBindgen.run(new String[] {"--frobnicate"}))
        .hasMessageStartingWith("unknown option --frobnicate");
  }

  @Test
  void regeneratingLeavesUnchangedFilesUntouched(@TempDir Path dir) throws Exception {
    Path witFile = Files.writeString(dir.resolve("x.wit"), "package my:pkg;\ninterface a { f: func(); }\n");
    Path out = dir.resolve("out");
    Path host = WitBindgen.generate(witFile, out, WitBindgen.Options.defaults()).get(0);
    Files.setLastModifiedTime(host, java.nio.file.attribute.FileTime.fromMillis(0));
    WitBindgen.generate(witFile, out, WitBindgen.Options.defaults());
    assertThat(Files.getLastModifiedTime(host).toMillis()).isZero();
  }
}
