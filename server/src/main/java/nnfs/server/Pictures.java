package nnfs.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nnfs.data.Dataset;
import nnfs.model.ModelDocument;

/**
 * Renders model pictures and the article's figures at most once each: stored models never change, so a
 * picture is cached by (model, kind, size). At most {@code maxConcurrent} renders run at once; a request that
 * cannot get a turn within a few seconds is told to come back ({@link Busy}).
 */
final class Pictures {
    static final int MIN_SIZE = 100;
    static final int MAX_SIZE = 2000;
    private static final int CACHE_ENTRIES = 512;

    private final Semaphore turns;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private final ConcurrentHashMap<String, FutureTask<byte[]>> inFlight = new ConcurrentHashMap<>();

    private final Shutdown shutdown;

    Pictures(int maxConcurrent, Shutdown shutdown) {
        this.turns = new Semaphore(maxConcurrent);
        this.shutdown = shutdown;
    }

    /** The server has no capacity left for this request now. */
    static final class Busy extends RuntimeException {
        Busy(String what) {
            super(what);
        }
    }

    interface Render {
        byte[] run() throws Exception;
    }

    byte[] boundary(String id, ModelDocument doc, int w, int h) {
        return cached(id + "/boundary/" + w + "x" + h, () -> {
            Dataset[] tt = doc.data.trainAndTest();
            return Png.encode(BoundaryChart.draw(BoundaryChart.chart(doc.model, tt[0], tt[1], Describe.title(doc),
                    Math.min(400, w), true), w, h));
        });
    }

    byte[] loss(String id, ModelDocument doc, int w, int h) {
        return cached(id + "/loss/" + w + "x" + h, () -> Png.encode(BoundaryChart.draw(LossChart.chart(doc.history, Describe.title(doc)), w, h)));
    }

    byte[] dataset(nnfs.data.DatasetSpec spec, int w, int h) {
        return cached("dataset/" + spec + "/" + w + "x" + h,
                () -> Png.encode(BoundaryChart.draw(BoundaryChart.chart(null, spec.generate(), null, spec.toString(), 0, false), w, h)));
    }

    byte[] figure(String name) {
        if (!ArticleFigures.NAMES.contains(name)) throw new IllegalArgumentException("unknown figure '" + name + "'");
        return cached("figure/" + name, () -> ArticleFigures.render(name, shutdown));
    }

    /**
     * Draws and encodes one small chart, so that Java2D loads its fonts and registers its shutdown hooks now:
     * done lazily during a SIGTERM, that fails ("Shutdown in progress") and a render in flight would be lost.
     * Also makes the first real picture faster.
     */
    static void warmUp() {
        System.setProperty("java.awt.headless", "true");
        Png.encode(BoundaryChart.draw(LossChart.chart(java.util.List.of(new nnfs.nn.Training.Point(0, 1, 0.5, Double.NaN, Double.NaN)), "warm-up"), 120, 100));
    }

    /** Forgets a deleted model's pictures. */
    void forget(String id) {
        synchronized (cache) {
            cache.keySet().removeIf(k -> k.startsWith(id + "/"));
        }
    }

    private byte[] cached(String key, Render render) {
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) return hit;
        }
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            if (!turns.tryAcquire(5, TimeUnit.SECONDS)) throw new Busy("all image renderers are busy");
            try {
                return render.run();
            } finally {
                turns.release();
            }
        });
        FutureTask<byte[]> running = inFlight.putIfAbsent(key, task);
        if (running == null) {
            running = task;
            task.run(); // this request renders; the same picture asked meanwhile waits for it
        }
        try {
            byte[] png = running.get();
            synchronized (cache) {
                cache.put(key, png);
            }
            return png;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            throw new IllegalStateException(c);
        } finally {
            inFlight.remove(key, running);
        }
    }
}
