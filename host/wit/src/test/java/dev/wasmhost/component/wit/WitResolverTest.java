package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitResolverTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void packageSpreadOverSeveralFilesIsOnePackage() throws IOException {
    write("a.wit", "package app:main;\ninterface one { type t = u8; }");
    write("b.wit", "interface two { use one.{t}; f: func(x: t); }");

    Package p = WitResolver.resolveDirectory(dir).root();

    assertThat(p.interfaces()).containsOnlyKeys("one", "two");
    assertThat(p.interfaces().get("two").types().get("t").unaliased())
        .isSameAs(p.interfaces().get("one").types().get("t"));
  }

  @Test
  void depsFolderHoldsDirectoryAndSingleFilePackages() throws IOException {
    write("main.wit", "package app:main;\nworld w {\n  import dep:dir/api@1.0.0;\n"
        + "  import dep:file/log;\n}");
    write("deps/dir/api.wit", "package dep:dir@1.0.0;\ninterface api { use dep:file/log.{level};"
        + " f: func(l: level); }");
    write("deps/file.wit", "package dep:file;\ninterface log { enum level { info, warn } }");

    Resolution r = WitResolver.resolveDirectory(dir);

    assertThat(r.packages()).extracting(p -> p.name().toString())
        .containsExactly("dep:file", "dep:dir@1.0.0", "app:main");
    assertThat(r.root().worlds().get("w").imports())
        .containsOnlyKeys("dep:dir/api@1.0.0", "dep:file/log");
  }

  @Test
  void errorsInDependencyFilesNameThatFile() throws IOException {
    write("main.wit", "package app:main;");
    Path bad = write("deps/broken/x.wit", "package dep:broken;\ninterface x { f: func(; }");

    assertThatThrownBy(() -> WitResolver.resolveDirectory(dir))
        .isInstanceOf(WitException.class)
        .hasMessage(bad + ":2:23: expected a parameter name, found ';'");
  }

  @Test
  void versionlessPathPicksTheOnlyVersionPresent() throws IOException {
    write("main.wit", "package app:main;\nworld w { import dep:x/api; }");
    write("deps/x.wit", "package dep:x@3.1.4;\ninterface api {}");

    World w = WitResolver.resolveDirectory(dir).root().worlds().get("w");

    assertThat(w.imports()).containsOnlyKeys("dep:x/api@3.1.4");
  }

  @Test
  void wrongVersionIsAnUnknownPackage() throws IOException {
    Path main = write("main.wit", "package app:main;\nworld w { import dep:x/api@2.0.0; }");
    write("deps/x.wit", "package dep:x@3.1.4;\ninterface api {}");

    assertThatThrownBy(() -> WitResolver.resolveDirectory(dir))
        .hasMessage(main + ":2:18: unknown package 'dep:x@2.0.0'; add it under deps/ next to"
            + " the package that uses it");
  }

  @Test
  void filesOfOneFolderMustAgreeOnThePackage() throws IOException {
    write("a.wit", "package app:one;");
    Path b = write("b.wit", "package app:two;");

    assertThatThrownBy(() -> WitResolver.resolveDirectory(dir))
        .hasMessage(b + ":1:1: package 'app:two' differs from 'app:one' declared at "
            + dir.resolve("a.wit") + "; all files of a folder form one package");
  }

  @Test
  void samePackageTwiceInDepsIsReported() throws IOException {
    write("main.wit", "package app:main;");
    write("deps/a.wit", "package dep:x;");
    Path second = write("deps/b.wit", "package dep:x;");

    assertThatThrownBy(() -> WitResolver.resolveDirectory(dir))
        .hasMessage(second + ":1:1: package 'dep:x' is defined more than once; keep one copy");
  }

  @Test
  void includeMergesImportsAndExportsAndAppliesRenames() {
    Package p = Wit.resolve("package t:p;\ninterface api { f: func(); }\n"
        + "world base {\n  import api;\n  import log: func(m: string);\n"
        + "  export run: func() -> u32;\n}\n"
        + "world app {\n  include base with { log as trace, run as start };\n"
        + "  import log: func(level: u8);\n}").root();
    World app = p.worlds().get("app");

    assertThat(app.imports()).containsOnlyKeys("t:p/api", "trace", "log");
    assertThat(app.exports()).containsOnlyKeys("start");
    WorldItem.FunctionItem trace = (WorldItem.FunctionItem) app.imports().get("trace");
    assertThat(trace.function().name()).isEqualTo("trace");
    assertThat(trace.function().params()).extracting(Function.Param::name).containsExactly("m");
  }

  @Test
  void includedInlineInterfaceTypesBelongToTheIncludingWorld() {
    Package p = Wit.resolve("package t:p;\nworld base { import cfg: interface { type k = u8; } }\n"
        + "world app { include base; }").root();
    WorldItem.InterfaceItem cfg =
        (WorldItem.InterfaceItem) p.worlds().get("app").imports().get("cfg");

    assertThat(cfg.iface().types().get("k").owner())
        .isEqualTo(new TypeOwner.OfInlineInterface(p.name(), "app", "cfg"));
  }

  @Test
  void includeOfAWorldFromAnotherPackageResolvesItsPathsThere() {
    Resolution r = Wit.resolve("package t:app;\nworld app { include t:lib/base; }\n"
        + "package t:lib {\n  interface api { f: func(); }\n  world base { import api; }\n}");

    assertThat(r.root().worlds().get("app").imports()).containsOnlyKeys("t:lib/api");
  }

  @Test
  void sameInterfaceFromTwoIncludesIsImportedOnce() {
    World w = Wit.resolve("package t:p;\ninterface api {}\nworld a { import api; }\n"
        + "world b { import api; }\nworld c { include a; include b; }").root().worlds().get("c");

    assertThat(w.imports()).containsOnlyKeys("t:p/api");
  }

  @Test
  void typesOfOneDeclarationShareIdentityAcrossInterfaces() {
    Package p = Wit.resolve("package t:p;\ninterface a { resource r; }\n"
        + "interface b { use a.{r}; f: func(x: borrow<r>); }\n"
        + "interface c { use b.{r}; g: func() -> r; }").root();
    TypeDef r = p.interfaces().get("a").types().get("r");

    Type.Borrow borrow = (Type.Borrow) p.interfaces().get("b").functions().get("f").params()
        .get(0).type();
    Type.Own own = (Type.Own) p.interfaces().get("c").functions().get("g").result();
    assertThat(borrow.resource().unaliased()).isSameAs(r);
    assertThat(own.resource().unaliased()).isSameAs(r);
  }

  @Test
  void worldImportsTheInterfacesItsInterfacesUseBeforeThem() {
    World w = Wit.resolve("package t:p;\ninterface base { type t = u8; }\n"
        + "interface mid { use base.{t}; }\ninterface top { use mid.{t}; f: func(x: t); }\n"
        + "world w { import top; }").root().worlds().get("w");
    World v = Wit.resolve("package t:p;\ninterface base { type t = u8; }\n"
        + "interface mid { use base.{t}; }\ninterface top { use mid.{t}; f: func(x: t); }\n"
        + "world v { export top; }").root().worlds().get("v");

    assertThat(w.imports().keySet()).containsExactly("t:p/base", "t:p/mid", "t:p/top");
    assertThat(v.imports().keySet()).containsExactly("t:p/base", "t:p/mid");
    assertThat(v.exports()).containsOnlyKeys("t:p/top");
  }

  @Test
  void missingDirectoryIsReported() {
    Path missing = dir.resolve("nope");

    assertThatThrownBy(() -> WitResolver.resolveDirectory(missing))
        .hasMessage(missing + ": not a directory; pass the folder that holds the .wit files");
  }
}
