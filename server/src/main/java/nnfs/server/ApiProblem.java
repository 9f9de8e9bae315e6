package nnfs.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer in RFC 9457's problem+json: the status, a short title and a detail that says what was wrong. */
final class ApiProblem extends RuntimeException {
    final int status;
    final String title;
    final Map<String, String> headers = new LinkedHashMap<>();

    ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "Unprocessable request", detail);
    }
}
