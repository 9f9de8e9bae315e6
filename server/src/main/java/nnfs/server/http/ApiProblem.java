package nnfs.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * An error answer in RFC 9457's problem+json: the status, a short title and a detail that says what was wrong, both
 * messages of the catalogue ({@link Msg}), so that the answer is in the client's language and names its key.
 */
public final class ApiProblem extends RuntimeException {
    public final int status;
    private final Msg title;
    public final Map<String, String> headers = new LinkedHashMap<>();
    /** What was wrong. */
    public final Problem problem;

    public ApiProblem(int status, Msg title, Problem problem) {
        super(problem.getMessage());
        this.status = status;
        this.title = title;
        this.problem = problem;
    }

    /** An answer whose detail is a message of the catalogue with its arguments. */
    public static ApiProblem of(int status, Msg title, Msg detail, Object... args) {
        return new ApiProblem(status, title, Problem.of(detail, args));
    }

    /** The engine's refusal as an answer. */
    public static ApiProblem of(int status, Msg title, IllegalArgumentException e) {
        return new ApiProblem(status, title, Problem.of(e));
    }

    /** The title in a language ("en", "ja"). */
    public String title(String lang) {
        return title.template(lang);
    }

    /** The detail in a language. */
    public String detail(String lang) {
        return problem.in(lang);
    }

    /** The catalogue's key of the detail; null for a text from outside it. */
    public String key() {
        return problem.msg == Msg.UNSAID ? null : problem.msg.name();
    }

    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiProblem badRequest(Msg detail, Object... args) {
        return of(400, Msg.TITLE_BAD_REQUEST, detail, args);
    }

    public static ApiProblem badRequest(IllegalArgumentException e) {
        return of(400, Msg.TITLE_BAD_REQUEST, e);
    }

    public static ApiProblem notFound(Msg detail, Object... args) {
        return of(404, Msg.TITLE_NOT_FOUND, detail, args);
    }

    public static ApiProblem unprocessable(Msg detail, Object... args) {
        return of(422, Msg.TITLE_UNPROCESSABLE, detail, args);
    }

    public static ApiProblem unprocessable(IllegalArgumentException e) {
        return of(422, Msg.TITLE_UNPROCESSABLE, e);
    }
}
