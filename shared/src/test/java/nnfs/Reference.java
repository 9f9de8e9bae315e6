package nnfs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the numpy / scikit-learn reference numbers: the repository's own copy of the founders' reference folder,
 * src/test/resources/reference (see its README), on the test classpath.
 */
public final class Reference {
    private Reference() {}

    public static JsonNode read(String name) {
        return resource("/reference/" + name);
    }

    /** A JSON file of this module's test resources, e.g. /numpy-minibatch/minibatch-moons.json. */
    public static JsonNode resource(String path) {
        try (var in = Reference.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path + " (shared/src/test/resources" + path + ")");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers made by the same numpy / scikit-learn on numpy's generic CPU path (see
     * src/test/python/make_generic_cpu_reference.py): a test resource of this module, beside the main reference.
     */
    public static JsonNode readGenericCpu(String name) {
        return resource("/numpy-generic-cpu/" + name);
    }

    public static double[] doubles(JsonNode array) {
        double[] a = new double[array.size()];
        for (int i = 0; i < a.length; i++) a[i] = array.get(i).doubleValue();
        return a;
    }

    /** A 2-d JSON array, row-major flat. */
    public static double[] matrix(JsonNode rows) {
        int cols = rows.get(0).size();
        double[] a = new double[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols; j++) a[i * cols + j] = rows.get(i).get(j).doubleValue();
        }
        return a;
    }

    public static int[] ints(JsonNode array) {
        int[] a = new int[array.size()];
        for (int i = 0; i < a.length; i++) a[i] = array.get(i).intValue();
        return a;
    }
}
