package dev.wasmhost.component.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.Type.Primitive;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Package;
import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.WitLibrary;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WitTypesTest {
    private final Resolution host = WitLibrary.host();
    private final WitTypes wit = new WitTypes();

    private Interface iface(String pkg, String name) {
        Package p = host.find(pkg);
        assertThat(p).as(pkg).isNotNull();
        return p.interfaces().get(name);
    }

    @Test
    void outputStreamWriteTakesSelfAsBorrowAndReturnsStreamError() {
        Interface streams = iface("wasi:io@0.2.0", "streams");
        ResourceType out = wit.resource(streams, "output-stream");
        ResourceType error = wit.resource(iface("wasi:io@0.2.0", "error"), "error");
        FuncType ft = wit.function(streams, "[method]output-stream.blocking-write-and-flush");

        Type streamError = new Type.VariantType(List.of(
                new Type.Case("last-operation-failed", Optional.of(new Type.OwnType(error))),
                new Type.Case("closed", Optional.empty())));
        assertThat(ft).isEqualTo(new FuncType(
                List.of(new FuncType.Param("self", new Type.BorrowType(out)),
                        new FuncType.Param("contents", new Type.ListType(Primitive.U8))),
                Optional.of(new Type.ResultType(Optional.empty(), Optional.of(streamError)))));
        assertThat(CanonicalAbi.flattenParams(ft, CanonDirection.LOWER))
                .containsExactly(CoreType.I32, CoreType.I32, CoreType.I32, CoreType.I32);
        assertThat(ft).hasToString("func(self: borrow<output-stream>, contents: list<u8>) -> "
                + "result<_, variant { last-operation-failed(own<error>), closed }>");
    }

    @Test
    void resourceUsedIntoAnotherInterfaceIsTheSameResourceType() {
        ResourceType viaStreams = wit.resource(iface("wasi:io@0.2.0", "streams"), "error");
        ResourceType declared = wit.resource(iface("wasi:io@0.2.0", "error"), "error");
        assertThat(viaStreams).isSameAs(declared);
        assertThat(new WitTypes().resource(iface("wasi:io@0.2.0", "error"), "error")).isNotSameAs(declared);
    }

    @Test
    void getStdoutReturnsAnOwnedOutputStreamAndArgumentsAreAListOfStrings() {
        Interface stdout = iface("wasi:cli@0.2.0", "stdout");
        FuncType ft = wit.function(stdout, "get-stdout");
        ResourceType out = wit.resource(iface("wasi:io@0.2.0", "streams"), "output-stream");
        assertThat(ft.result()).contains(new Type.OwnType(out));
        FuncType args = wit.function(iface("wasi:cli@0.2.0", "environment"), "get-arguments");
        assertThat(args.result()).contains(new Type.ListType(Primitive.STRING));
        assertThat(CanonicalAbi.flattenResults(args, CanonDirection.LOWER)).isEmpty();
        assertThat(CanonicalAbi.flattenParams(args, CanonDirection.LOWER)).containsExactly(CoreType.I32);
    }

    @Test
    void unknownFunctionNamesTheAvailableOnes() {
        assertThatThrownBy(() -> wit.function(iface("wasi:cli@0.2.0", "stdout"), "get-stdin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("get-stdout");
    }
}
