package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIoTest {
    @TempDir
    Path sandbox;

    @Test
    void readWriteSeekTellPreadPwriteSyncAdviseAllocateBehaveLikePosix() throws IOException {
        Map<String, String> v = Probe.run(sandbox, "fileio").values();
        assertThat(v).containsEntry("open", "0").containsEntry("write", "0").containsEntry("written", "11");
        assertThat(v).containsEntry("tell", "0").containsEntry("tell_pos", "11");
        assertThat(v).containsEntry("seek_set", "0").containsEntry("seek_set_pos", "6");
        assertThat(v).containsEntry("read", "0").containsEntry("read_data", "world");
        assertThat(v).containsEntry("seek_cur", "0").containsEntry("seek_cur_pos", "8");
        assertThat(v).containsEntry("seek_end", "0").containsEntry("seek_end_pos", "9");
        assertThat(v).containsEntry("seek_negative", "28").containsEntry("seek_bad_whence", "28");
        assertThat(v).containsEntry("pread", "0").containsEntry("pread_data", "hello");
        assertThat(v).containsEntry("pwrite", "0").containsEntry("tell_after_pwrite", "9");
        assertThat(v).containsEntry("read_all", "0").containsEntry("content", "HELLO world");
        assertThat(v).containsEntry("read_at_eof", "0").containsEntry("read_at_eof_n", "0");
        assertThat(v).containsEntry("sync", "0").containsEntry("datasync", "0");
        assertThat(v).containsEntry("advise", "0").containsEntry("advise_bad", "28");
        assertThat(v).containsEntry("allocate", "0").containsEntry("size_after_allocate", "100");
        assertThat(v).containsEntry("close", "0").containsEntry("close_again", "8").containsEntry("read_closed", "8");
        assertThat(Files.size(sandbox.resolve("io.txt"))).isEqualTo(100);
        assertThat(Files.readString(sandbox.resolve("io.txt"))).startsWith("HELLO world");
    }

    @Test
    void streamsAndDirectoriesRefuseFileOperationsWithErrnoInsteadOfTrapping() {
        Map<String, String> v = Probe.run(sandbox, "fileio").values();
        assertThat(v).containsEntry("seek_stdout", "70"); // ESPIPE
        assertThat(v).containsEntry("tell_dir", "8"); // EBADF
        // directories answer EBADF to every data operation, as in wasmtime
        for (String op : new String[] {"read_dir", "pread_dir", "write_dir", "sync_dir", "datasync_dir", "advise_dir",
                "allocate_dir", "set_flags_dir", "set_size_dir"}) {
            assertThat(v).as(op).containsEntry(op, "8");
        }
        assertThat(v).containsEntry("write_stdin", "8");
        assertThat(v).containsEntry("pwrite_stdout", "70");
        assertThat(v).containsEntry("pread_stdin", "70");
    }

    @Test
    void accessModeFollowsTheRequestedRights() {
        Map<String, String> v = Probe.run(sandbox, "fileio").values();
        assertThat(v).containsEntry("write_readonly", "8").containsEntry("read_writeonly", "8");
    }

    @Test
    void appendModeWritesAndPwritesAtTheEndAndCanBeToggledWithFdstatSetFlags() throws IOException {
        Map<String, String> v = Probe.run(sandbox, "append").values();
        assertThat(v).containsEntry("open_append", "0").containsEntry("fdstat_append_flag", "1");
        assertThat(v).containsEntry("append_write", "0").containsEntry("append_pwrite", "0");
        assertThat(v).containsEntry("set_flags_clear", "0").containsEntry("set_flags_append", "0");
        assertThat(v).containsEntry("set_flags_invalid", "28");
        // "0123456789", then "ab" appended; pwrite "XY" at offset 2 is appended too (Linux and
        // wasmtime ignore the offset in append mode); "Z" at 0 once append is off; "!" appended
        // again after it is back on
        assertThat(v).containsEntry("content", "Z123456789abXY!");
        assertThat(Files.readString(sandbox.resolve("log.txt"))).isEqualTo("Z123456789abXY!");
    }

    @Test
    void fdstatReportsTypesRightsAndFlagsAndSetRightsOnlyNarrows() {
        Map<String, String> v = Probe.run(sandbox, "fdstat").values();
        assertThat(v).containsEntry("fdstat_0", "0").containsEntry("fdstat_1", "0").containsEntry("fdstat_2", "0");
        assertThat(v).containsEntry("fdstat_3", "0").containsEntry("filetype_3", "3");
        assertThat(v).containsEntry("stdin_can_read", "1").containsEntry("stdout_can_write", "1");
        assertThat(v).containsEntry("fdstat_closed", "8");
        assertThat(v).containsEntry("file_type", "4").containsEntry("file_can_read", "1").containsEntry("file_can_write", "1");
        assertThat(v).containsEntry("set_rights_narrow", "0").containsEntry("rights_after_narrow", "2");
        assertThat(v).containsEntry("write_after_narrow", "8");
        assertThat(v).containsEntry("set_rights_widen", "76");
        assertThat(v).containsEntry("set_flags_nonblock", "0").containsEntry("flags_after_set", "4");
        assertThat(v).containsEntry("preopen_has_directory_rights", "1").containsEntry("preopen_inherits_file_rights", "1");
        assertThat(v).containsEntry("open_sync", "0").containsEntry("write_sync", "0").containsEntry("sync_flag", "1");
    }

    @Test
    void filestatGetSetSizeAndSetTimesOnFdsAndPaths() {
        Map<String, String> v = Probe.run(sandbox, "filestat").values();
        assertThat(v).containsEntry("fd_filestat_get", "0").containsEntry("size", "5").containsEntry("type", "4");
        assertThat(v).containsEntry("nlink", "1");
        assertThat(v).containsEntry("set_size_grow", "0").containsEntry("size_grown", "20");
        assertThat(v).containsEntry("set_size_shrink", "0").containsEntry("size_shrunk", "3");
        assertThat(v).containsEntry("set_times", "0");
        assertThat(v).containsEntry("atim_seconds", "1000000").containsEntry("mtim_seconds", "2000000");
        assertThat(v).containsEntry("set_times_conflict", "28");
        assertThat(v).containsEntry("set_size_readonly", "28");
        assertThat(v).containsEntry("set_times_now", "0").containsEntry("now_mtim_recent", "1");
        assertThat(v).containsEntry("path_set_times", "0").containsEntry("path_filestat_get", "0");
        assertThat(v).containsEntry("path_mtim_seconds", "3000000").containsEntry("path_size", "3");
        assertThat(v).containsEntry("path_filestat_missing", "44");
        assertThat(v).containsEntry("path_filestat_dir", "0").containsEntry("dir_type", "3");
        assertThat(v).containsEntry("fd_filestat_dir", "0").containsEntry("fd_filestat_stdout", "0");
    }

    @Test
    void prestatNamesThePreopenAndRejectsOtherDescriptors() {
        Map<String, String> v = Probe.run(sandbox, "prestat").values();
        assertThat(v).containsEntry("prestat", "0").containsEntry("prestat_tag", "0").containsEntry("prestat_len", "8");
        assertThat(v).containsEntry("dir_name", "0").containsEntry("name", "/sandbox");
        assertThat(v).containsEntry("dir_name_short", "37"); // ENAMETOOLONG
        assertThat(v).containsEntry("prestat_stdout", "8").containsEntry("prestat_next", "8");
    }

    @Test
    void renumberMovesADescriptorAndClosesTheOneItReplaces() throws IOException {
        var result = Probe.run(sandbox, "renumber");
        Map<String, String> v = result.values();
        assertThat(v).containsEntry("renumber", "0").containsEntry("read_through_target", "AAA");
        assertThat(v).containsEntry("source_closed", "8");
        assertThat(v).containsEntry("renumber_to_closed", "8").containsEntry("renumber_from_closed", "8");
        assertThat(v).containsEntry("renumber_same", "0");
        assertThat(result.stderr()).contains("renumber_onto_stdout=0", "write_through_stdout=0");
        assertThat(Files.readString(sandbox.resolve("a.txt"))).isEqualTo("AAA-moved");
        assertThat(result.stderr()).contains("a.txt=AAA-moved");
    }
}
