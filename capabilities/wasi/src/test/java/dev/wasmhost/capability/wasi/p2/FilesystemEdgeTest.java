package dev.wasmhost.capability.wasi.p2;

import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.bytes;
import static dev.wasmhost.capability.wasi.p2.Guest.flags;
import static dev.wasmhost.capability.wasi.p2.Guest.ok;
import static dev.wasmhost.capability.wasi.p2.Guest.str;
import static dev.wasmhost.capability.wasi.p2.Guest.u64;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmhost.component.abi.AbiTrap;
import dev.wasmhost.component.abi.Value;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemEdgeTest {
    @TempDir
    Path dir;

    @Test
    void streamOfADroppedDescriptorFailsWithAFilesystemErrorCode() {
        Fs fs = new Fs(dir);
        Value file = fs.create("f");
        Value out = ok(fs.call(file, "write-via-stream", u64(0)));
        fs.g.wasi.drop(Guest.typeOf(file), Guest.rep(file));

        Value.VariantValue failure = (Value.VariantValue) Guest.err(fs.g.get("wasi:io/streams",
                "[method]output-stream.blocking-write-and-flush", borrow(out), bytes("x".getBytes(UTF_8))));
        assertThat(failure.caseIndex()).isZero();
        Value error = failure.payload().orElseThrow();
        assertThat(fs.g.get(Fs.TYPES, "filesystem-error-code", borrow(error)))
                .isEqualTo(new Value.OptionValue(Optional.of(new Value.EnumValue(3)))); // bad-descriptor
    }

    @Test
    void droppedDirectoryStreamIsBadDescriptorAndStaleIsSameObjectTraps() {
        Fs fs = new Fs(dir);
        int before = fs.g.wasi.liveResources();
        Value entries = ok(fs.call(fs.root, "read-directory"));
        Value file = fs.create("f");
        assertThat(fs.g.wasi.liveResources()).isEqualTo(before + 2);
        fs.g.wasi.drop(Guest.typeOf(entries), Guest.rep(entries));
        fs.g.wasi.drop(Guest.typeOf(file), Guest.rep(file));
        assertThat(fs.g.wasi.liveResources()).isEqualTo(before);

        assertThat(Fs.code(fs.g.get(Fs.TYPES, "[method]directory-entry-stream.read-directory-entry", borrow(entries))))
                .isEqualTo(new Value.EnumValue(3)); // bad-descriptor
        assertThatThrownBy(() -> fs.call(fs.root, "is-same-object", borrow(file)))
                .isInstanceOf(AbiTrap.class).hasMessageContaining("descriptor");
        assertThat(fs.call(fs.root, "is-same-object", borrow(fs.root))).isEqualTo(new Value.BoolValue(true));
    }

    @Test
    void setTimesAtSetsTheModificationTime() throws Exception {
        Files.writeString(dir.resolve("t"), "x");
        Fs fs = new Fs(dir);
        Value when = new Value.VariantValue(2, Optional.of(new Value.RecordValue(List.of(u64(1_000_000_000L),
                new Value.IntValue(dev.wasmhost.component.abi.Type.Primitive.U32, 5)))));
        Value noChange = new Value.VariantValue(0, Optional.empty());
        ok(fs.call(fs.root, "set-times-at", flags(), str("t"), noChange, when));
        assertThat(Files.getLastModifiedTime(dir.resolve("t"), LinkOption.NOFOLLOW_LINKS).toMillis())
                .isEqualTo(FileTime.fromMillis(1_000_000_000_000L).toMillis());
        assertThat(Fs.code(fs.call(fs.root, "set-times-at", flags(), str("missing"), noChange, when)))
                .isEqualTo(new Value.EnumValue(20));
    }

    @Test
    void hardLinkSharesContentAndIdentity() throws Exception {
        Files.writeString(dir.resolve("orig"), "shared");
        Fs fs = new Fs(dir);
        ok(fs.call(fs.root, "link-at", flags(), str("orig"), borrow(fs.root), str("alias")));
        assertThat(Files.readString(dir.resolve("alias"))).isEqualTo("shared");
        assertThat(ok(fs.call(fs.root, "metadata-hash-at", flags(), str("alias"))))
                .isEqualTo(ok(fs.call(fs.root, "metadata-hash-at", flags(), str("orig"))));
        assertThat(Fs.code(fs.call(fs.root, "link-at", flags(), str("orig"), borrow(fs.root), str("../x"))))
                .isEqualTo(new Value.EnumValue(31));
    }

    @Test
    void renameRefusesFileOverDirectoryAndReplacesFiles() throws Exception {
        Files.writeString(dir.resolve("a"), "A");
        Files.writeString(dir.resolve("b"), "B");
        Files.createDirectory(dir.resolve("d"));
        Fs fs = new Fs(dir);
        assertThat(Fs.code(fs.call(fs.root, "rename-at", str("a"), borrow(fs.root), str("d"))))
                .isEqualTo(new Value.EnumValue(14)); // is-directory
        assertThat(Fs.code(fs.call(fs.root, "rename-at", str("d"), borrow(fs.root), str("a"))))
                .isEqualTo(new Value.EnumValue(24)); // not-directory
        ok(fs.call(fs.root, "rename-at", str("a"), borrow(fs.root), str("b")));
        assertThat(Files.readString(dir.resolve("b"))).isEqualTo("A");
        assertThat(Files.exists(dir.resolve("a"))).isFalse();
    }

    @Test
    void fileOperationsOnADirectoryAreRefused() {
        Fs fs = new Fs(dir);
        assertThat(Fs.code(fs.call(fs.root, "read", u64(1), u64(0)))).isEqualTo(new Value.EnumValue(3));
        assertThat(Fs.code(fs.call(fs.root, "read-via-stream", u64(0)))).isEqualTo(new Value.EnumValue(3));
        Value file = fs.create("plain");
        assertThat(Fs.code(fs.call(file, "read-directory"))).isEqualTo(new Value.EnumValue(24));
        assertThat(Fs.code(fs.call(file, "create-directory-at", str("x")))).isEqualTo(new Value.EnumValue(24));
    }

    @Test
    void removingThePreopenItselfIsRefused() {
        Fs fs = new Fs(dir);
        assertThat(((Value.ResultValue) fs.call(fs.root, "remove-directory-at", str("."))).ok()).isFalse();
        assertThat(Files.isDirectory(dir)).isTrue();
    }
}
