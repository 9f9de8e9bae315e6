package nnfs.server;

import java.util.HashMap;
import java.util.Map;

/** A token bucket per client address: {@code perMinute} requests a minute, bursts up to that many. */
final class RateLimiter {
    private final double perMinute;
    private final Map<String, double[]> buckets = new HashMap<>(); // address -> {tokens, last refill in ms}

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 if the request may go ahead, else the seconds to wait. */
    synchronized long acquire(String address, long nowMillis) {
        if (buckets.size() > 100_000) buckets.clear(); // a flood of addresses must not eat the memory
        double[] b = buckets.computeIfAbsent(address, a -> new double[] {perMinute, nowMillis});
        b[0] = Math.min(perMinute, b[0] + (nowMillis - b[1]) * perMinute / 60_000.0);
        b[1] = nowMillis;
        if (b[0] >= 1) {
            b[0] -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - b[0]) * 60.0 / perMinute);
    }
}
