package nnfs.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer in RFC 9457's problem+json: the status, a short title and a detail that says what was wrong. */
public final class ApiProblem extends RuntimeException {
    public final int status;
    public final String title;
    public final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "Unprocessable request", detail);
    }
}
