package nnfs.server.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.atomic.AtomicInteger;
import nnfs.server.http.RateLimiter;

/**
 * A per-client limit held in the database, so that the servers sharing it give a client one limit, not one each.
 * While the database is away the server still limits on its own (a training without saving needs no database).
 */
public final class SharedRateLimiter extends RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(SharedRateLimiter.class);
    /** Quiet clients' buckets are forgotten about once every this many requests. */
    private static final int FORGET_EVERY = 1000;

    private final JdbcModelStore store;
    private final String kind;
    private final AtomicInteger requests = new AtomicInteger();

    public SharedRateLimiter(JdbcModelStore store, String kind, double perMinute) {
        super(perMinute);
        this.store = store;
        this.kind = kind;
    }

    @Override
    public long acquire(String client, double cost, long nowMillis) {
        try {
            if (requests.incrementAndGet() % FORGET_EVERY == 0) store.forgetQuietClients(nowMillis);
            return store.takeFromBucket(client, kind, this, cost, nowMillis);
        } catch (JdbcModelStore.StoreException e) {
            LOG.debug("the shared limit of {} is unavailable; limiting on this server alone", kind, e);
            return super.acquire(client, cost, nowMillis);
        }
    }
}
