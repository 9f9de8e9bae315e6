package nnfs.server.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nnfs.data.DatasetSpec;
import nnfs.server.http.Shutdown;
import nnfs.text.Msg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article's four figures, rendered once and kept: in memory, and as PNG files in the data directory so that a
 * restart does not train the seven networks again. Rendering starts in the background at start-up (or at the
 * first request); a request that comes before its figure is ready waits a little, then is told when to come back.
 */
public final class FigureStore {
    private static final Logger LOG = LoggerFactory.getLogger(FigureStore.class);
    /** Bump when the figures' drawing changes, so that kept files of an older drawing are not served. */
    static final int DRAWING_VERSION = 1;

    private final Path dir;
    private final Shutdown shutdown;
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> figures = new ConcurrentHashMap<>();
    private ArticleRuns runs;

    /** {@code dir} may be null: kept in memory only. */
    public FigureStore(Path dir, Shutdown shutdown) {
        this.dir = dir;
        this.shutdown = shutdown;
    }

    /** Starts rendering every figure not kept yet, all at once in the background (their trainings are shared). */
    public void renderAllInBackground() {
        for (String name : ArticleFigures.NAMES) {
            future(name).whenComplete((png, e) -> {
                if (e != null) LOG.warn("article figure {} not rendered: {}", name, e.getMessage());
            });
        }
    }

    /** The article's trainings, started when the first figure that shows one is drawn, and run once. */
    private synchronized ArticleRuns runs() {
        if (runs == null) runs = new ArticleRuns(DatasetSpec.article().generate(), shutdown);
        return runs;
    }

    /** The figure's PNG; Busy (503) if it is not ready within the wait. */
    public byte[] get(String name, int waitSeconds) {
        try {
            return future(name).get(waitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Pictures.Busy(10, Msg.BUSY_FIGURE, name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Pictures.Busy(Msg.BUSY_INTERRUPTED);
        } catch (ExecutionException e) {
            figures.remove(name); // try again on a later request
            Throwable c = e.getCause();
            throw c instanceof RuntimeException ? (RuntimeException) c : new IllegalStateException(c);
        }
    }

    private CompletableFuture<byte[]> future(String name) {
        if (!ArticleFigures.NAMES.contains(name)) throw new IllegalArgumentException("unknown figure '" + name + "'");
        return figures.computeIfAbsent(name, n -> {
            CompletableFuture<byte[]> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(load(n));
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "nnfs-figure-" + n);
            t.setDaemon(true);
            t.start();
            return f;
        });
    }

    private Path file(String name) {
        return dir.resolve("figures").resolve(name + "-v" + DRAWING_VERSION + ".png");
    }

    private byte[] load(String name) throws Exception {
        if (dir != null && Files.isRegularFile(file(name))) return Files.readAllBytes(file(name));
        long t0 = System.nanoTime();
        byte[] png = ArticleFigures.render(name, this::runs);
        LOG.info("article figure {} rendered in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
        if (dir != null) {
            try {
                Files.createDirectories(file(name).getParent());
                Path tmp = Files.createTempFile(file(name).getParent(), name, ".tmp");
                Files.write(tmp, png);
                Files.move(tmp, file(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("article figure {} not kept in {}: {}", name, dir, e.getMessage());
            }
        }
        return png;
    }
}
