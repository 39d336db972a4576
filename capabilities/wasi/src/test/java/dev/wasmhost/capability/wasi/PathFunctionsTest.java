package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathFunctionsTest {
    @TempDir
    Path sandbox;

    @Test
    void pathOpenHonoursEveryOflag() throws IOException {
        Map<String, String> v = Probe.run(sandbox, "open").values();
        assertThat(v).containsEntry("creat_new", "0").containsEntry("creat_existing", "0");
        assertThat(v).containsEntry("creat_excl_existing", "20").containsEntry("creat_excl_new", "0");
        assertThat(v).containsEntry("creat_readonly", "0");
        assertThat(v).containsEntry("trunc_readonly", "63");
        assertThat(Files.exists(sandbox.resolve("o3.txt"))).isTrue();
        assertThat(v).containsEntry("missing", "44");
        assertThat(v).containsEntry("before_trunc", "data").containsEntry("trunc", "0").containsEntry("after_trunc_len", "0");
        assertThat(v).containsEntry("directory_on_file", "54").containsEntry("directory_on_dir", "0");
        assertThat(v).containsEntry("opened_dir_type", "3").containsEntry("open_in_opened_dir", "0");
        assertThat(Files.exists(sandbox.resolve("sub/inner.txt"))).isTrue();
        assertThat(v).containsEntry("creat_directory_flag", "28");
        assertThat(v).containsEntry("dir_for_write", "31");
        assertThat(v).containsEntry("trailing_slash_file", "54").containsEntry("file_as_parent", "54");
        assertThat(v).containsEntry("empty_path", "44");
        assertThat(v).containsEntry("open_dot", "0");
        assertThat(v).containsEntry("open_not_a_dir_fd", "54").containsEntry("open_closed_fd", "8");
    }

    @Test
    void pathOpenWithoutSymlinkFollowRefusesAFinalSymlink() {
        Map<String, String> v = Probe.run(sandbox, "open").values();
        assertThat(v).containsEntry("symlink", "0");
        assertThat(v).containsEntry("nofollow_symlink", "32"); // ELOOP, as O_NOFOLLOW
        assertThat(v).containsEntry("follow_symlink", "0");
        assertThat(v).containsEntry("nofollow_symlink_directory", "54");
    }

    @Test
    void directoryDescriptorFromPathOpenIsItselfASandbox() {
        assertThat(Probe.run(sandbox, "open").values()).containsEntry("dotdot_from_opened_dir", "63");
    }

    @Test
    void createRemoveUnlinkAndRenameAnswerPosixErrnos() {
        Map<String, String> v = Probe.run(sandbox, "dirs").values();
        assertThat(v).containsEntry("mkdir", "0").containsEntry("mkdir_again", "20").containsEntry("mkdir_missing_parent", "44");
        assertThat(v).containsEntry("rmdir_not_empty", "55").containsEntry("rmdir_file", "54");
        assertThat(v).containsEntry("unlink_dir", "31");
        assertThat(v).containsEntry("rename_file", "0").containsEntry("renamed_old_gone", "44");
        assertThat(v).containsEntry("rename_over_file", "0").containsEntry("rename_missing", "44");
        assertThat(v).containsEntry("rename_dir_over_file", "54").containsEntry("rename_file_over_dir", "31");
        assertThat(v).containsEntry("rename_dir", "0").containsEntry("rmdir", "0").containsEntry("rmdir_gone", "44");
        assertThat(v).containsEntry("unlink", "0").containsEntry("unlink_gone", "44");
        assertThat(v).containsEntry("rmdir_preopen_itself", "10");
        assertThat(sandbox).isDirectory();
    }

    @Test
    void symlinkReadlinkAndLinkWorkInsideTheSandbox() throws IOException {
        Map<String, String> v = Probe.run(sandbox, "links").values();
        assertThat(v).containsEntry("symlink", "0").containsEntry("symlink_exists", "20");
        assertThat(v).containsEntry("readlink", "0").containsEntry("readlink_value", "target.txt");
        assertThat(v).containsEntry("readlink_short", "0").containsEntry("readlink_short_len", "3");
        assertThat(v).containsEntry("readlink_file", "28").containsEntry("readlink_missing", "44");
        assertThat(v).containsEntry("stat_nofollow", "0").containsEntry("stat_nofollow_type", "7");
        assertThat(v).containsEntry("stat_follow", "0").containsEntry("stat_follow_type", "4").containsEntry("stat_follow_size", "6");
        assertThat(v).containsEntry("link", "0").containsEntry("hard_nlink", "2").containsEntry("link_exists", "20");
        assertThat(v).containsEntry("link_dir", "63").containsEntry("link_follow", "28");
        assertThat(v).containsEntry("link_trailing_slash", "44");
        assertThat(v).containsEntry("symlink_slash_on_file", "54").containsEntry("symlink_slash_new", "44");
        assertThat(v).containsEntry("dangling", "0").containsEntry("open_dangling", "44");
        assertThat(v).containsEntry("unlink_symlink", "0").containsEntry("target_survives", "0");
        assertThat(v).containsEntry("symlink_loop_a", "0").containsEntry("symlink_loop_b", "0").containsEntry("open_loop", "32");
        assertThat(Files.readString(sandbox.resolve("hard.txt"))).isEqualTo("target");
        assertThat(Files.isSymbolicLink(sandbox.resolve("lnk"))).isFalse();
    }

    @Test
    void symlinkWithAnAbsoluteTargetIsRefused() {
        assertThat(Probe.run(sandbox, "links").values()).containsEntry("symlink_absolute", "63");
        assertThat(Files.exists(sandbox.resolve("abs"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void readdirResumesFromCookiesAndSurvivesRemovalDuringTheWalk() {
        var result = Probe.run(sandbox, "readdir");
        assertThat(result.lines("entry=")).containsExactly(
                ". type=3", ".. type=3", "alpha type=4", "bravo type=4", "charlie type=4", "delta type=4",
                "echo-with-a-longer-name type=4", "zulu type=3");
        Map<String, String> v = result.values();
        assertThat(v).containsEntry("readdir_calls_more_than_one", "1");
        assertThat(v).containsEntry("readdir_past_end", "0").containsEntry("readdir_past_end_used", "0");
        assertThat(v).containsEntry("readdir_file", "54").containsEntry("readdir_closed", "8");
    }
}
