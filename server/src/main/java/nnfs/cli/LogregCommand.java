package nnfs.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code logreg}: the article's baseline, scikit-learn's LogisticRegressionCV(). */
@Command(name = "logreg", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Fit the article's baseline, LogisticRegressionCV(), and print C, coefficients, accuracy.",
                "Fits scikit-learn's LogisticRegressionCV() with its defaults (Cs = logspace(-4, 4, 10), 5-fold stratified cross-validation, accuracy) and prints the chosen C, the coefficients, the intercept and the training accuracy. More than 2 classes use the multinomial model."},
        footer = {"", "Example: nnfs logreg --json"})
final class LogregCommand extends NnfsCommand {
    @Mixin
    DataOptions data;

    @Option(names = "--json", order = 50, description = "print {\"C\": ..., \"coef\": [...], \"intercept\": ..., \"accuracy\": ...}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DataSource src = data.read();
        Dataset[] tt = src.trainAndTest();
        LogisticRegressionCV cv;
        try {
            cv = LogisticRegressionCV.fit(tt[0]);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double acc = cv.model.accuracy(tt[0]);
        Double testAcc = tt[1] == null ? null : cv.model.accuracy(tt[1]);
        boolean binary = cv.model.intercept.length == 1;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("C", cv.c());
            m.put("coef", binary ? cv.model.coef : ModelDocument.rows(cv.model.coef, cv.model.intercept.length, cv.model.dims));
            m.put("intercept", binary ? (Object) cv.model.intercept[0] : cv.model.intercept);
            m.put("accuracy", acc);
            if (testAcc != null) m.put("testAccuracy", testAcc);
            out.println(Json.write(m));
            return 0;
        }
        out.println("C: " + cv.c());
        out.println("Coefficients: " + Json.write(binary ? cv.model.coef : ModelDocument.rows(cv.model.coef, cv.model.intercept.length, cv.model.dims)));
        out.println("Intercept: " + Json.write(binary ? (Object) cv.model.intercept[0] : cv.model.intercept));
        out.println("Training accuracy: " + acc);
        if (testAcc != null) out.println("Test accuracy: " + testAcc);
        return 0;
    }
}
