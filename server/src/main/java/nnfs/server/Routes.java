package nnfs.server;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.javalin.config.RoutesConfig;

/**
 * Registers the server's routes with Javalin and remembers them, so that a request with a method a path does not
 * take is answered 405 with the methods it does take (Javalin alone answers 404).
 */
final class Routes {
    private record Route(String method, Pattern path) {}

    private final RoutesConfig javalin;
    private final List<Route> routes = new ArrayList<>();

    Routes(RoutesConfig javalin) {
        this.javalin = javalin;
    }

    private void remember(String method, String template) {
        // {name} matches one path segment
        routes.add(new Route(method, Pattern.compile(Pattern.quote(template).replaceAll("\\{[a-z]+\\}", "\\\\E[^/]+\\\\Q"))));
    }

    void get(String path, Handler h) {
        javalin.get(path, h);
        remember("GET", path);
    }

    void post(String path, Handler h) {
        javalin.post(path, h);
        remember("POST", path);
    }

    void delete(String path, Handler h) {
        javalin.delete(path, h);
        remember("DELETE", path);
    }

    /** The methods the routes take on this path (GET brings HEAD); empty when no route has the path. */
    Set<String> allowed(String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.path().matcher(path).matches()) {
                methods.add(r.method());
                if (r.method().equals("GET")) methods.add("HEAD");
            }
        }
        return methods;
    }
}
