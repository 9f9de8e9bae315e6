package nnfs.server.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import nnfs.text.Msg;

/**
 * What an operator watches, for GET /metrics in Prometheus' text format (serve --metrics): requests and their
 * latency per route and status, pictures drawn, trainings and replays (with their outcome), requests waiting for
 * a training slot, store failures. Off, every call costs nothing and /metrics is a 404.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry;

    private Metrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public static Metrics on() {
        return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public static Metrics off() {
        return new Metrics(null);
    }

    boolean enabled() {
        return registry != null;
    }

    /** One answered request: the route's template (not the path: ids would make a series each). */
    public void request(Context ctx, float millis) {
        if (registry == null) return;
        Timer.builder("nnfs_http_requests").description("HTTP requests by route, method and status")
                .tag("route", route(ctx)).tag("method", ctx.method().name()).tag("status", String.valueOf(ctx.statusCode()))
                .register(registry).record(Duration.ofNanos((long) (millis * 1e6)));
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException none) {
            return ctx.statusCode() == 404 ? "unmatched" : "static";
        }
    }

    /** One piece of work of a kind ("training", "replay", "render") that took {@code nanos}, by outcome ("ok", "failed"). */
    public void work(String kind, boolean ok, long nanos) {
        if (registry == null) return;
        Timer.builder("nnfs_work").description("trainings, replays that verify posted models, pictures drawn")
                .tag("kind", kind).tag("outcome", ok ? "ok" : "failed").register(registry).record(Duration.ofNanos(nanos));
    }

    public void storeFailure() {
        if (registry != null) Counter.builder("nnfs_store_failures").description("requests the store could not answer (503)").register(registry).increment();
    }

    /** A number read at each scrape, such as a queue's depth. */
    public void gauge(String name, String description, Supplier<Number> value) {
        if (registry != null) Gauge.builder(name, () -> value.get().doubleValue()).description(description).register(registry);
    }

    /** GET /metrics. */
    public void scrape(Context ctx) {
        if (registry == null) throw ApiProblem.notFound(Msg.METRICS_OFF);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").header("Cache-Control", "no-store").result(registry.scrape());
    }
}
