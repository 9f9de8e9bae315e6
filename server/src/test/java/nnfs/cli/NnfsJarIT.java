package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar, run as the README says, on this JVM and on every other JDK 17+ installed beside it. */
class NnfsJarIT {
    static final Path JAR = Path.of(System.getProperty("nnfs.jar", "target/nnfs.jar"));

    record Run(int code, String out) {}

    static Run run(String java, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out);
    }

    static String thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * This JVM, then every other JDK of version 17 or newer under /usr/lib/jvm (by its release file; .ci/run makes
     * sure there are at least two), each once however many links name it.
     */
    static List<String> javas() throws IOException {
        List<String> javas = new ArrayList<>(List.of(thisJava()));
        List<Path> seen = new ArrayList<>(List.of(Path.of(thisJava()).toRealPath()));
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> dirs = Files.list(jvm)) {
                for (Path d : dirs.sorted().toList()) {
                    Path java = d.resolve("bin/java");
                    if (!Files.isExecutable(java) || majorVersion(d) < 17 || seen.contains(java.toRealPath())) continue;
                    seen.add(java.toRealPath());
                    javas.add(java.toString());
                }
            }
        }
        return javas;
    }

    /** JAVA_VERSION="17.0.15" in the JDK's release file; 0 when there is none. */
    static int majorVersion(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) return 0;
        for (String line : Files.readAllLines(release)) {
            Matcher m = Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    @Test
    void theReadmesTrainCommandPrintsTheArticlesLines() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "missing " + JAR);
        Run r = run(thisJava(), "train");
        assertEquals(0, r.code, r.out);
        List<String> lines = r.out.lines().toList();
        assertEquals("Loss after iteration 0: 0.432387", lines.get(0));
        assertEquals("Loss after iteration 1000: 0.068947", lines.get(1));
        assertEquals(21, lines.size(), r.out);
        assertTrue(lines.get(20).startsWith("Training accuracy: "), r.out);
    }

    @Test
    void everyInstalledJdkTrainsToTheSameBits(@TempDir Path dir) throws Exception {
        String first = null;
        int compared = 0;
        List<String> javas = javas();
        assertTrue(javas.size() >= 2, "this test compares at least two JDKs of version 17 or newer; found only " + javas
                + " (install a second one under /usr/lib/jvm, as .ci/run does)");
        for (String java : javas) {
            Path file = dir.resolve("m" + compared + ".json");
            Run r = run(java, "train", "--hidden", "5,3", "--activation", "tanh,relu", "--data", "spiral", "--classes", "3",
                    "--batch", "16", "--anneal", "step:0.5:100", "--passes", "400", "--print-every", "100", "--save", file.toString());
            assertEquals(0, r.code, java + ": " + r.out);
            String doc = Files.readString(file);
            if (first == null) first = doc;
            assertEquals(first, doc, java + " trained to other weights");
            compared++;
        }
        System.out.println("trained identically on " + compared + " JDKs: " + javas);
    }
}
