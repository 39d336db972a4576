package dev.wasmhost.capability.wasi.p2;

import static dev.wasmhost.capability.wasi.p2.Guest.borrow;
import static dev.wasmhost.capability.wasi.p2.Guest.bytes;
import static dev.wasmhost.capability.wasi.p2.Guest.flags;
import static dev.wasmhost.capability.wasi.p2.Guest.ok;
import static dev.wasmhost.capability.wasi.p2.Guest.str;
import static dev.wasmhost.capability.wasi.p2.Guest.u64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxEscapeTest {
    private static final Value NOT_PERMITTED = new Value.EnumValue(31);
    private static final Value BAD_DESCRIPTOR = new Value.EnumValue(3);

    @TempDir
    Path base;
    Path sandbox;
    Path secret;

    @BeforeEach
    void layout() throws Exception {
        sandbox = Files.createDirectory(base.resolve("sandbox"));
        secret = Files.writeString(base.resolve("secret.txt"), "top secret");
        Files.createDirectory(sandbox.resolve("sub"));
    }

    @Test
    void dotDotAboveThePreopenIsRefused() {
        Fs fs = new Fs(sandbox);
        assertThat(Fs.code(fs.openAt(fs.root, false, "../secret.txt", flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.openAt(fs.root, false, "sub/../../secret.txt", flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "stat-at", flags(), str("..")))).isEqualTo(NOT_PERMITTED);
        ok(fs.openAt(fs.root, false, "sub/..", flags(), flags(Fs.READ)));
    }

    @Test
    void absolutePathsAreRefused() {
        Fs fs = new Fs(sandbox);
        assertThat(Fs.code(fs.openAt(fs.root, false, secret.toString(), flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "create-directory-at", str("/tmp/evil")))).isEqualTo(NOT_PERMITTED);
    }

    @Test
    void symlinksPointingOutsideAreNotFollowed() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("relative-out"), Path.of("../secret.txt"));
        Files.createSymbolicLink(sandbox.resolve("absolute-out"), secret);
        Files.createSymbolicLink(sandbox.resolve("dir-out"), Path.of(".."));
        Fs fs = new Fs(sandbox);

        assertThat(Fs.code(fs.openAt(fs.root, true, "relative-out", flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.openAt(fs.root, true, "absolute-out", flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.openAt(fs.root, false, "dir-out/secret.txt", flags(), flags(Fs.READ)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "stat-at", flags(0), str("absolute-out")))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "readlink-at", str("absolute-out")))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "symlink-at", str("/etc/passwd"), str("made")))).isEqualTo(NOT_PERMITTED);
    }

    @Test
    void creatingThroughAnOutsideLinkLeavesTheOutsideUntouched() throws Exception {
        Files.createSymbolicLink(sandbox.resolve("out"), Path.of("../created.txt"));
        Fs fs = new Fs(sandbox);
        assertThat(Fs.code(fs.openAt(fs.root, true, "out", flags(Fs.CREATE), flags(Fs.WRITE)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(fs.root, "rename-at", str("sub"), borrow(fs.root), str("../stolen"))))
                .isEqualTo(NOT_PERMITTED);
        assertThat(Files.exists(base.resolve("created.txt"))).isFalse();
        assertThat(Files.exists(base.resolve("stolen"))).isFalse();
    }

    @Test
    void unknownOrDroppedDescriptorsAreBadDescriptor() {
        Fs fs = new Fs(sandbox);
        Value sub = ok(fs.openAt(fs.root, false, "sub", flags(), flags(Fs.READ)));
        fs.g.wasi.drop(Guest.typeOf(sub), Guest.rep(sub));
        assertThat(Fs.code(fs.openAt(sub, false, "x", flags(), flags(Fs.READ)))).isEqualTo(BAD_DESCRIPTOR);
        assertThat(Fs.code(fs.call(sub, "stat"))).isEqualTo(BAD_DESCRIPTOR);
        Value forged = new Value.HandleValue(Guest.typeOf(fs.root), 999_999, false);
        assertThat(Fs.code(fs.call(forged, "read-directory"))).isEqualTo(BAD_DESCRIPTOR);
    }

    @Test
    void readOnlyDescriptorRefusesWrites() throws Exception {
        Files.writeString(sandbox.resolve("ro.txt"), "keep");
        Fs fs = new Fs(sandbox);
        Value ro = ok(fs.openAt(fs.root, false, "ro.txt", flags(), flags(Fs.READ)));
        assertThat(Fs.code(fs.call(ro, "write", bytes(new byte[] {'x'}), u64(0)))).isEqualTo(BAD_DESCRIPTOR);
        assertThat(Fs.code(fs.call(ro, "write-via-stream", u64(0)))).isEqualTo(BAD_DESCRIPTOR);
        assertThat(Files.readString(sandbox.resolve("ro.txt"))).isEqualTo("keep");
    }

    @Test
    void directoryWithoutMutateRightCannotBeChanged() {
        Fs fs = new Fs(sandbox);
        Value sub = ok(fs.openAt(fs.root, false, "sub", flags(), flags(Fs.READ)));
        assertThat(Fs.code(fs.openAt(sub, false, "new.txt", flags(Fs.CREATE), flags(Fs.WRITE)))).isEqualTo(NOT_PERMITTED);
        assertThat(Fs.code(fs.call(sub, "create-directory-at", str("d")))).isEqualTo(NOT_PERMITTED);
        assertThat(Files.exists(sandbox.resolve("sub/new.txt"))).isFalse();
    }

    @Test
    void directoryRenamedAndReplacedBySymlinkIsNoWayOut() throws Exception {
        Fs fs = new Fs(sandbox);
        Value sub = ok(fs.openAt(fs.root, false, "sub", flags(), flags(Fs.READ, Fs.MUTATE)));
        Files.move(sandbox.resolve("sub"), sandbox.resolve("sub2"));
        Files.createSymbolicLink(sandbox.resolve("sub"), base);
        Value r = fs.openAt(sub, false, "secret.txt", flags(), flags(Fs.READ));
        assertThat(((Value.ResultValue) r).ok()).isFalse();
    }
}
