package org.simfleet.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimStateTest {

    @Test
    void publishedTableIsTheTableTheCodeFollows() {
        assertThat(SimState.TRANSITIONS_MARKDOWN).isEqualTo(SimState.markdownTable());
    }

    @Test
    void lifecycleDocumentShowsThePublishedTable() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "sim-lifecycle.md"));

        assertThat(doc).contains(SimState.TRANSITIONS_MARKDOWN);
    }

    @Test
    void patchDescriptionShowsThePublishedTable() {
        assertThat(SimController.PATCH_DESCRIPTION).contains(SimState.TRANSITIONS_MARKDOWN);
    }

    @Test
    void onlyTestAndActivePassTraffic() {
        assertThat(Arrays.stream(SimState.values()).filter(SimState::passesTraffic))
                .containsExactly(SimState.TEST, SimState.ACTIVE);
    }

    @Test
    void noStateChangeReachesRegistered() {
        assertThat(Arrays.stream(SimState.values()).filter(s -> s.canChangeTo(SimState.REGISTERED)))
                .isEmpty();
        assertThat(SimState.INVENTORY.next()).contains(SimState.REGISTERED);
    }

    @Test
    void terminatedIsFinal() {
        assertThat(SimState.TERMINATED.next()).isEmpty();
    }
}
