package nnfs.logreg;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nnfs.Reference;
import nnfs.data.Blobs;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.data.Moons;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LogisticRegressionCVTest {

    @Test
    void theArticlesBaselineIsScikitLearns() {
        JsonNode ref = Reference.read("logreg-article.json");
        LogisticRegressionCV cv = LogisticRegressionCV.fit(DatasetSpec.article().generate());
        double[] cs = Reference.doubles(ref.get("Cs"));
        for (int i = 0; i < cs.length; i++) {
            // ours are correctly rounded (as glibc's pow); the reference's AVX-512 numpy is up to 1 ulp off
            assertEquals(cs[i], cv.cs[i], Math.ulp(cs[i]), "C[" + i + "]");
        }
        assertEquals(ref.get("C").doubleValue(), cv.c(), 0.0, "the chosen C, exactly");
        assertArrayEquals(Reference.doubles(ref.get("coef")), cv.model.coef, 1e-4);
        assertEquals(ref.get("intercept").doubleValue(), cv.model.intercept[0], 1e-4);
        assertEquals(ref.get("train_accuracy").doubleValue(), cv.model.accuracy(DatasetSpec.article().generate()), 0.0);
    }

    @TestFactory
    List<DynamicTest> otherMoonsDataSetsMatchScikitLearn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Reference.readGenericCpu("logreg-moons.json").get("cases")) {
            int n = c.get("n").intValue();
            double noise = c.get("noise").doubleValue();
            long seed = c.get("seed").longValue();
            tests.add(DynamicTest.dynamicTest("moons n=" + n + " noise=" + noise + " seed=" + seed, () -> {
                Dataset d = Moons.generate(n, noise, seed);
                LogisticRegressionCV cv = LogisticRegressionCV.fit(d);
                assertEquals(c.get("C").doubleValue(), cv.c(), 0.0, "chosen C");
                assertArrayEquals(Reference.doubles(c.get("coef")), cv.model.coef, 1e-4);
                assertEquals(c.get("intercept").doubleValue(), cv.model.intercept[0], 1e-4);
                // scikit-learn stops about 1e-4 short of the optimum, which may put one point near the boundary
                // on the other side
                assertEquals(c.get("train_accuracy").doubleValue(), cv.model.accuracy(d), 1.0 / n + 1e-12);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> moreClassesUseTheMultinomialModelAsScikitLearn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : Reference.readGenericCpu("logreg-moons.json").get("multinomial")) {
            int n = c.get("n").intValue(), k = c.get("classes").intValue();
            tests.add(DynamicTest.dynamicTest("blobs n=" + n + " classes=" + k, () -> {
                Dataset d = Blobs.generate(n, c.get("noise").doubleValue(), k, c.get("seed").longValue());
                LogisticRegressionCV cv = LogisticRegressionCV.fit(d);
                assertEquals(c.get("C").doubleValue(), cv.c(), 0.0, "chosen C");
                // scikit-learn's multinomial lbfgs stops up to a few 1e-4 short of the optimum we solve for
                assertArrayEquals(Reference.matrix(c.get("coef")), cv.model.coef, 5e-4);
                assertArrayEquals(Reference.doubles(c.get("intercept")), cv.model.intercept, 5e-4);
                assertEquals(c.get("train_accuracy").doubleValue(), cv.model.accuracy(d), 1.0 / n + 1e-12);
            }));
        }
        return tests;
    }

    @Test
    void theSolutionIsTheOptimumGradientZero() {
        for (Dataset d : new Dataset[] {Moons.generate(200, 0.2, 0), Blobs.generate(200, 2.0, 3, 4)}) {
            for (double c : new double[] {1e-4, 2.78, 1e4}) {
                LogisticRegression m = LogisticRegression.fit(d, c);
                LogisticRegression.Objective f = new LogisticRegression.Objective(d, c);
                double[] theta = new double[f.size];
                int outputs = m.intercept.length;
                for (int o = 0; o < outputs; o++) {
                    System.arraycopy(m.coef, o * d.dims, theta, o * (d.dims + 1), d.dims);
                    theta[o * (d.dims + 1) + d.dims] = m.intercept[o];
                }
                double[] g = new double[f.size];
                f.derivatives(theta, g, new double[f.size * f.size]);
                for (double v : g) assertEquals(0.0, v, 1e-8 * (1 + c * d.n), "gradient at C=" + c);
            }
        }
    }

    @Test
    void multinomialProbabilitiesSumToOneAndInterceptsStayCentred() {
        Dataset d = Blobs.generate(300, 1.0, 3, 0);
        LogisticRegressionCV cv = LogisticRegressionCV.fit(d);
        assertEquals(3, cv.model.intercept.length);
        double[] p = new double[3];
        cv.model.probabilities(d.x, 0, p);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        double sum = 0;
        for (double b : cv.model.intercept) sum += b;
        assertEquals(0.0, sum, 1e-6, "intercepts stay centred, as lbfgs from zero keeps them");
    }

    @Test
    void tooFewPointsOfAClassIsAClearError() {
        Dataset d = Dataset.of2d(new double[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6}, new int[] {0, 0, 0, 0, 0, 1, 1});
        var e = assertThrows(IllegalArgumentException.class, () -> LogisticRegressionCV.fit(d));
        assertTrue(e.getMessage().contains("at least 5 points of every class"), e.getMessage());
    }
}
