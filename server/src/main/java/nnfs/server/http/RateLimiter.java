package nnfs.server.http;

import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per client: {@code perMinute} units a minute, bursts up to that many. A save costs one unit; the
 * work of trainings and replays is counted in multiply-adds.
 */
public class RateLimiter {
    public final double perMinute;
    private final Map<String, double[]> buckets = new HashMap<>(); // client -> {tokens, last refill in ms}

    public RateLimiter(double perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 if a request costing one unit may go ahead, else the seconds to wait. */
    public long acquire(String client, long nowMillis) {
        return acquire(client, 1, nowMillis);
    }

    /** 0 if work of {@code cost} units may go ahead (taken from the bucket), else the seconds to wait. */
    public synchronized long acquire(String client, double cost, long nowMillis) {
        if (buckets.size() > 100_000) buckets.clear(); // a flood of addresses must not eat the memory
        double[] b = buckets.computeIfAbsent(client, a -> new double[] {perMinute, nowMillis});
        b[0] = Math.min(perMinute, b[0] + Math.max(0, nowMillis - b[1]) * perMinute / 60_000.0);
        b[1] = nowMillis;
        return take(b, cost);
    }

    /** Takes {@code cost} from a refilled bucket {tokens, …}; else the seconds until it holds that much. */
    long take(double[] bucket, double cost) {
        double need = Math.min(cost, perMinute); // work larger than a minute's share waits for a full bucket
        if (bucket[0] >= need) {
            bucket[0] -= need;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((need - bucket[0]) * 60.0 / perMinute));
    }
}
