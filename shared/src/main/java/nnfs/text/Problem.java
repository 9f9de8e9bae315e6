package nnfs.text;

/**
 * What is wrong with an input, as a message of the catalogue ({@link Msg}) and its arguments, and where it is (a
 * line of a file, a field of a document, outermost first): rendered in English as the exception's message, and in
 * any language of the catalogue by {@link #in}. The engine raises these; the page, the server and the command line
 * render them.
 */
public class Problem extends IllegalArgumentException {
    public final Msg msg;
    private final Object[] args;
    /** Where, outermost first (each place a problem of its own, whose where is the next one in); null: nowhere. */
    private final Problem where;

    protected Problem(Msg msg, Object[] args, Problem where) {
        super(render("en", msg, args, where));
        this.msg = msg;
        this.args = args.clone();
        this.where = where;
    }

    /** The same problem, as a subclass's. */
    protected Problem(Problem same) {
        this(same.msg, same.args, same.where);
    }

    /** A problem: a message of the catalogue with its arguments. */
    public static Problem of(Msg msg, Object... args) {
        return new Problem(msg, args, null);
    }

    /** Any refusal as a problem: the catalogue's as it is, another said as it was (in English). */
    public static Problem of(IllegalArgumentException e) {
        return e instanceof Problem ? (Problem) e : of(Msg.UNSAID, e.getMessage());
    }

    /** This problem within a place, outside any it has: "line 3: ...", then "data: line 3: ...". */
    public Problem at(Msg place, Object... placeArgs) {
        return new Problem(msg, args, outermost(where, place, placeArgs));
    }

    /** Within a place named the same in every language: a JSON path, "data". */
    public Problem at(String place) {
        return at(Msg.AT_PLACE, place);
    }

    /** The chain of places with one more at its outer end (a place's own where is what encloses it). */
    private static Problem outermost(Problem where, Msg place, Object[] placeArgs) {
        if (where == null) return new Problem(place, placeArgs, null);
        return new Problem(where.msg, where.args, outermost(where.where, place, placeArgs));
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
