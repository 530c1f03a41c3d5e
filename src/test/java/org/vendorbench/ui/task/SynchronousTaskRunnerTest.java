package org.vendorbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynchronousTaskRunnerTest {
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner();
    private final List<String> events = new ArrayList<>();

    @Test
    void deliversResultAfterFinishedAndShowsProgressWhileRunning() {
        runner.submit(BackgroundJob.of("Counting", ctx -> {
            events.add("running=" + runner.status().isRunning() + " message=" + runner.status().getMessage());
            ctx.updateProgress(1, 4);
            events.add("progress=" + runner.status().progressProperty().get());
            ctx.updateMessage("Almost there");
            events.add("message=" + runner.status().getMessage());
            return 42;
        }).onFinished(() -> events.add("finished"))
                .onSuccess(r -> events.add("success " + r + " running=" + runner.status().isRunning()))
                .onFailure(e -> events.add("failure")));

        assertThat(events).containsExactly("running=true message=Counting…", "progress=0.25",
                "message=Almost there", "finished", "success 42 running=false");
        assertThat(runner.status().getMessage()).isEmpty();
    }

    @Test
    void reportsFailureWithTheJobsException() {
        runner.submit(BackgroundJob.<String>of("Reading", ctx -> {
            throw new IOException("disk gone");
        }).onSuccess(r -> events.add("success")).onFailure(e -> events.add("failure " + e.getMessage()))
                .onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("failure disk gone");
        assertThat(runner.status().isRunning()).isFalse();
    }

    @Test
    void cancelFromTheStatusStopsAJobThatPollsForIt() {
        runner.submit(BackgroundJob.of("Looping", ctx -> {
            for (int i = 0; i < 10; i++) {
                if (i == 3) {
                    runner.status().cancel(); // what the status bar's Cancel button does
                }
                ctx.throwIfCancelled();
                events.add("step " + i);
            }
            return "done";
        }).onSuccess(r -> events.add("success")).onFailure(e -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("step 0", "step 1", "step 2", "cancelled");
    }

    @Test
    void aJobPastItsPointOfNoReturnReportsItsResultDespiteCancel() {
        runner.submit(BackgroundJob.of("Creating", ctx -> {
            runner.status().cancel();
            return "created"; // e.g. a file already written: dropping the result would leak it
        }).onSuccess(r -> events.add("success " + r)).onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("success created");
    }

    @Test
    void nestedJobsShowTheInnerOneThenTheOuterAgain() {
        runner.submit(BackgroundJob.of("Outer", outer -> {
            runner.submit(BackgroundJob.of("Inner", inner -> {
                events.add(runner.status().getMessage());
                return 1;
            }));
            events.add(runner.status().getMessage());
            return 2;
        }));
        assertThat(events).containsExactly("Inner…", "Outer…");
    }
}
