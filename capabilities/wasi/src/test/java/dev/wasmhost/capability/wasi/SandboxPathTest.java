package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPathTest {
    @TempDir
    Path tmp;
    Path root;
    Location preopen;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/f.txt"), "f");
        Files.createDirectories(tmp.resolve("outside"));
        preopen = Location.of(root);
    }

    @Test
    void dotDotThatStaysInsideResolvesToTheSameFile() {
        var r = SandboxPath.resolve(preopen, "a/./b/../b/f.txt", false);
        assertThat(r.errno()).isEqualTo(Errno.SUCCESS);
        assertThat(r.host()).isEqualTo(root.resolve("a/b/f.txt"));
        assertThat(r.location().parts()).containsExactly("a", "b", "f.txt");
    }

    @Test
    void dotDotAboveTheDirectoryIsRefusedEvenWhenItComesBackIn() {
        assertThat(SandboxPath.resolve(preopen, "../root/a", false).errno()).isEqualTo(Errno.PERM);
        var sub = SandboxPath.resolve(preopen, "a", false).location();
        assertThat(SandboxPath.resolve(sub, "../a/b", false).errno()).isEqualTo(Errno.PERM);
    }

    @Test
    void symlinkChainsInsideAreExpandedAndTheWalkContinuesFromTheTarget() throws IOException {
        Files.createSymbolicLink(root.resolve("l1"), Path.of("l2"));
        Files.createSymbolicLink(root.resolve("l2"), Path.of("a/b"));
        var r = SandboxPath.resolve(preopen, "l1/f.txt", false);
        assertThat(r.errno()).isEqualTo(Errno.SUCCESS);
        assertThat(r.host()).isEqualTo(root.resolve("a/b/f.txt"));
    }

    @Test
    void aFinalSymlinkIsLeftAloneUnlessFollowIsAsked() throws IOException {
        Files.createSymbolicLink(root.resolve("out"), tmp.resolve("outside"));
        assertThat(SandboxPath.resolve(preopen, "out", false).host()).isEqualTo(root.resolve("out"));
        assertThat(SandboxPath.resolve(preopen, "out", true).errno()).isEqualTo(Errno.PERM);
    }

    @Test
    void fortySymlinksAreFollowedButTheFortyFirstIsALoop() throws IOException {
        for (int i = 0; i < 41; i++) {
            Files.createSymbolicLink(root.resolve("s" + i), Path.of(i == 40 ? "a" : "s" + (i + 1)));
        }
        assertThat(SandboxPath.resolve(preopen, "s1/b", false).errno()).isEqualTo(Errno.SUCCESS);
        assertThat(SandboxPath.resolve(preopen, "s0/b", false).errno()).isEqualTo(Errno.LOOP);
    }

    @Test
    void emptyAbsoluteAndNulPathsAreRejected() {
        assertThat(SandboxPath.resolve(preopen, "", false).errno()).isEqualTo(Errno.NOENT);
        assertThat(SandboxPath.resolve(preopen, "/a", false).errno()).isEqualTo(Errno.PERM);
        assertThat(SandboxPath.resolve(preopen, "a\0b", false).errno()).isEqualTo(Errno.INVAL);
    }

    @Test
    void aFileUsedAsADirectoryIsNotdirAndAMissingParentIsNoent() {
        assertThat(SandboxPath.resolve(preopen, "a/b/f.txt/x", false).errno()).isEqualTo(Errno.NOTDIR);
        assertThat(SandboxPath.resolve(preopen, "nope/x", false).errno()).isEqualTo(Errno.NOENT);
    }

    @Test
    void aDirectoryReplacedByASymlinkIsNoLongerUsable() throws IOException {
        var sub = SandboxPath.resolve(preopen, "a", false).location();
        Files.move(root.resolve("a"), root.resolve("moved"));
        Files.createSymbolicLink(root.resolve("a"), tmp.resolve("outside"));
        assertThat(SandboxPath.resolve(sub, "anything", false).errno()).isEqualTo(Errno.NOENT);
        assertThat(sub.current(true)).isNull();
    }
}
