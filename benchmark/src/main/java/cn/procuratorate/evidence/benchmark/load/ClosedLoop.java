package cn.procuratorate.evidence.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of operations run by a fixed number of client threads, each starting its next
 * operation as soon as the previous one returned (closed loop: the offered load is the
 * concurrency). Records every operation's latency; a failed operation is counted and its first
 * error kept, and the run goes on.
 */
public final class ClosedLoop {

    /** One operation; {@code index} runs from 0 to total − 1, each exactly once. */
    @FunctionalInterface
    public interface Operation {
        void run(int index) throws Exception;
    }

    private ClosedLoop() {}

    public static LoadRun run(String label, int total, int concurrency, Operation operation) {
        if (total < 1 || concurrency < 1) {
            throw new IllegalArgumentException("need at least one operation and one thread");
        }
        int threads = Math.min(total, concurrency);
        long[] latencies = new long[total];
        boolean[] succeeded = new boolean[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch startGate = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                awaitQuietly(startGate);
                int index;
                while ((index = next.getAndIncrement()) < total) {
                    long start = System.nanoTime();
                    try {
                        operation.run(index);
                        latencies[index] = System.nanoTime() - start;
                        succeeded[index] = true;
                    } catch (Throwable e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                }
            }, label + "-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        startGate.countDown();
        for (Thread worker : workers) {
            joinQuietly(worker);
        }
        long wall = System.nanoTime() - start;
        int successes = 0;
        for (boolean ok : succeeded) {
            successes += ok ? 1 : 0;
        }
        long[] successful = new long[successes];
        for (int i = 0, j = 0; i < total; i++) {
            if (succeeded[i]) {
                successful[j++] = latencies[i];
            }
        }
        return new LoadRun(total, threads, wall, successful, failures.get(), firstFailure.get());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
