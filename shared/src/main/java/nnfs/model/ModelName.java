package nnfs.model;

import nnfs.Classifier;
import nnfs.nn.Network;
import nnfs.text.Msg;

/**
 * What a model is, in a few words of a language of the catalogue: "Hidden layer size 3" for the article's shape,
 * else "2-5-4-2 network (relu, tanh)" or "Logistic regression". The automatic title of a shared model: the page
 * offers it when sharing, the server says it for a model shared without a title of its own.
 */
public final class ModelName {
    private ModelName() {}

    public static String of(Classifier model, String lang) {
        if (!(model instanceof Network)) return Msg.MODEL_LOGREG.format(lang);
        Network n = (Network) model;
        if (n.layers() == 2 && n.activations[0].id.equals("tanh")) return Msg.MODEL_ARTICLE.format(lang, n.sizes[1]);
        StringBuilder shape = new StringBuilder(), acts = new StringBuilder();
        for (int i = 0; i < n.sizes.length; i++) shape.append(i == 0 ? "" : "-").append(n.sizes[i]);
        for (int i = 0; i < n.activations.length; i++) acts.append(i == 0 ? "" : ", ").append(n.activations[i].id);
        return Msg.MODEL_NETWORK.format(lang, shape, acts);
    }
}
