package org.vendorbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading ahead: results in the files' order, a bounded window, reads started early, failures passed on. */
class ReadAheadTest {
    private static final List<Path> FILES = IntStream.range(0, 20).mapToObj(i -> Path.of("f" + i + ".xlsx")).toList();

    @Test
    void resultsComeInTheFilesOrderWhateverOrderTheReadsFinishIn() {
        try (ReadAhead<String> reads = new ReadAhead<>(FILES, 4, f -> {
            int i = index(f);
            sleep((20 - i) % 5); // later files often finish first
            return "read " + f;
        })) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < FILES.size(); i++) got.add(reads.get(i));
            assertThat(got).isEqualTo(FILES.stream().map(f -> "read " + f).toList());
        }
    }

    @Test
    void noMoreThanTheWindowIsReadAheadOfTheFileTaken() throws Exception {
        Set<Integer> started = ConcurrentHashMap.newKeySet();
        try (ReadAhead<Integer> reads = new ReadAhead<>(FILES, 2, f -> {
            started.add(index(f));
            return index(f);
        })) {
            assertThat(reads.get(0)).isZero();
            Thread.sleep(100);
            // window 2 per thread: files 0..4 may be submitted when file 0 is taken, never more
            assertThat(started).allMatch(i -> i <= 4);
            assertThat(reads.get(1)).isEqualTo(1);
            Thread.sleep(100);
            assertThat(started).allMatch(i -> i <= 5);
        }
    }

    @Test
    void startReadsTheFirstFilesBeforeAnyIsTaken() throws Exception {
        CountDownLatch firstRead = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(FILES, 2, f -> {
            reads.incrementAndGet();
            firstRead.countDown();
            return index(f);
        })) {
            ahead.start();
            assertThat(firstRead.await(5, TimeUnit.SECONDS)).as("a read ran before get").isTrue();
            Thread.sleep(100);
            assertThat(reads.get()).as("start submits one window").isLessThanOrEqualTo(4);
            for (int i = 0; i < FILES.size(); i++) assertThat(ahead.get(i)).isEqualTo(i);
            assertThat(reads.get()).isEqualTo(FILES.size());
        }
    }

    @Test
    void oneThreadReadsEachFileWhenItIsTakenAndStartDoesNothing() {
        List<Integer> order = new ArrayList<>();
        try (ReadAhead<Integer> reads = new ReadAhead<>(FILES, 1, f -> {
            order.add(index(f));
            return index(f);
        })) {
            reads.start();
            assertThat(order).isEmpty();
            assertThat(reads.get(0)).isZero();
            assertThat(reads.get(1)).isEqualTo(1);
            assertThat(order).containsExactly(0, 1);
        }
    }

    @Test
    void aReadsExceptionIsThrownByGetForThatFile() {
        try (ReadAhead<Integer> reads = new ReadAhead<>(FILES, 3, f -> {
            if (index(f) == 2) throw new IllegalArgumentException("bad file " + f);
            return index(f);
        })) {
            assertThat(reads.get(0)).isZero();
            assertThat(reads.get(1)).isEqualTo(1);
            assertThatThrownBy(() -> reads.get(2)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad file f2.xlsx");
        }
    }

    private static int index(Path f) {
        String n = f.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf('.')));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
