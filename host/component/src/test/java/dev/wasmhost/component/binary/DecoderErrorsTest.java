package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rejection is a one-line {@link ComponentFormatException} naming the offset and the problem. */
class DecoderErrorsTest {
  private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};

  private static byte[] withHeader(int... body) {
    byte[] out = Arrays.copyOf(HEADER, HEADER.length + body.length);
    for (int i = 0; i < body.length; i++) {
      out[HEADER.length + i] = (byte) body[i];
    }
    return out;
  }

  private static byte[] encode(Section... sections) {
    return ComponentEncoder.encode(new Component(List.of(sections)));
  }

  private static Section.Imports importInstance() {
    return new Section.Imports(List.of(new Section.Import(ExternName.of("a"), new ExternType.Instance(0))));
  }

  private static Section.Types instanceTypeWithGet() {
    return new Section.Types(List.of(new DefType.InstanceType(List.of(
        new Decl.TypeDecl(new DefType.Func(false, List.of(), Optional.empty())),
        new Decl.ExportDecl(ExternName.of("get"), new ExternType.Func(0))))));
  }

  @Test
  void aliasOfMissingInstanceNamesTheIndexAndTheCount() {
    byte[] b = encode(instanceTypeWithGet(), importInstance(),
        new Section.Aliases(List.of(new Alias.InstanceExport(Sort.FUNC, 7, "get"))));
    int indexAt = b.length - 5; // 07, then the name "get"
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .isInstanceOf(ComponentFormatException.class)
        .hasMessage(String.format("offset 0x%x: alias refers to instance 7, but only 1 instance is defined", indexAt));
  }

  @Test
  void aliasOfMissingExportNamesTheExport() {
    byte[] b = encode(instanceTypeWithGet(), importInstance(),
        new Section.Aliases(List.of(new Alias.InstanceExport(Sort.FUNC, 0, "put"))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("alias refers to export \"put\" of instance 0, which has no such export");
  }

  @Test
  void aliasWithWrongSortSaysWhatTheExportIs() {
    byte[] b = encode(instanceTypeWithGet(), importInstance(),
        new Section.Aliases(List.of(new Alias.InstanceExport(Sort.COMPONENT, 0, "get"))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("alias expects export \"get\" of instance 0 to be a component, but it is a func");
  }

  @Test
  void outerAliasBeyondTheEnclosingScopesIsRejected() {
    byte[] b = encode(new Section.Aliases(List.of(new Alias.Outer(Sort.TYPE, 2, 0))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessage("offset 0xd: outer alias goes out 2 scopes, but only 0 enclosing scopes exist");
  }

  @Test
  void valueTypeReferringToAFuncTypeIsRejected() {
    byte[] b = encode(new Section.Types(List.of(
        new DefType.Func(false, List.of(), Optional.empty()), new DefType.ListOf(new ValType.Ref(0)))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("value type refers to type 0, which is a func type, not a value type");
  }

  @Test
  void ownOfANonResourceIsRejected() {
    byte[] b = encode(new Section.Types(List.of(PrimType.U8, new DefType.Own(0))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("own handle refers to type 0, which is a value type, not a resource type");
  }

  @Test
  void truncatedSectionSaysHowManyBytesAreMissing() {
    byte[] whole = ComponentEncoder.encode(Fixtures.rich());
    byte[] cut = Arrays.copyOf(whole, whole.length - 3);
    assertThatThrownBy(() -> ComponentDecoder.decode(cut))
        .isInstanceOf(ComponentFormatException.class)
        .hasMessageMatching("offset 0x[0-9a-f]+: section 0 declares \\d+ bytes but only \\d+ are left");
  }

  @Test
  void leb128OverflowIsRejected() {
    byte[] b = withHeader(0x07, 0xff, 0xff, 0xff, 0xff, 0x7f);
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessage("offset 0x9: LEB128 integer for section size overflows 32 bits");
  }

  @Test
  void sectionSizeMismatchIsRejected() {
    // type section of size 3 holding one type (bool) and a stray byte
    byte[] b = withHeader(0x07, 0x03, 0x01, 0x7f, 0x00);
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessage("offset 0xc: section 7 at 0xa declares 3 bytes but its contents end after 2");
  }

  @Test
  void duplicateExportNamesAreRejected() {
    Section.Export e = new Section.Export(ExternName.of("e"), Sort.FUNC, 0, Optional.empty());
    byte[] b = encode(new Section.Types(List.of(new DefType.Func(false, List.of(), Optional.empty()))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("f"), new ExternType.Func(0)))),
        new Section.Exports(List.of(e, e)));
    assertThatThrownBy(() -> ComponentDecoder.decode(b)).hasMessageEndingWith("duplicate export name \"e\"");
  }

  @Test
  void duplicateLabelsInARecordAreRejected() {
    byte[] b = encode(new Section.Types(List.of(new DefType.Record(List.of(
        new DefType.Field("x", PrimType.U8), new DefType.Field("x", PrimType.U8))))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b)).hasMessageEndingWith("duplicate record field label \"x\"");
  }

  @Test
  void conflictingStringEncodingsAreRejected() {
    byte[] b = encode(new Section.Types(List.of(new DefType.Func(false, List.of(), Optional.empty()))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("f"), new ExternType.Func(0)))),
        new Section.Canons(List.of(new Canon.Lower(0, List.of(
            CanonOption.of(CanonOption.Kind.UTF8), CanonOption.of(CanonOption.Kind.UTF16))))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b)).hasMessageEndingWith("conflicting string encodings in canon options");
  }

  @Test
  void canonMemoryOptionMustReferToAMemory() {
    byte[] b = encode(new Section.Types(List.of(new DefType.Func(false, List.of(), Optional.empty()))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("f"), new ExternType.Func(0)))),
        new Section.Canons(List.of(new Canon.Lower(0, List.of(new CanonOption(CanonOption.Kind.MEMORY, 0))))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("canon option memory refers to core memory 0, but only 0 core memories are defined");
  }

  @Test
  void namesWithControlCharactersStayOnOneLine() {
    byte[] b = encode(instanceTypeWithGet(), importInstance(),
        new Section.Aliases(List.of(new Alias.InstanceExport(Sort.FUNC, 0, "a\nb"))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("alias refers to export \"a\\u000ab\" of instance 0, which has no such export");
  }

  @Test
  void instantiationMustSupplyEveryImport() {
    Component child = new Component(List.of(
        new Section.Types(List.of(new DefType.Func(false, List.of(), Optional.empty()))),
        new Section.Imports(List.of(new Section.Import(ExternName.of("log"), new ExternType.Func(0))))));
    byte[] b = encode(new Section.NestedComponent(child),
        new Section.Instances(List.of(new Instance.Instantiate(0, List.of()))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("instantiation of component 0 gives no argument for its import \"log\" (a func)");
  }

  @Test
  void borrowInAFunctionResultIsRejected() {
    byte[] b = encode(new Section.Types(List.of(
        new DefType.Resource(0x7f, java.util.OptionalInt.empty()),
        new DefType.Borrow(0),
        new DefType.Option(new ValType.Ref(1)),
        new DefType.Func(false, List.of(new DefType.Field("r", new ValType.Ref(1))), Optional.of(new ValType.Ref(2))))));
    assertThatThrownBy(() -> ComponentDecoder.decode(b))
        .hasMessageEndingWith("function result type contains a borrow handle; results may only own resources");
  }

  @Test
  void coreModuleIsNotAComponent() {
    assertThatThrownBy(() -> ComponentDecoder.decode(Fixtures.CORE_MODULE))
        .hasMessage("offset 0x4: this is a core WebAssembly module, not a component");
  }

  @Test
  void unknownSectionIdIsRejected() {
    assertThatThrownBy(() -> ComponentDecoder.decode(withHeader(0x0d, 0x00)))
        .hasMessage("offset 0x8: unknown section id 13");
  }

  @Test
  void malformedNameSectionDoesNotRejectTheComponent() {
    byte[] b = encode(new Section.Custom(ComponentNames.SECTION_NAME, Bytes.copyOf(new byte[] {0x01, 0x05})));
    org.assertj.core.api.Assertions.assertThat(ComponentDecoder.decode(b).names()).isEmpty();
    assertThatThrownBy(() -> ComponentNames.parse(Bytes.copyOf(new byte[] {0x01, 0x05})))
        .isInstanceOf(ComponentFormatException.class);
  }
}
