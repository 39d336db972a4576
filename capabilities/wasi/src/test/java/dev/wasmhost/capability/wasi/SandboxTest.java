package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way out of a preopen the probe tries: {@code ..}, absolute paths, symlinks made by the
 * host (absolute, relative, chains, loops) and by the guest. Each must answer EPERM, as wasmtime
 * does, and leave the directory next to the sandbox untouched.
 */
class SandboxTest {
    /** EPERM: what wasmtime (cap-std) answers for every way out of a directory. */
    private static final String NOT_PERMITTED = "63";

    @TempDir
    Path root;
    Path sandbox;
    Path outside;
    FileTime secretTime;
    FileTime victimTime;
    Map<String, String> v;

    @BeforeEach
    void escapeAttempts() throws IOException {
        sandbox = Files.createDirectory(root.resolve("sandbox"));
        outside = Files.createDirectory(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createDirectory(outside.resolve("sub"));
        Files.createSymbolicLink(outside.resolve("link"), Path.of("secret.txt"));
        Files.writeString(outside.resolve("victim.txt"), "outside victim");
        secretTime = Files.getLastModifiedTime(outside.resolve("secret.txt"));
        victimTime = Files.getLastModifiedTime(outside.resolve("victim.txt"));
        Files.createDirectory(sandbox.resolve("movable"));
        Files.createDirectory(sandbox.resolve("inner"));
        Files.writeString(sandbox.resolve("inner/file.txt"), "inside");
        Files.writeString(sandbox.resolve("inner/victim.txt"), "inside victim");
        Files.createSymbolicLink(sandbox.resolve("abs_link"), outside);
        Files.createSymbolicLink(sandbox.resolve("rel_link"), Path.of("../outside"));
        Files.createSymbolicLink(sandbox.resolve("chain1"), Path.of("chain2"));
        Files.createSymbolicLink(sandbox.resolve("chain2"), Path.of("inner/../../outside"));
        Files.createSymbolicLink(sandbox.resolve("file_link"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(sandbox.resolve("self_loop"), Path.of("self_loop"));
        Files.createSymbolicLink(sandbox.resolve("inner_link"), Path.of("inner"));
        v = Probe.run(sandbox, "escape").values();
    }

    @Test
    void pathOpenThroughDotDotOutsidePreopenIsNotPermitted() {
        assertThat(v).containsEntry("open_dotdot", NOT_PERMITTED).containsEntry("open_inner_dotdot", NOT_PERMITTED);
        assertThat(v).containsEntry("stat_dotdot", NOT_PERMITTED);
    }

    @Test
    void pathOpenOfAnAbsolutePathIsNotPermitted() {
        assertThat(v).containsEntry("open_absolute", NOT_PERMITTED);
    }

    @Test
    void hostSymlinksPointingOutsideAreNotFollowed() {
        assertThat(v).containsEntry("open_host_symlink_absolute", NOT_PERMITTED);
        assertThat(v).containsEntry("open_host_symlink_relative", NOT_PERMITTED);
        assertThat(v).containsEntry("open_host_symlink_chain", NOT_PERMITTED);
        assertThat(v).containsEntry("open_final_symlink_follow", NOT_PERMITTED);
    }

    @Test
    void guestCreatedSymlinkCannotBeUsedToLeave() {
        assertThat(v).containsEntry("guest_symlink_create", "0");
        assertThat(v).containsEntry("open_guest_symlink", NOT_PERMITTED);
        assertThat(v).containsEntry("open_guest_symlink_creat", NOT_PERMITTED);
        assertThat(v).containsEntry("stat_guest_symlink_follow", NOT_PERMITTED);
        assertThat(outside.resolve("new.txt")).doesNotExist();
    }

    @Test
    void readlinkUnlinkRenameSymlinkMkdirRmdirLinkAndSetTimesOutsideAreNotPermitted() throws IOException {
        for (String key : new String[] {"readlink_dotdot", "readlink_through_link", "unlink_dotdot",
                "unlink_through_link", "rename_out", "rename_in", "rename_through_link", "symlink_at_dotdot",
                "mkdir_dotdot", "mkdir_through_link", "rmdir_dotdot", "link_out", "link_in", "set_times_out"}) {
            assertThat(v).as(key).containsEntry(key, NOT_PERMITTED);
        }
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
        assertThat(Files.getLastModifiedTime(outside.resolve("secret.txt"))).isEqualTo(secretTime);
        assertThat(outside.resolve("sub")).isDirectory();
        for (String absent : new String[] {"stolen.txt", "made", "hard.txt"}) {
            assertThat(outside.resolve(absent)).doesNotExist();
        }
        assertThat(Files.exists(outside.resolve("planted"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.readString(sandbox.resolve("inner2/file.txt"))).isEqualTo("inside"); // moved by the swap test
    }

    @Test
    void openDescriptorsDoNotFollowASymlinkPutInPlaceOfTheirRenamedDirectory() throws IOException {
        assertThat(v).containsEntry("swap_open", "0").containsEntry("swap_open_victim", "0");
        assertThat(v).containsEntry("swap_rename", "0").containsEntry("swap_symlink", "0");
        assertThat(v).containsEntry("swap_open_through", "44").containsEntry("swap_readdir", "44");
        assertThat(v).containsEntry("swap_rename_inner", "0").containsEntry("swap_symlink_inner", "0");
        assertThat(v).containsEntry("swap_set_times", "44");
        assertThat(Files.getLastModifiedTime(outside.resolve("victim.txt"))).isEqualTo(victimTime);
    }

    @Test
    void symlinkLoopAnswersEloop() {
        assertThat(v).containsEntry("self_loop", "32");
    }

    @Test
    void pathsThatStayInsideStillResolve() {
        assertThat(v).containsEntry("inside_roundtrip", "0").containsEntry("inside_symlink", "0");
    }
}
