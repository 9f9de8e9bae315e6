package nnfs.nn;

/**
 * Which of the article's two fused loops trains its network: the one written for a JIT that vectorises (HotSpot's,
 * {@link ArticleVectorKernel}), the default, or the one written for engines that run an element at a time
 * ({@link ArticleKernel}): the browsers run TeaVM's JavaScript and WebAssembly without vector instructions, and there
 * the vector loop's extra passes over memory made a pass at hidden size 50 13 % slower (docs/speed.md). Both give
 * the same bits ({@code BackpropTest}), so the choice is the platform's, made once when it starts.
 */
public final class Loops {
    private Loops() {}

    private static boolean vector = true;

    /** From now on, the loop for engines without vector instructions: what the browser's engine calls first. */
    public static void useScalar() {
        vector = false;
    }

    /** Back to the default (for the tests). */
    static void useVector() {
        vector = true;
    }

    static boolean vector() {
        return vector;
    }
}
