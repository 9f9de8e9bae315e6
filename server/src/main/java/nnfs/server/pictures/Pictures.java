package nnfs.server.pictures;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.LossCurve;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Metrics;
import nnfs.server.http.Shutdown;
import nnfs.server.pages.Describe;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Renders model and data-set pictures at most once each: stored models never change, so a picture is cached by
 * (model, kind, size), in a cache bounded by bytes. Every cost is bounded: at most {@code maxConcurrent}
 * renders run at once; the requests that render or wait for a render hold one of a few seats each (a request
 * finding none is answered 503 at once, so that one popular uncached picture cannot take every server thread);
 * a wait ends after {@link #WAIT_SECONDS}; a render that failed is remembered briefly instead of retried by every
 * request. The article's figures are kept apart ({@link FigureStore}): cheap pictures never evict them.
 */
public final class Pictures {
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 2000;
    static final long CACHE_BYTES = 64L * 1024 * 1024;
    public static final int WAIT_SECONDS = 10;
    static final long FAILURE_MEMORY_MS = 10_000;
    /** Requests that may render or wait for a render, per render turn. */
    static final int SEATS_PER_TURN = 4;

    private final Semaphore turns;
    private final Semaphore seats;
    private final Shutdown shutdown;
    private final Metrics metrics;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;
    private final ConcurrentHashMap<String, FutureTask<byte[]>> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failure> failures = new ConcurrentHashMap<>();

    private record Failure(RuntimeException error, long until) {}

    public Pictures(int maxConcurrent, Shutdown shutdown, Metrics metrics) {
        int total = maxConcurrent * SEATS_PER_TURN;
        this.turns = new Semaphore(maxConcurrent);
        this.seats = new Semaphore(total);
        this.shutdown = shutdown;
        this.metrics = metrics;
        metrics.gauge("nnfs_picture_requests_in_flight", "requests drawing or waiting for a picture", () -> total - seats.availablePermits());
    }

    /** The server has no capacity left for this request now. */
    public static final class Busy extends RuntimeException {
        /** When to come back, in seconds. */
        public final int retryAfter;
        /** What is busy, in the catalogue's words. */
        public final Problem problem;

        public Busy(Msg what) {
            this(2, what);
        }

        public Busy(int retryAfter, Msg what, Object... args) {
            this(retryAfter, Problem.of(what, args));
        }

        private Busy(int retryAfter, Problem problem) {
            super(problem.getMessage());
            this.retryAfter = retryAfter;
            this.problem = problem;
        }
    }

    interface Render {
        byte[] run() throws Exception;
    }

    public byte[] boundary(String id, ModelDocument doc, int w, int h) {
        return cached(id + "/boundary/" + w + "x" + h, () -> drawBoundary(doc, w, h));
    }

    /** The narrowest boundary picture that carries its model's title. */
    static final int TITLE_MIN_WIDTH = 320;

    /**
     * A model's boundary picture, drawn now (no cache): what {@link #boundary} keeps. Its regions have a cell for
     * every 3 pixels of the picture's width (at most the article's 400), smoothed in between: the shaded colours
     * change gently, and the model's forward pass over the cells was the largest cost of a picture.
     */
    static byte[] drawBoundary(ModelDocument doc, int w, int h) {
        Dataset[] tt = doc.data.trainAndTest();
        // a thumbnail (a board's row, an oEmbed thumbnail) has no room for a title: it would cover the plot
        String title = w >= TITLE_MIN_WIDTH ? Describe.title(doc) : null;
        return Png.encode(BoundaryChart.draw(BoundaryChart.chart(doc.model, tt[0], tt[1], title,
                Math.min(400, Math.max(MIN_SIZE, w / 3)), true), w, h));
    }

    /** The 1200×630 card a share link shows where it is posted, in a language of the catalogue. */
    public byte[] card(String id, ModelDocument doc, String lang) {
        return cached(id + "/card/" + lang, () -> Png.encode(Card.draw(doc, lang)));
    }

    public byte[] loss(String id, ModelDocument doc, int w, int h) {
        return cached(id + "/loss/" + w + "x" + h, () -> Png.encode(BoundaryChart.draw(LossCurveChart.chart(doc.lossCurve(), Describe.title(doc)), w, h)));
    }

    public byte[] dataset(DatasetSpec spec, int w, int h) {
        return cached("dataset/" + spec + "/" + w + "x" + h,
                () -> Png.encode(BoundaryChart.draw(BoundaryChart.chart(null, spec.generate(), null, spec.toString(), 0, false), w, h)));
    }

    /**
     * Draws and encodes one small chart, so that Java2D loads its fonts and registers its shutdown hooks now:
     * done lazily during a SIGTERM, that fails ("Shutdown in progress") and a render in flight would be lost.
     * Also makes the first real picture faster.
     */
    public static void warmUp() {
        System.setProperty("java.awt.headless", "true");
        Png.encode(BoundaryChart.draw(LossCurveChart.chart(new LossCurve(new long[] {0}, new double[] {1}, new double[] {Double.NaN}), "warm-up"), 120, 100));
    }

    /** Forgets a deleted model's pictures. */
    public void forget(String id) {
        synchronized (cache) {
            for (Iterator<Map.Entry<String, byte[]>> it = cache.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, byte[]> e = it.next();
                if (e.getKey().startsWith(id + "/")) {
                    cachedBytes -= e.getValue().length;
                    it.remove();
                }
            }
        }
        failures.keySet().removeIf(k -> k.startsWith(id + "/"));
    }

    long cachedBytes() {
        synchronized (cache) {
            return cachedBytes;
        }
    }

    private void keep(String key, byte[] png) {
        synchronized (cache) {
            byte[] old = cache.put(key, png);
            cachedBytes += png.length - (old == null ? 0 : old.length);
            for (Iterator<byte[]> it = cache.values().iterator(); cachedBytes > CACHE_BYTES && it.hasNext(); ) {
                cachedBytes -= it.next().length;
                it.remove();
            }
        }
    }

    private byte[] cached(String key, Render render) {
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) return hit;
        }
        Failure failed = failures.get(key);
        if (failed != null) {
            if (failed.until() > System.currentTimeMillis()) throw failed.error();
            failures.remove(key, failed);
        }
        if (!seats.tryAcquire()) throw new Busy(Msg.BUSY_PICTURES);
        try {
            FutureTask<byte[]> task = new FutureTask<>(() -> {
                if (!turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) throw new Busy(Msg.BUSY_RENDERERS);
                long t0 = System.nanoTime();
                boolean ok = false;
                try {
                    shutdown.check();
                    byte[] png = render.run();
                    ok = true;
                    return png;
                } finally {
                    turns.release();
                    metrics.work("render", ok, System.nanoTime() - t0);
                }
            });
            FutureTask<byte[]> running = inFlight.putIfAbsent(key, task);
            if (running == null) {
                running = task;
                try {
                    task.run(); // this request renders; the same picture asked meanwhile waits for it
                } finally {
                    inFlight.remove(key, task);
                }
            }
            byte[] png = running.get(WAIT_SECONDS, TimeUnit.SECONDS);
            keep(key, png);
            return png;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(Msg.BUSY_INTERRUPTED);
        } catch (TimeoutException e) {
            throw new Busy(Msg.BUSY_STILL_DRAWING);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            RuntimeException r = c instanceof RuntimeException ? (RuntimeException) c : new IllegalStateException(c);
            // a renderer that was busy may be free in a moment; a picture that cannot be drawn stays so for a while
            if (!(r instanceof Busy) && !(r instanceof ApiProblem && ((ApiProblem) r).status == 503)) {
                failures.put(key, new Failure(r, System.currentTimeMillis() + FAILURE_MEMORY_MS));
            }
            throw r;
        } finally {
            seats.release();
        }
    }
}
