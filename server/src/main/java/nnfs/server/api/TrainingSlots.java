package nnfs.server.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Metrics;
import nnfs.server.http.RateLimiter;
import nnfs.server.pictures.Pictures;
import nnfs.text.Msg;

/**
 * The server's training work, the trainings it is asked for and the replays that verify a posted model, bounded
 * before it starts: a client has a share of work a minute (429 past it), at most one piece runs per slot (one per
 * core), a few more may wait for a slot a short while, and the rest are told to come back (503).
 */
public final class TrainingSlots {
    /** How long a request waits for a slot before it is told to come back. */
    static final int WAIT_SECONDS = 2;
    /** Work one client may start a minute, in multiply-adds: about four of the largest trainings or replays. */
    public static final double WORK_PER_MINUTE = 4 * TrainApi.TRAIN_BUDGET;

    private final Semaphore slots;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private final RateLimiter perClient;
    private final Metrics metrics;

    public TrainingSlots(int slots, RateLimiter perClient, Metrics metrics) {
        this.metrics = metrics;
        Semaphore free = new Semaphore(slots);
        this.slots = free;
        metrics.gauge("nnfs_training_slots_waiting", "requests waiting for a training slot", waiting::get);
        metrics.gauge("nnfs_training_slots_busy", "training slots in use (trainings and replays)", () -> slots - free.availablePermits());
        // a class saving at once (most replays take milliseconds) waits its turn; a thread waits at most WAIT_SECONDS
        this.maxWaiting = 16 * slots;
        this.perClient = perClient;
    }

    /**
     * Runs work of {@code cost} multiply-adds for {@code client} in a slot, or throws the 429 or 503 answer; {@code kind}
     * names it in the metrics ("training", "replay"), {@code what} in the answer.
     */
    <T> T run(String client, double cost, String kind, Msg what, Supplier<T> work) throws InterruptedException {
        long wait = perClient.acquire(client, cost, System.currentTimeMillis());
        if (wait > 0) {
            throw ApiProblem.of(429, Msg.TITLE_TOO_MANY, Msg.TRAINING_SHARE, what, wait).header("Retry-After", String.valueOf(wait));
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new Pictures.Busy(WAIT_SECONDS, Msg.BUSY_SLOTS_QUEUE, maxWaiting);
        }
        boolean got;
        try {
            got = slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            waiting.decrementAndGet();
        }
        if (!got) throw new Pictures.Busy(WAIT_SECONDS, Msg.BUSY_SLOTS);
        long t0 = System.nanoTime();
        boolean ok = false;
        try {
            T result = work.get();
            ok = true;
            return result;
        } finally {
            slots.release();
            metrics.work(kind, ok, System.nanoTime() - t0);
        }
    }

    /** Takes every slot, for a test that needs the server busy; the returned handle gives them back. */
    public AutoCloseable occupyAll() throws InterruptedException {
        int n = slots.availablePermits();
        slots.acquire(n);
        return () -> slots.release(n);
    }

    /** Requests waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }
}
