package nnfs.client;

import java.util.List;

/**
 * The trainings every build of the engine must run to the JVM's bits: the JavaScript build in Node
 * ({@link TeaVMBitIdentityTest}) and both builds in Chromium (the server module's browser test).
 */
public final class BitIdentityCases {
    private BitIdentityCases() {}

    public record Case(String name, String request, int passes, int recordEvery) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String ARTICLE_TRAINING = "\"training\":{\"passes\":20000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}";

    public static List<Case> cases() {
        return List.of(
                new Case("the article, 3000 passes",
                        "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"]," + ARTICLE_TRAINING + "}",
                        3000, 1000),
                new Case("spiral, 3 classes, relu and sigmoid, minibatches, annealing, test split",
                        "{\"data\":{\"kind\":\"spiral\",\"n\":150,\"noise\":0.2,\"seed\":4,\"classes\":3,\"testFraction\":0.2,\"splitSeed\":1},"
                                + "\"hidden\":[8,6],\"activations\":[\"relu\",\"sigmoid\"],\"training\":{\"passes\":400,\"learningRate\":0.02,"
                                + "\"reg\":0.001,\"seed\":7,\"batchSize\":16,\"anneal\":\"exp:0.001\",\"meanGradients\":true}}",
                        400, 50),
                new Case("circles, xor and blobs",
                        "{\"data\":{\"kind\":\"circles\",\"n\":101,\"noise\":0.1,\"seed\":2,\"factor\":0.4},\"hidden\":[5],\"activations\":[\"tanh\"],"
                                + "\"training\":{\"passes\":500,\"learningRate\":0.01,\"reg\":0.01,\"seed\":3,\"batchSize\":0,\"anneal\":\"step:0.5:100\",\"meanGradients\":false}}",
                        500, 100),
                new Case("xor", "{\"data\":{\"kind\":\"xor\",\"n\":120,\"noise\":0.05,\"seed\":9},\"hidden\":[6],\"activations\":[\"tanh\"],"
                        + "\"training\":{\"passes\":500,\"learningRate\":0.01,\"reg\":0.01,\"seed\":3,\"batchSize\":10,\"anneal\":\"inv:0.01\",\"meanGradients\":false}}",
                        500, 100),
                new Case("blobs", "{\"data\":{\"kind\":\"blobs\",\"n\":90,\"noise\":1.5,\"seed\":5,\"classes\":4},\"hidden\":[4],\"activations\":[\"sigmoid\"],"
                        + "\"training\":{\"passes\":300,\"learningRate\":0.005,\"reg\":0.01,\"seed\":1,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}",
                        300, 100));
    }
}
