package nnfs.text;

/**
 * What is wrong with an input, as a message of the catalogue ({@link Msg}) and its arguments, and where it is
 * (a line of a file, a field of a document): rendered in English as the exception's message, and in any language
 * of the catalogue by {@link #in}. The engine raises these; the page, the server and the command line render them.
 */
public class Problem extends IllegalArgumentException {
    public final Msg msg;
    private final Object[] args;
    /** Where, outermost first; null when the message says it all. */
    private final Problem where;

    protected Problem(Msg msg, Object[] args, Problem where) {
        super(render("en", msg, args, where));
        this.msg = msg;
        this.args = args.clone();
        this.where = where;
    }

    /** A problem: a message of the catalogue with its arguments. */
    public static Problem of(Msg msg, Object... args) {
        return new Problem(msg, args, null);
    }

    /** This problem, placed: "line 3: x and y must be numbers". */
    public Problem at(Msg place, Object... args) {
        return new Problem(msg, this.args, new Problem(place, args, where));
    }

    /** The arguments, as given. */
    public Object[] args() {
        return args.clone();
    }

    /** The message in a language of the catalogue ("en", "ja"; English for any other). */
    public String in(String lang) {
        return render(lang, msg, args, where);
    }

    /** A problem's message in a language: the catalogue's when it is one, else the exception's own (English). */
    public static String in(String lang, Throwable e) {
        return e instanceof Problem ? ((Problem) e).in(lang) : e.getMessage();
    }

    private static String render(String lang, Msg msg, Object[] args, Problem where) {
        String text = msg.format(lang, args);
        return where == null ? text : where.in(lang) + ": " + text;
    }
}
