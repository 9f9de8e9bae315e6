package nnfs.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import nnfs.text.Problem;

/**
 * An error answer in RFC 9457's problem+json: the status, a short title and a detail that says what was wrong. A
 * detail from the engine's catalogue ({@link Problem}) is answered in the client's language, with its key.
 */
public final class ApiProblem extends RuntimeException {
    public final int status;
    public final String title;
    public final Map<String, String> headers = new LinkedHashMap<>();
    /** The engine's problem this answer says, when it is one of its catalogue's; else null. */
    public final Problem problem;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    private ApiProblem(int status, String title, String detail, Problem problem) {
        super(detail);
        this.status = status;
        this.title = title;
        this.problem = problem;
    }

    /** The engine's refusal as an answer: in the client's language when it is one of the catalogue's messages. */
    public static ApiProblem of(int status, String title, IllegalArgumentException e) {
        return new ApiProblem(status, title, e.getMessage(), e instanceof Problem ? (Problem) e : null);
    }

    /** The detail in a language ("en", "ja"). */
    public String detail(String lang) {
        return problem == null ? getMessage() : problem.in(lang);
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    public static ApiProblem badRequest(IllegalArgumentException e) {
        return of(400, "Bad request", e);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "Unprocessable request", detail);
    }

    public static ApiProblem unprocessable(IllegalArgumentException e) {
        return of(422, "Unprocessable request", e);
    }
}
