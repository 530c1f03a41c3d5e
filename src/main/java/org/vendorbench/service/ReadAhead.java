package org.vendorbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads files on background threads ahead of a consumer that takes the results one at a time, in
 * the files' order ({@link #get} with ascending indices). At most a small window of files is read
 * ahead of the one taken, so the heap holds a bounded number of results. With one thread nothing
 * runs in the background: {@link #get} reads the file itself. Closing stops the reads not yet
 * taken (their results are dropped).
 *
 * @param <T> what one read gives; a read reports a refused file in its result, an exception it
 *            throws is rethrown by {@link #get}
 */
final class ReadAhead<T> implements AutoCloseable {
    private final List<Path> files;
    private final Function<Path, T> read;
    private final ExecutorService pool;
    private final int window;
    private final List<Future<T>> pending = new ArrayList<>();

    ReadAhead(List<Path> files, int threads, Function<Path, T> read) {
        this.files = List.copyOf(files);
        this.read = read;
        this.window = 2 * threads;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vendorbench-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Starts reading the first window of files in the background (no-op with one thread), so the
     * caller can prepare other things (what the reads need later) while they run.
     */
    void start() {
        if (pool != null) submitUpTo(window - 1);
    }

    private void submitUpTo(int last) {
        while (pending.size() < files.size() && pending.size() <= last) {
            Path file = files.get(pending.size());
            pending.add(pool.submit(() -> read.apply(file)));
        }
    }

    /** The result of file {@code i}, waiting for its read; call with ascending {@code i}. */
    T get(int i) {
        if (pool == null) return read.apply(files.get(i));
        submitUpTo(i + window);
        try {
            return pending.get(i).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + files.get(i).getFileName(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pending.set(i, null); // taken: the consumer holds it now
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
