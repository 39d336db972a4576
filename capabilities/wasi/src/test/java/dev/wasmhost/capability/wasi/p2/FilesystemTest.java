package dev.wasmhost.capability.wasi.p2;

import dev.wasmhost.capability.wasi.WasiConfig;
import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.bytes;
import static dev.wasmhost.capability.wasi.p2.Guest.flags;
import static dev.wasmhost.capability.wasi.p2.Guest.ok;
import static dev.wasmhost.capability.wasi.p2.Guest.str;
import static dev.wasmhost.capability.wasi.p2.Guest.toBytes;
import static dev.wasmhost.capability.wasi.p2.Guest.toLong;
import static dev.wasmhost.capability.wasi.p2.Guest.u64;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemTest {
    @TempDir
    Path dir;

    @Test
    void preopensListTheGrantedDirectoryByName() {
        Guest g = new Guest(WasiConfig.builder().preopen(dir, "data").build());
        Value.ListValue dirs = (Value.ListValue) g.get("wasi:filesystem/preopens", "get-directories");
        assertThat(dirs.values()).hasSize(1);
        assertThat(((Value.TupleValue) dirs.values().get(0)).values().get(1)).isEqualTo(str("data"));
        assertThat(((Value.ListValue) new Guest(WasiConfig.builder().build())
                .get("wasi:filesystem/preopens", "get-directories")).values()).isEmpty();
    }

    @Test
    void writtenBytesReadBackAndReachTheHostFile() throws Exception {
        Fs fs = new Fs(dir);
        Value file = fs.create("notes.txt");
        assertThat(toLong(ok(fs.call(file, "write", bytes("hello world".getBytes(UTF_8)), u64(0))))).isEqualTo(11);
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("hello world");

        Value.TupleValue read = (Value.TupleValue) ok(fs.call(file, "read", u64(5), u64(6)));
        assertThat(toBytes(read.values().get(0))).isEqualTo("world".getBytes(UTF_8));
        Value.TupleValue tail = (Value.TupleValue) ok(fs.call(file, "read", u64(100), u64(6)));
        assertThat(toBytes(tail.values().get(0))).isEqualTo("world".getBytes(UTF_8));
        assertThat(tail.values().get(1)).as("end of file reached").isEqualTo(new Value.BoolValue(true));
    }

    @Test
    void streamsWriteAppendAndReadAFile() throws Exception {
        Fs fs = new Fs(dir);
        Value file = fs.create("log.txt");
        Value out = ok(fs.call(file, "write-via-stream", u64(0)));
        ok(fs.g.get("wasi:io/streams", "[method]output-stream.blocking-write-and-flush", borrow(out),
                bytes("abc".getBytes(UTF_8))));
        Value append = ok(fs.call(file, "append-via-stream"));
        ok(fs.g.get("wasi:io/streams", "[method]output-stream.write", borrow(append), bytes("def".getBytes(UTF_8))));
        assertThat(Files.readString(dir.resolve("log.txt"))).isEqualTo("abcdef");

        Value in = ok(fs.call(file, "read-via-stream", u64(2)));
        assertThat(toBytes(ok(fs.g.get("wasi:io/streams", "[method]input-stream.blocking-read", borrow(in), u64(100)))))
                .isEqualTo("cdef".getBytes(UTF_8));
        assertThat(Guest.err(fs.g.get("wasi:io/streams", "[method]input-stream.read", borrow(in), u64(100))))
                .as("end of file is closed").isEqualTo(new Value.VariantValue(1, Optional.empty()));
    }

    @Test
    void statReportsTypeSizeAndTimes() throws Exception {
        Files.writeString(dir.resolve("f.bin"), "12345");
        Files.createDirectory(dir.resolve("sub"));
        Fs fs = new Fs(dir);

        List<Value> stat = Fs.fields(ok(fs.call(fs.root, "stat-at", flags(), str("f.bin"))));
        assertThat(stat.get(0)).isEqualTo(new Value.EnumValue(6)); // regular-file
        assertThat(toLong(stat.get(1))).isGreaterThanOrEqualTo(1);
        assertThat(toLong(stat.get(2))).isEqualTo(5);
        assertThat(((Value.OptionValue) stat.get(4)).value()).isPresent();

        assertThat(Fs.fields(ok(fs.call(fs.root, "stat-at", flags(), str("sub")))).get(0)).isEqualTo(new Value.EnumValue(3));
        assertThat(Fs.fields(ok(fs.call(fs.root, "stat"))).get(0)).isEqualTo(new Value.EnumValue(3));
        assertThat(ok(fs.call(fs.root, "get-type"))).isEqualTo(new Value.EnumValue(3));
        Value file = ok(fs.openAt(fs.root, false, "f.bin", flags(), flags(Fs.READ)));
        assertThat(ok(fs.call(file, "get-type"))).isEqualTo(new Value.EnumValue(6));
        assertThat(toLong(Fs.fields(ok(fs.call(file, "stat"))).get(2))).isEqualTo(5);
        assertThat(ok(fs.call(file, "get-flags"))).isEqualTo(flags(Fs.READ));
    }

    @Test
    void readDirectoryListsEntriesWithTypes() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.createDirectory(dir.resolve("a"));
        Fs fs = new Fs(dir);
        Value stream = ok(fs.call(fs.root, "read-directory"));
        List<Value> entries = new ArrayList<>();
        while (true) {
            Value.OptionValue next = (Value.OptionValue) ok(fs.g.get(Fs.TYPES,
                    "[method]directory-entry-stream.read-directory-entry", borrow(stream)));
            if (next.value().isEmpty()) {
                break;
            }
            entries.add(next.value().get());
        }
        assertThat(entries).containsExactly(
                new Value.RecordValue(List.of(new Value.EnumValue(3), str("a"))),
                new Value.RecordValue(List.of(new Value.EnumValue(6), str("b.txt"))));
    }

    @Test
    void directoriesAreCreatedRenamedAndRemoved() throws Exception {
        Fs fs = new Fs(dir);
        ok(fs.call(fs.root, "create-directory-at", str("d1")));
        assertThat(Fs.code(fs.call(fs.root, "create-directory-at", str("d1")))).isEqualTo(new Value.EnumValue(7)); // exist
        Value d1 = ok(fs.openAt(fs.root, false, "d1", flags(Fs.DIRECTORY), flags(Fs.READ, Fs.MUTATE)));
        ok(fs.call(d1, "open-at", flags(), str("inner.txt"), flags(Fs.CREATE), flags(Fs.WRITE)));
        assertThat(Files.exists(dir.resolve("d1/inner.txt"))).isTrue();

        assertThat(Fs.code(fs.call(fs.root, "remove-directory-at", str("d1")))).isEqualTo(new Value.EnumValue(25)); // not-empty
        ok(fs.call(fs.root, "rename-at", str("d1/inner.txt"), borrow(fs.root), str("moved.txt")));
        assertThat(Files.exists(dir.resolve("moved.txt"))).isTrue();
        ok(fs.call(fs.root, "remove-directory-at", str("d1")));
        assertThat(Files.exists(dir.resolve("d1"))).isFalse();

        assertThat(Fs.code(fs.call(fs.root, "unlink-file-at", str("missing")))).isEqualTo(new Value.EnumValue(20)); // no-entry
        Files.createDirectory(dir.resolve("keep"));
        assertThat(Fs.code(fs.call(fs.root, "unlink-file-at", str("keep")))).isEqualTo(new Value.EnumValue(14)); // is-directory
        ok(fs.call(fs.root, "unlink-file-at", str("moved.txt")));
        assertThat(Files.exists(dir.resolve("moved.txt"))).isFalse();
    }

    @Test
    void symlinksInsideThePreopenWork() throws Exception {
        Files.writeString(dir.resolve("target.txt"), "via link");
        Fs fs = new Fs(dir);
        ok(fs.call(fs.root, "symlink-at", str("target.txt"), str("link")));
        assertThat(ok(fs.call(fs.root, "readlink-at", str("link")))).isEqualTo(str("target.txt"));
        assertThat(Fs.fields(ok(fs.call(fs.root, "stat-at", flags(), str("link")))).get(0))
                .isEqualTo(new Value.EnumValue(5)); // symbolic-link
        Value viaLink = ok(fs.openAt(fs.root, true, "link", flags(), flags(Fs.READ)));
        Value.TupleValue read = (Value.TupleValue) ok(fs.call(viaLink, "read", u64(100), u64(0)));
        assertThat(new String(toBytes(read.values().get(0)), UTF_8)).isEqualTo("via link");
        assertThat(Fs.code(fs.openAt(fs.root, false, "link", flags(), flags(Fs.READ))))
                .as("a final symlink without symlink-follow").isEqualTo(new Value.EnumValue(15)); // loop
    }

    @Test
    void setSizeTruncatesAndExtends() throws Exception {
        Fs fs = new Fs(dir);
        Value file = fs.create("sized");
        ok(fs.call(file, "write", bytes("abcdef".getBytes(UTF_8)), u64(0)));
        ok(fs.call(file, "set-size", u64(3)));
        assertThat(Files.readString(dir.resolve("sized"))).isEqualTo("abc");
        ok(fs.call(file, "set-size", u64(5)));
        assertThat(Files.readAllBytes(dir.resolve("sized"))).containsExactly('a', 'b', 'c', 0, 0);
        ok(fs.call(file, "sync"));
        ok(fs.call(file, "sync-data"));
    }

    @Test
    void sameFileHasTheSameMetadataHash() throws Exception {
        Files.writeString(dir.resolve("one"), "1");
        Files.writeString(dir.resolve("two"), "2");
        Fs fs = new Fs(dir);
        Value a = ok(fs.openAt(fs.root, false, "one", flags(), flags(Fs.READ)));
        Value b = ok(fs.openAt(fs.root, false, "one", flags(), flags(Fs.READ)));
        Value c = ok(fs.openAt(fs.root, false, "two", flags(), flags(Fs.READ)));
        assertThat(ok(fs.call(a, "metadata-hash"))).isEqualTo(ok(fs.call(b, "metadata-hash")));
        assertThat(ok(fs.call(a, "metadata-hash"))).isEqualTo(ok(fs.call(fs.root, "metadata-hash-at", flags(), str("one"))));
        assertThat(ok(fs.call(a, "metadata-hash"))).isNotEqualTo(ok(fs.call(c, "metadata-hash")));
        assertThat(fs.call(a, "is-same-object", borrow(b))).isEqualTo(new Value.BoolValue(true));
        assertThat(fs.call(a, "is-same-object", borrow(c))).isEqualTo(new Value.BoolValue(false));
    }

    @Test
    void openFlagsFollowPosix() throws Exception {
        Files.writeString(dir.resolve("exists"), "data");
        Fs fs = new Fs(dir);
        assertThat(Fs.code(fs.openAt(fs.root, false, "exists", flags(Fs.CREATE, Fs.EXCLUSIVE), flags(Fs.WRITE))))
                .isEqualTo(new Value.EnumValue(7)); // exist
        assertThat(Fs.code(fs.openAt(fs.root, false, "nope", flags(), flags(Fs.READ))))
                .isEqualTo(new Value.EnumValue(20)); // no-entry
        assertThat(Fs.code(fs.openAt(fs.root, false, "exists", flags(Fs.DIRECTORY), flags(Fs.READ))))
                .isEqualTo(new Value.EnumValue(24)); // not-directory
        assertThat(Fs.code(fs.openAt(fs.root, false, ".", flags(), flags(Fs.WRITE))))
                .isEqualTo(new Value.EnumValue(14)); // is-directory
        ok(fs.openAt(fs.root, false, "exists", flags(Fs.TRUNCATE), flags(Fs.WRITE)));
        assertThat(Files.size(dir.resolve("exists"))).isZero();
    }
}
