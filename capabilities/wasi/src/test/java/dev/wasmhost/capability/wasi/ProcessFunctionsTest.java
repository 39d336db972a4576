package dev.wasmhost.capability.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessFunctionsTest {
    @Test
    void argsAndEnvironmentAreExactlyTheConfiguredOnes() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GREETING", "héllo");
        env.put("EMPTY", "");
        var result = Probe.run(WasiConfig.builder().env(env), null, InputStream.nullInputStream(), "args", "two words");
        var v = result.values();
        assertThat(v).containsEntry("args_sizes_get", "0").containsEntry("args_get", "0");
        assertThat(v).containsEntry("argc", "3");
        assertThat(v).containsEntry("argv_buf_size", String.valueOf("probe.wasm".length() + 1 + 5 + "two words".length() + 1));
        assertThat(result.lines("arg[")).containsExactly("0]=probe.wasm", "1]=args", "2]=two words");
        assertThat(v).containsEntry("envc", "2");
        // "GREETING=héllo\0EMPTY=\0": é is two bytes in UTF-8
        assertThat(v).containsEntry("env_buf_size", String.valueOf(15 + 1 + 7));
        assertThat(result.lines("env[")).containsExactly("0]=GREETING=héllo", "1]=EMPTY=");
    }

    @Test
    void hostEnvironmentDoesNotLeakWhenNoneIsConfigured() {
        var result = Probe.run(null, "args");
        assertThat(result.values()).containsEntry("envc", "0").containsEntry("env_buf_size", "0");
        assertThat(result.lines("env[")).isEmpty();
    }

    @Test
    void clocksAnswerRealtimeMonotonicAndCpuTimeAndRejectUnknownIds() {
        var v = Probe.run(null, "clock").values();
        assertThat(v).containsEntry("res_realtime", "0").containsEntry("res_realtime_positive", "1");
        assertThat(v).containsEntry("res_monotonic", "0").containsEntry("res_invalid", "28");
        assertThat(v).containsEntry("time_realtime", "0");
        long hostSeconds = System.currentTimeMillis() / 1000;
        assertThat(Long.parseLong(v.get("realtime_seconds"))).isBetween(hostSeconds - 600, hostSeconds + 600);
        assertThat(v).containsEntry("time_monotonic", "0").containsEntry("monotonic_non_decreasing", "1");
        assertThat(v).containsEntry("time_process_cputime", "0").containsEntry("time_thread_cputime", "0");
        assertThat(v).containsEntry("time_invalid", "28");
    }

    @Test
    void randomGetFillsBuffersWithFreshBytes() {
        var v = Probe.run(null, "random").values();
        assertThat(v).containsEntry("random_a", "0").containsEntry("random_b", "0").containsEntry("random_empty", "0");
        assertThat(v).containsEntry("random_differ", "1").containsEntry("random_mostly_nonzero", "1");
        assertThat(v).containsEntry("random_big", "0");
    }

    @Test
    void procExitThrowsWasiExitExceptionWithTheGuestsCode() {
        assertThat(Probe.run(null, "exit", "7").exitCode()).isEqualTo(7);
        assertThat(Probe.run(null, "exit", "0").exitCode()).isEqualTo(0);
    }

    @Test
    void procRaiseIsNosysSchedYieldSucceedsAndSocketCallsOnNonSocketsAnswerNotsock() {
        var v = Probe.run(null, "misc").values();
        assertThat(v).containsEntry("sched_yield", "0");
        assertThat(v).containsEntry("proc_raise", "52");
        assertThat(v).containsEntry("sock_accept_closed", "8"); // EBADF: not open
        // ENOTSOCK (57): open, but no descriptor is ever a socket
        assertThat(v).containsEntry("sock_recv", "57").containsEntry("sock_send", "57").containsEntry("sock_shutdown", "57");
    }

    @Test
    void pointersOutsideMemoryAnswerEfaultAndNonUtf8PathsAnswerEilseq() {
        var v = Probe.run(null, "misc").values();
        assertThat(v).containsEntry("write_iovec_out_of_memory", "21");
        assertThat(v).containsEntry("write_result_out_of_memory", "21");
        assertThat(v).containsEntry("random_out_of_memory", "21");
        assertThat(v).containsEntry("args_out_of_memory", "21");
        assertThat(v).containsEntry("path_not_utf8", "25");
    }

    @Test
    void everyPreview1FunctionIsServed() {
        try (WasiP1 wasi = WasiP1.create(WasiConfig.builder().build())) {
            List<String> names = java.util.Arrays.stream(wasi.hostFunctions()).map(f -> f.name()).toList();
            assertThat(names).allMatch(n -> !n.isEmpty()).doesNotHaveDuplicates();
            assertThat(names).containsExactlyInAnyOrder(
                    "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get",
                    "clock_time_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get",
                    "fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size",
                    "fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite",
                    "fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write",
                    "path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link",
                    "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
                    "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get",
                    "sock_accept", "sock_recv", "sock_send", "sock_shutdown");
            assertThat(wasi.hostFunctions()).allMatch(f -> f.module().equals("wasi_snapshot_preview1"));
        }
    }
}
