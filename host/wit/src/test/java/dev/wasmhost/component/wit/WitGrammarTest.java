package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WitGrammarTest {
  @Test
  void packageDeclarationCarriesNamespaceNameAndSemverVersion() {
    Package p = Wit.resolve("package wasi:io@0.2.0-rc.1+build.5;\ninterface x {}").root();

    assertThat(p.name()).isEqualTo(new PackageName("wasi", "io", "0.2.0-rc.1+build.5"));
    assertThat(p.interfaces()).containsOnlyKeys("x");
  }

  @Test
  void unversionedPackageHasNullVersion() {
    assertThat(Wit.resolve("package a:b;").root().name().version()).isNull();
  }

  @Test
  void recordFieldsKeepOrderTypesAndDocs() {
    TypeDef point = Wit.type("record point {\n /// the x\n x: s32,\n y: f64, }", "point");

    TypeDef.Record r = (TypeDef.Record) point.kind();
    assertThat(r.fields()).containsExactly(
        new TypeDef.Field("x", Primitive.S32, "the x"), new TypeDef.Field("y", Primitive.F64, ""));
  }

  @Test
  void variantCasesMayHavePayloads() {
    TypeDef v = Wit.type("variant shape { circle(f32), square(tuple<u8, u8>), none }", "shape");

    assertThat(((TypeDef.Variant) v.kind()).cases()).containsExactly(
        new TypeDef.Case("circle", Primitive.F32, ""),
        new TypeDef.Case("square", new Type.TupleOf(List.of(Primitive.U8, Primitive.U8)), ""),
        new TypeDef.Case("none", null, ""));
  }

  @Test
  void enumsAndFlagsListTheirLabels() {
    Interface i = Wit.iface("enum color { red, green }\nflags perms { read, write, }");

    assertThat(((TypeDef.Enum) i.types().get("color").kind()).cases())
        .extracting(TypeDef.Label::name).containsExactly("red", "green");
    assertThat(((TypeDef.Flags) i.types().get("perms").kind()).flags())
        .extracting(TypeDef.Label::name).containsExactly("read", "write");
  }

  @Test
  void allPrimitiveTypesParse() {
    Interface i = Wit.iface("f: func(a: bool, b: s8, c: u8, d: s16, e: u16, f: s32, g: u32,"
        + " h: s64, i: u64, j: f32, k: f64, l: char, m: string, n: error-context, o: float32);");

    assertThat(i.functions().get("f").params()).extracting(Function.Param::type).containsExactly(
        Primitive.BOOL, Primitive.S8, Primitive.U8, Primitive.S16, Primitive.U16, Primitive.S32,
        Primitive.U32, Primitive.S64, Primitive.U64, Primitive.F32, Primitive.F64,
        Primitive.CHAR, Primitive.STRING, Primitive.ERROR_CONTEXT, Primitive.F32);
  }

  @Test
  void resultHasFourForms() {
    Interface i = Wit.iface("a: func() -> result;\nb: func() -> result<u8>;\n"
        + "c: func() -> result<_, string>;\nd: func() -> result<u8, string>;");

    assertThat(i.functions().get("a").result()).isEqualTo(new Type.ResultOf(null, null));
    assertThat(i.functions().get("b").result()).isEqualTo(new Type.ResultOf(Primitive.U8, null));
    assertThat(i.functions().get("c").result())
        .isEqualTo(new Type.ResultOf(null, Primitive.STRING));
    assertThat(i.functions().get("d").result())
        .isEqualTo(new Type.ResultOf(Primitive.U8, Primitive.STRING));
  }

  @Test
  void listsOptionsTuplesAndFixedSizeLists() {
    Interface i = Wit.iface("f: func(a: list<option<u8>>, b: list<u32, 4>, c: tuple<>);");

    assertThat(i.functions().get("f").params()).extracting(Function.Param::type).containsExactly(
        new Type.ListOf(new Type.OptionOf(Primitive.U8)),
        new Type.FixedListOf(Primitive.U32, 4), new Type.TupleOf(List.of()));
  }

  @Test
  void futureAndStreamParseWithAndWithoutPayload() {
    Interface i = Wit.iface("f: async func(a: future, b: future<u8>, c: stream, d: stream<s8>);");
    Function f = i.functions().get("f");

    assertThat(f.async()).isTrue();
    assertThat(f.params()).extracting(Function.Param::type).containsExactly(
        new Type.FutureOf(null), new Type.FutureOf(Primitive.U8), new Type.StreamOf(null),
        new Type.StreamOf(Primitive.S8));
  }

  @Test
  void typeAliasPointsAtTheAliasedDeclaration() {
    Interface i = Wit.iface("type size = u64;\ntype bytes = list<u8>;\ntype n = size;");

    assertThat(i.types().get("size").kind()).isEqualTo(new TypeDef.Alias(Primitive.U64));
    TypeDef n = i.types().get("n");
    assertThat(((Type.Named) ((TypeDef.Alias) n.kind()).target()).def())
        .isSameAs(i.types().get("size"));
    assertThat(n.unaliased()).isSameAs(i.types().get("size"));
  }

  @Test
  void resourceConstructorMethodsAndStaticsBecomeFunctionsOfTheInterface() {
    Interface i = Wit.iface("resource file {\n constructor(path: string);\n"
        + " read: func(n: u32) -> list<u8>;\n open: static func(p: string) -> file;\n"
        + " same: func(other: borrow<file>) -> bool;\n}");
    TypeDef file = i.types().get("file");

    assertThat(file.kind()).isEqualTo(new TypeDef.Resource());
    assertThat(i.functions()).containsOnlyKeys("[constructor]file", "[method]file.read",
        "[static]file.open", "[method]file.same");
    assertThat(i.functions().get("[method]file.read").kind())
        .isEqualTo(new Function.Method(file));
    assertThat(i.functions().get("[static]file.open").result()).isEqualTo(new Type.Own(file));
    assertThat(i.functions().get("[method]file.same").params().get(0).type())
        .isEqualTo(new Type.Borrow(file));
  }

  @Test
  void ownHandleAndBareResourceNameMeanTheSame() {
    Interface i = Wit.iface("resource r;\nf: func(a: own<r>, b: r);");

    List<Function.Param> params = i.functions().get("f").params();
    assertThat(params.get(0).type()).isEqualTo(params.get(1).type());
  }

  @Test
  void docCommentsOfBothStylesStayOnTheirItems() {
    Interface i = Wit.resolve("package t:p;\n/// iface docs\n/// line two\ninterface i {\n"
        + "  /**\n   * block docs\n   */\n  f: func();\n  // plain comment\n  g: func();\n}")
        .root().interfaces().get("i");

    assertThat(i.docs()).isEqualTo("iface docs\nline two");
    assertThat(i.functions().get("f").docs()).isEqualTo("block docs");
    assertThat(i.functions().get("g").docs()).isEmpty();
  }

  @Test
  void percentEscapedKeywordsAreNames() {
    Interface i = Wit.iface("record %record { %type: u8 }\n%func: func(%list: %record);");

    assertThat(i.types()).containsKey("record");
    assertThat(i.functions().get("func").params().get(0).name()).isEqualTo("list");
  }

  @Test
  void gatesAreKeptOnItems() {
    Interface i = Wit.resolve("package t:p@1.0.0;\n@since(version = 1.0.0)\ninterface i {\n"
        + "  @since(version = 0.9.0)\n  @deprecated(version = 1.0.0)\n  old: func();\n"
        + "  @unstable(feature = fancy)\n  new: func();\n}").root().interfaces().get("i");

    assertThat(i.gate()).isEqualTo(new Gate.Since("1.0.0", null));
    assertThat(i.functions().get("old").gate()).isEqualTo(new Gate.Since("0.9.0", "1.0.0"));
    assertThat(i.functions().get("new").gate()).isEqualTo(new Gate.Unstable("fancy"));
  }

  @Test
  void useWithRenameAliasesATypeOfAnotherInterface() {
    Package p = Wit.resolve("package t:p;\ninterface a { record r { x: u8 } }\n"
        + "interface b { use a.{r as q, r};\n f: func(x: q) -> r; }").root();
    TypeDef r = p.interfaces().get("a").types().get("r");
    TypeDef q = p.interfaces().get("b").types().get("q");

    assertThat(q.kind()).isEqualTo(new TypeDef.Alias(new Type.Named(r)));
    assertThat(q.unaliased()).isSameAs(r);
    assertThat(p.interfaces().get("b").types()).containsOnlyKeys("q", "r");
  }

  @Test
  void fileLevelUseNamesAnInterfaceForLaterUses() {
    Package p = Wit.resolve("package t:p;\nuse t:q/base as b;\ninterface x { use b.{t}; }\n"
        + "package t:q { interface base { type t = u8; } }").root();

    assertThat(p.interfaces().get("x").types().get("t").unaliased().owner())
        .isEqualTo(new TypeOwner.OfInterface(new PackageName("t", "q", null), "base"));
  }

  @Test
  void worldImportsAndExportsInterfacesFunctionsAndInlineInterfaces() {
    World w = Wit.resolve("package t:p@1.0.0;\ninterface api { f: func(); }\nworld w {\n"
        + "  import api;\n  import log: func(msg: string);\n"
        + "  export handler: interface { handle: func() -> u32; }\n  export api;\n}")
        .root().worlds().get("w");

    assertThat(w.imports()).containsOnlyKeys("t:p/api@1.0.0", "log");
    assertThat(w.exports()).containsOnlyKeys("handler", "t:p/api@1.0.0");
    assertThat(w.exports().get("handler")).isInstanceOfSatisfying(WorldItem.InterfaceItem.class,
        it -> {
          assertThat(it.inline()).isTrue();
          assertThat(it.iface().functions()).containsOnlyKeys("handle");
        });
  }

  @Test
  void worldTypesAndUsesBecomeTypeImportsAlongsideTheUsedInterface() {
    World w = Wit.resolve("package t:p;\ninterface types { record r { a: u8 } }\n"
        + "world w {\n  use types.{r};\n  type id = u64;\n  import get: func(i: id) -> r;\n}")
        .root().worlds().get("w");

    assertThat(w.imports()).containsOnlyKeys("t:p/types", "r", "id", "get");
    assertThat(w.imports().get("r")).isInstanceOf(WorldItem.TypeItem.class);
  }

  @Test
  void nestedPackagesInOneFileAreSeparatePackages() {
    Resolution r = Wit.resolve("package local:app;\nworld app { import ext:lib/api@2.0.0; }\n"
        + "package ext:lib@2.0.0 {\n  interface api { ping: func(); }\n}\n");

    assertThat(r.packages()).extracting(p -> p.name().toString())
        .containsExactly("ext:lib@2.0.0", "local:app");
    assertThat(r.root().worlds().get("app").imports()).containsOnlyKeys("ext:lib/api@2.0.0");
  }

  @Test
  void declarationOrderDoesNotMatter() {
    Interface i = Wit.iface("f: func(x: later);\nrecord later { y: also-later }\ntype also-later = u8;");

    assertThat(i.functions().get("f").params().get(0).type())
        .isEqualTo(new Type.Named(i.types().get("later")));
  }

  @Test
  void parametersMayCarryDocsAndATrailingComma() {
    Interface i = Wit.iface("f: func(\n  /// where to start\n  offset: u64,\n) -> u8;");

    assertThat(i.functions().get("f").params())
        .containsExactly(new Function.Param("offset", Primitive.U64));
  }

  @Test
  void worldItemsAndIncludesTakeGates() {
    World w = Wit.resolve("package t:p@2.0.0;\ninterface api {}\nworld base { import api; }\n"
        + "world w {\n  @since(version = 2.0.0)\n  include base;\n"
        + "  @unstable(feature = beta)\n  export go: func();\n}").root().worlds().get("w");

    assertThat(w.imports()).containsOnlyKeys("t:p/api@2.0.0");
    assertThat(((WorldItem.FunctionItem) w.exports().get("go")).function().gate())
        .isEqualTo(new Gate.Unstable("beta"));
  }
}
