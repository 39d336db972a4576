package dev.wasmhost.component.binary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Components used by the tests: one built through the model (every section kind) and the toolchain-built ones. */
final class Fixtures {
  private Fixtures() {}

  static final Path BUILT = Path.of("../../conformance/components/wasm");

  static byte[] built(String name) {
    try {
      return Files.readAllBytes(BUILT.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("run conformance/components/build.sh first", e);
    }
  }

  /** (module (type (func)) (func) (memory 1) (export "run" (func 0)) (export "memory" (memory 0))). */
  static final byte[] CORE_MODULE = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x03, 0x02, 0x01, 0x00,
    0x05, 0x03, 0x01, 0x00, 0x01,
    0x07, 0x10, 0x02, 0x03, 'r', 'u', 'n', 0x00, 0x00, 0x06, 'm', 'e', 'm', 'o', 'r', 'y', 0x02, 0x00,
    0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b
  };

  static CoreType.ValType i32() {
    return new CoreType.ValType(0x7f, CoreType.ValType.NO_HEAP_TYPE);
  }

  /** A component that uses every section and nearly every type and canon form. */
  static Component rich() {
    var coreTypes = new Section.CoreTypes(List.of(
        new CoreType.Func(List.of(i32(), i32()), List.of(i32())),
        new CoreType.Gc(Bytes.copyOf(new byte[] {0x4e, 0x01, 0x5f, 0x01, 0x7f, 0x01}), 1),
        new CoreType.Module(List.of(
            new CoreType.TypeDecl(new CoreType.Func(List.of(), List.of())),
            new CoreType.Import("env", "f", new CoreType.ExternType(0x00, Bytes.copyOf(new byte[] {0x00}), 0)),
            new CoreType.OuterTypeAlias(1, 0),
            new CoreType.Export("memory", new CoreType.ExternType(0x02, Bytes.copyOf(new byte[] {0x00, 0x01}), -1))))));
    var module = new Section.CoreModule(Bytes.copyOf(CORE_MODULE), 0);
    var coreInstances = new Section.CoreInstances(List.of(new CoreInstance.Instantiate(0, List.of())));
    var coreAliases = new Section.Aliases(List.of(
        new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "run"),
        new Alias.CoreInstanceExport(Sort.CORE_MEMORY, 0, "memory")));
    var moreCoreInstances = new Section.CoreInstances(List.of(new CoreInstance.FromExports(List.of(
        new CoreInstance.InlineExport("mem", Sort.CORE_MEMORY, 0)))));
    ValType t0 = new ValType.Ref(0);
    var types = new Section.Types(List.of(
        new DefType.Record(List.of(new DefType.Field("x", PrimType.S32), new DefType.Field("y", PrimType.S32))), // 0
        new DefType.Variant(List.of(new DefType.Case("circle", Optional.of(PrimType.U32)),
            new DefType.Case("rect", Optional.of(t0)), new DefType.Case("empty", Optional.empty()))), // 1
        new DefType.ListOf(PrimType.U8), // 2
        new DefType.Tuple(List.of(PrimType.S32, PrimType.STRING)), // 3
        new DefType.Flags(List.of("read", "write")), // 4
        new DefType.Enum(List.of("red", "green")), // 5
        new DefType.Option(new ValType.Ref(2)), // 6
        new DefType.Result(Optional.of(t0), Optional.of(PrimType.STRING)), // 7
        new DefType.Resource(0x7f, OptionalInt.empty()), // 8
        new DefType.Own(8), // 9
        new DefType.Borrow(8), // 10
        new DefType.Func(false, List.of(new DefType.Field("p", t0)), Optional.of(new ValType.Ref(7))), // 11
        new DefType.Func(false, List.of(), Optional.empty()), // 12
        new DefType.InstanceType(List.of( // 13
            new Decl.TypeDecl(new DefType.Func(false, List.of(), Optional.of(PrimType.STRING))),
            new Decl.ExportDecl(ExternName.of("get"), new ExternType.Func(0)),
            new Decl.ExportDecl(ExternName.of("res"), new ExternType.TypeSubResource()),
            new Decl.TypeDecl(new DefType.Own(1)),
            new Decl.AliasDecl(new Alias.Outer(Sort.TYPE, 1, 0)),
            new Decl.CoreTypeDecl(new CoreType.Func(List.of(), List.of())))),
        new DefType.ComponentType(List.of( // 14
            new Decl.TypeDecl(new DefType.InstanceType(List.of())),
            new Decl.ImportDecl(ExternName.of("wasi:cli/stdin@0.2.3"), new ExternType.Instance(0)),
            new Decl.ExportDecl(ExternName.of("out"), new ExternType.Instance(0)))),
        new DefType.Stream(Optional.of(PrimType.U8)), // 15
        new DefType.Future(Optional.empty()), // 16
        new DefType.FixedList(PrimType.U8, 4), // 17
        new DefType.MapOf(PrimType.STRING, PrimType.U32), // 18
        new DefType.Func(true, List.of(), Optional.of(PrimType.ERROR_CONTEXT)))); // 19
    var imports = new Section.Imports(List.of(
        new Section.Import(ExternName.of("wasi:cli/environment@0.2.3"), new ExternType.Instance(13)),
        new Section.Import(ExternName.of("child"), new ExternType.Component(14))));
    var aliases = new Section.Aliases(List.of(
        new Alias.InstanceExport(Sort.FUNC, 0, "get"), // func 0
        new Alias.InstanceExport(Sort.TYPE, 0, "res"))); // type 20
    var canons = new Section.Canons(List.of(
        new Canon.Lower(0, List.of(CanonOption.of(CanonOption.Kind.UTF8), new CanonOption(CanonOption.Kind.MEMORY, 0))),
        new Canon.Lift(0, List.of(new CanonOption(CanonOption.Kind.POST_RETURN, 0)), 12), // func 1
        new Canon.ResourceNew(8),
        new Canon.ResourceDrop(8),
        new Canon.ResourceRep(8),
        new Canon.ResourceDrop(20),
        new Canon.Builtin(CanonOp.TASK_RETURN, List.of(), Optional.of(PrimType.U32),
            List.of(new CanonOption(CanonOption.Kind.MEMORY, 0), CanonOption.of(CanonOption.Kind.UTF16))),
        new Canon.Builtin(CanonOp.WAITABLE_SET_WAIT, List.of(1L, 0L), Optional.empty(), List.of()),
        new Canon.Builtin(CanonOp.CONTEXT_GET, List.of(0x7fL, 0L), Optional.empty(), List.of()),
        new Canon.Builtin(CanonOp.STREAM_READ, List.of(15L), Optional.empty(),
            List.of(CanonOption.of(CanonOption.Kind.ASYNC))),
        new Canon.Builtin(CanonOp.THREAD_SPAWN_REF, List.of(0L, 0L), Optional.empty(), List.of())));
    var nested = new Section.NestedComponent(new Component(List.of(
        new Section.Aliases(List.of(new Alias.Outer(Sort.TYPE, 1, 12))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("f"), new ExternType.Func(0)))),
        new Section.Exports(List.of(new Section.Export(ExternName.of("g"), Sort.FUNC, 0, Optional.empty()))))));
    var instances = new Section.Instances(List.of(
        new Instance.Instantiate(1, List.of(new Instance.Arg("f", Sort.FUNC, 1))), // instance 1
        new Instance.FromExports(List.of(new Instance.InlineExport(ExternName.of("run"), Sort.FUNC, 1))))); // 2
    var moreAliases = new Section.Aliases(List.of(new Alias.InstanceExport(Sort.FUNC, 1, "g"))); // func 2
    var values = new Section.Values(List.of(new Section.Value(PrimType.U32, Bytes.copyOf(new byte[] {0x2a}))));
    var exports = new Section.Exports(List.of(
        new Section.Export(ExternName.of("run"), Sort.FUNC, 1, Optional.of(new ExternType.Func(12))),
        new Section.Export(new ExternName(0x02, "wasmhost:test/api@0.1.0",
            List.of(new ExternName.Attribute(0x01, "-rc.1"))), Sort.INSTANCE, 2, Optional.empty()),
        new Section.Export(ExternName.of("module"), Sort.CORE_MODULE, 0, Optional.empty()),
        new Section.Export(ExternName.of("answer"), Sort.VALUE, 0, Optional.empty())));
    var names = new ComponentNames(Optional.of("fixture"), Map.of(Sort.FUNC, Map.of(0, "get", 1, "run")));
    return new Component(List.of(coreTypes, module, coreInstances, coreAliases, moreCoreInstances, types, imports,
        aliases, canons, nested, instances, moreAliases, values, exports, names.toSection(),
        new Section.Custom("producers", Bytes.copyOf(new byte[] {0x00}))));
  }
}
