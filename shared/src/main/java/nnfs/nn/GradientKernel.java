package nnfs.nn;

/**
 * One way to sum a batch's gradients: from the rows {@link Backprop} gathered into its buffers, the summed data
 * gradients into its gw and gb (and, when measuring, the batch's loss and correct count). There are three, which
 * must give the same bits ({@code BackpropTest} is the gate between them): the general pass, layer by layer
 * ({@link LayerKernel}), and the article's shape in a fused loop written for speed, one for engines that run an
 * element at a time ({@link ArticleKernel}) and one for a JIT that vectorises ({@link ArticleVectorKernel}).
 */
interface GradientKernel {
    void sumGradients(Backprop b, int count, boolean measure);

    /** The fastest kernel that computes this network's gradients, on this platform ({@link Loops}). */
    static GradientKernel of(Network net, int capacity) {
        if (!ArticleKernel.fits(net)) return LayerKernel.INSTANCE;
        return Loops.vector() ? new ArticleVectorKernel(net, capacity) : new ArticleKernel(capacity);
    }
}
