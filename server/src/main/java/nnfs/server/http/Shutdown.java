package nnfs.server.http;

import java.util.function.BooleanSupplier;
import nnfs.nn.Training;
import nnfs.text.Msg;

/**
 * The server's stop as long work sees it. After SIGTERM the requests in flight have the drain time to finish;
 * once it is over, work still running is cancelled and answered 503, so that the server does stop and its store
 * is closed, whatever was asked of it.
 */
public final class Shutdown {
    /** Passes between two looks at the flag: a few milliseconds of the largest training the budget allows. */
    private static final int PASSES_PER_CHECK = 64;

    private volatile boolean cancelled;

    public void cancelNow() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Throws the 503 answer once the drain time is over. */
    public void check() {
        if (cancelled) {
            throw ApiProblem.of(503, Msg.TITLE_SHUTTING_DOWN, Msg.SHUTTING_DOWN)
                    .header("Retry-After", "5");
        }
    }

    /** Runs a training to its end, unless the server stops first. */
    public void train(Training t) {
        train(t, () -> false);
    }

    /** The same, and stops as soon as {@code clientGone} says that no one waits for the answer any more. */
    public void train(Training t, BooleanSupplier clientGone) {
        Runnable wanted = whileWanted(clientGone);
        while (!t.finished()) {
            try {
                wanted.run();
            } catch (ApiProblem e) {
                t.stop();
                throw e;
            }
            t.advance(PASSES_PER_CHECK);
        }
    }

    /** A check for long work to run now and then: it throws the answer once the server stops or the client has gone. */
    public Runnable whileWanted(BooleanSupplier clientGone) {
        return () -> {
            check();
            if (clientGone.getAsBoolean()) throw ApiProblem.of(400, Msg.TITLE_CLIENT_GONE, Msg.CLIENT_GONE);
        };
    }
}
