package nnfs.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import java.util.function.Consumer;
import nnfs.model.Json;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;

/** A real server on a free port over a real store, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
    final NnfsServer server;
    final ModelStore store;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(ModelStore store, int postsPerMinute) {
        this(store, postsPerMinute, new NnfsServer.Settings().maxTrainings);
    }

    TestServer(ModelStore store, int postsPerMinute, int maxTrainings) {
        this(store, s -> {
            s.postsPerMinute = postsPerMinute;
            s.maxTrainings = maxTrainings;
        });
    }

    /** A server on a free port of this machine, with these settings besides. */
    TestServer(ModelStore store, Consumer<NnfsServer.Settings> configure) {
        this(store, NnfsServer.start(store, s -> {
            s.port = 0;
            configure.accept(s);
        }));
    }

    /** A server started by the test with settings of its own, over its store. */
    TestServer(ModelStore store, NnfsServer server) {
        this.store = store;
        this.server = server;
    }

    static TestServer sqlite(Path dir) {
        return new TestServer(JdbcModelStore.sqlite(dir), 1000);
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body);
    }

    HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).DELETE();
        if (token != null) b.header("Nnfs-Delete-Token", token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A small trained model's document. */
    static String trainedDocument(String title, int hidden, int passes) {
        Training t = Training.article(DatasetSpec.article().generate(), hidden, TrainingSettings.article().withPasses(passes));
        t.runToEnd();
        return ModelDocument.of(title, t, DataSource.article()).write();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return (Map<String, Object>) Json.parse(text);
    }

    @Override
    public void close() {
        server.close();
    }
}
