package nnfs.logreg;

import java.util.Arrays;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * scikit-learn's {@code StratifiedKFold(n_splits)} without shuffling: classes numbered by first appearance,
 * each fold's share of every class dealt round-robin over the sorted labels, and each class's points given to
 * the folds in blocks, in data order.
 */
final class StratifiedKFold {
    private StratifiedKFold() {}

    /** The test fold of every point. */
    static int[] testFolds(int[] y, int classes, int splits) {
        int n = y.length;
        // encode classes by order of first appearance
        int[] code = new int[classes];
        Arrays.fill(code, -1);
        int next = 0;
        for (int label : y) if (code[label] < 0) code[label] = next++;
        int seen = next;
        int[] enc = new int[n];
        int[] counts = new int[seen];
        for (int i = 0; i < n; i++) {
            enc[i] = code[y[i]];
            counts[enc[i]]++;
        }
        int min = Integer.MAX_VALUE;
        for (int c : counts) min = Math.min(min, c);
        if (min < splits) {
            throw Problem.of(Msg.CV_TOO_FEW, splits, min);
        }
        // allocation[f][k]: how many of class k go to test fold f (round robin over the sorted encoded labels)
        int[] sorted = new int[n];
        int pos = 0;
        for (int k = 0; k < seen; k++) for (int c = 0; c < counts[k]; c++) sorted[pos++] = k;
        int[][] allocation = new int[splits][seen];
        for (int i = 0; i < n; i++) allocation[i % splits][sorted[i]]++;
        int[] folds = new int[n];
        for (int k = 0; k < seen; k++) {
            int f = 0, used = 0;
            for (int i = 0; i < n; i++) {
                if (enc[i] != k) continue;
                while (used == allocation[f][k]) {
                    f++;
                    used = 0;
                }
                folds[i] = f;
                used++;
            }
        }
        return folds;
    }
}
