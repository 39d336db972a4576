package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every canon built-in of Binary.md decodes, validates its indices and re-encodes. */
class CanonBuiltinsTest {
  /** Imports a module exporting a table and a memory, instantiates it and aliases both; defines a stream type. */
  private static List<Section> setup() {
    var moduleType = new CoreType.Module(List.of(
        new CoreType.Export("t", new CoreType.ExternType(0x01, Bytes.copyOf(new byte[] {0x70, 0x00, 0x01}), -1)),
        new CoreType.Export("m", new CoreType.ExternType(0x02, Bytes.copyOf(new byte[] {0x00, 0x01}), -1))));
    return List.of(
        new Section.CoreTypes(List.of(moduleType, new CoreType.Func(List.of(Fixtures.i32()), List.of()))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("m"), new ExternType.Module(0)))),
        new Section.CoreInstances(List.of(new CoreInstance.Instantiate(0, List.of()))),
        new Section.Aliases(List.of(
            new Alias.CoreInstanceExport(Sort.CORE_TABLE, 0, "t"),
            new Alias.CoreInstanceExport(Sort.CORE_MEMORY, 0, "m"))),
        new Section.Types(List.of(new DefType.Stream(Optional.of(PrimType.U8)))));
  }

  private static Canon.Builtin builtin(CanonOp op, long typeIndex) {
    List<Long> imm = new ArrayList<>();
    Optional<ValType> result = Optional.empty();
    List<CanonOption> opts = List.of();
    for (CanonOp.Imm kind : op.shape()) {
      switch (kind) {
        case FLAG -> imm.add(1L);
        case TYPE -> imm.add(typeIndex);
        case CORE_TYPE -> imm.add(1L);
        case CORE_TABLE, CORE_MEMORY, U32 -> imm.add(0L);
        case CORE_VALTYPE -> imm.add(0x7fL);
        case RESULT -> result = Optional.of(PrimType.U32);
        case OPTS -> opts = List.of(new CanonOption(CanonOption.Kind.MEMORY, 0), CanonOption.of(CanonOption.Kind.UTF8));
      }
    }
    return new Canon.Builtin(op, List.copyOf(imm), result, opts);
  }

  @ParameterizedTest
  @EnumSource(CanonOp.class)
  void builtinRoundTrips(CanonOp op) {
    List<Section> sections = new ArrayList<>(setup());
    sections.add(new Section.Canons(List.of(builtin(op, 0))));
    Component c = new Component(sections);
    byte[] bytes = ComponentEncoder.encode(c);
    Component decoded = ComponentDecoder.decode(bytes);
    assertThat(decoded).isEqualTo(c);
    assertThat(decoded.indexSpaces().size(Sort.CORE_FUNC)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = CanonOp.class, names = {"STREAM_NEW", "FUTURE_READ", "STREAM_CANCEL_WRITE"})
  void builtinTypeIndexIsChecked(CanonOp op) {
    List<Section> sections = new ArrayList<>(setup());
    sections.add(new Section.Canons(List.of(builtin(op, 5))));
    byte[] bytes = ComponentEncoder.encode(new Component(sections));
    assertThatThrownBy(() -> ComponentDecoder.decode(bytes))
        .hasMessageContaining("refers to type 5, but only 1 type is defined");
  }
}
