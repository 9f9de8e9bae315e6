package nnfs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the numpy / scikit-learn reference numbers in ../shared/reference (beside the repository). */
public final class Reference {
    private Reference() {}

    public static Path dir() {
        String p = System.getProperty("nnfs.reference");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared", "reference");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("reference folder not found at " + dir.toAbsolutePath()
                    + " (it lives beside the repository as ../shared/reference)");
        }
        return dir;
    }

    public static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(dir().resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers made by the same numpy / scikit-learn on numpy's generic CPU path (see
     * src/test/python/make_generic_cpu_reference.py): a test resource of this module, beside the main reference.
     */
    public static JsonNode readGenericCpu(String name) {
        try (var in = Reference.class.getResourceAsStream("/numpy-generic-cpu/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource numpy-generic-cpu/" + name);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
