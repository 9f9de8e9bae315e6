package nnfs.server.pictures;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nnfs.data.Dataset;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.server.http.Shutdown;

/**
 * The article's trainings, hidden sizes 1, 2, 3, 4, 5, 20 and 50, each run once and shared by every figure (and
 * the loss log) that shows it: all started at once on one thread per core, the largest first, so that the longest
 * training does not start last and no core waits while another works.
 */
final class ArticleRuns {
    static final int[] SIZES = {1, 2, 3, 4, 5, 20, 50};

    private final Map<Integer, Future<Training>> runs = new HashMap<>();

    ArticleRuns(Dataset moons, Shutdown shutdown) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(cores, SIZES.length), r -> {
            Thread t = new Thread(r, "nnfs-article-run");
            t.setDaemon(true);
            return t;
        });
        for (int i = SIZES.length - 1; i >= 0; i--) { // SIZES ascends: from its end is the largest first
            int h = SIZES[i];
            runs.put(h, pool.submit(() -> {
                Training t = Training.article(moons, h, TrainingSettings.article());
                shutdown.train(t);
                return t;
            }));
        }
        pool.shutdown(); // its threads end with the last training
    }

    /** The finished training of hidden size h, waiting for it if need be. */
    Training get(int h) throws InterruptedException {
        Future<Training> f = runs.get(h);
        if (f == null) throw new IllegalArgumentException("the article trains hidden sizes " + Arrays.toString(SIZES) + ", not " + h);
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            throw new IllegalStateException(c);
        }
    }
}
