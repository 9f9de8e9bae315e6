package nnfs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The numpy that {@code bench --compare} measures nnfs against: the strongest this machine has. That is the newest
 * numpy among its pythons ({@code NNFS_PYTHON} names one to use instead), run without the variables this machine sets
 * for older OpenBLAS builds ({@link #HELD_BACK}): with them a current OpenBLAS runs an older processor's kernels,
 * several times slower. Its version, BLAS and kernel are printed with every comparison.
 */
record NumpyPeer(String python, String version, String blas) {
    /** Removed from numpy's environment (only that process's). */
    static final List<String> HELD_BACK = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    /** The pythons looked at: the one on the PATH and the system's. */
    static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3", "/usr/local/bin/python3");

    /** The newest numpy found, or null when no python here has one. */
    static NumpyPeer find(Path probe) {
        String chosen = System.getenv("NNFS_PYTHON");
        Set<String> pythons = new LinkedHashSet<>(chosen == null || chosen.isBlank() ? CANDIDATES : List.of(chosen));
        NumpyPeer best = null;
        for (String python : pythons) {
            try {
                List<String> r = run(List.of(python, probe.toString()));
                if (r == null || r.size() < 2) continue;
                NumpyPeer p = new NumpyPeer(python, r.get(r.size() - 2).strip(), r.get(r.size() - 1).strip());
                if (best == null || compareVersions(p.version, best.version) > 0) best = p;
            } catch (IOException e) {
                // no such python: the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return best;
            }
        }
        return best;
    }

    /** "2.4.6" against "1.26.4", number by number ("2.1.0rc1" counts as 2.1.0). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(leadingNumber(i < x.length ? x[i] : "0"), leadingNumber(i < y.length ? y[i] : "0"));
            if (c != 0) return c;
        }
        return 0;
    }

    private static int leadingNumber(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) end++;
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }

    /** What the header says: which numpy, on which BLAS and kernel, and what was taken from its environment. */
    String describe() {
        List<String> held = new ArrayList<>();
        for (String v : HELD_BACK) if (System.getenv(v) != null) held.add(v + "=" + System.getenv(v));
        return "numpy " + version + " (" + python + "), " + blas
                + (held.isEmpty() ? "" : "; removed from its environment: " + String.join(", ", held));
    }

    /** The output lines of this python's script, run without the held-back variables; null unless it exits 0. */
    List<String> script(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python));
        command.addAll(args);
        return run(command);
    }

    /** A command's output lines when it exits 0, else null (a benchmark run by hand: no timeout, ^C stops it). */
    static List<String> run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        HELD_BACK.forEach(pb.environment()::remove);
        Process p = pb.start();
        byte[] outBytes = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) return null;
        List<String> lines = new ArrayList<>(Arrays.asList(new String(outBytes, StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isBlank);
        return lines.isEmpty() ? null : lines;
    }
}
