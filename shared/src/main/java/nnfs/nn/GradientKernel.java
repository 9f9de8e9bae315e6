package nnfs.nn;

/**
 * One way to sum a batch's gradients: from the rows {@link Backprop} gathered into its buffers, the summed data
 * gradients into its gw and gb (and, when measuring, the batch's loss and correct count). There are two, which
 * must give the same bits ({@code BackpropTest} is the gate between them): the general pass, layer by layer
 * ({@link LayerKernel}), and the article's shape in one fused loop, written for speed ({@link ArticleKernel}).
 */
interface GradientKernel {
    void sumGradients(Backprop b, int count, boolean measure);

    /** The fastest kernel that computes this network's gradients. */
    static GradientKernel of(Network net, int capacity) {
        return ArticleKernel.fits(net) ? new ArticleKernel(capacity) : LayerKernel.INSTANCE;
    }
}
