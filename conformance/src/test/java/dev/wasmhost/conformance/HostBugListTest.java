package dev.wasmhost.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostBugListTest {

    @TempDir Path dir;

    @Test
    void onlyEntriesOfTheExclusionSectionExcludeAndEngineSuffixLimitsTheEngine() throws IOException {
        Path md = dir.resolve("HOST-BUGS.md");
        Files.writeString(md, """
                # bugs
                ## Open bugs
                - `fs_stat`: described here but not excluded
                ## Excluded from the suite
                - `poll_clock`: wakes too early
                - `trap_oob` [interpreter]: wrong status
                """);
        HostBugList bugs = HostBugList.read(md);

        assertThat(bugs.exclusion("poll_clock", "compiler")).isEqualTo("wakes too early");
        assertThat(bugs.exclusion("poll_clock", "interpreter")).isEqualTo("wakes too early");
        assertThat(bugs.exclusion("trap_oob", "interpreter")).isEqualTo("wrong status");
        assertThat(bugs.exclusion("trap_oob", "compiler")).isNull();
        assertThat(bugs.exclusion("fs_stat", "compiler")).isNull();
    }

    @Test
    void anExclusionWithoutAReasonIsRejected() throws IOException {
        Path md = dir.resolve("HOST-BUGS.md");
        Files.writeString(md, "## Excluded from the suite\n- `poll_clock`\n");

        assertThatThrownBy(() -> HostBugList.read(md))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a name or reason");
    }

    @Test
    void aMissingFileExcludesNothing() {
        assertThat(HostBugList.read(dir.resolve("absent.md")).exclusion("args_basic", "compiler")).isNull();
    }
}
