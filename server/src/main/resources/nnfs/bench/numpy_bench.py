# The yardstick of `nnfs bench --compare`: the article's training loop in numpy, timed in this process.
#
#   python3 numpy_bench.py DATA.csv VARIANT HIDDEN PASSES WARMUP
#
# DATA.csv: the article's 200 moons as "x,y,label" lines (written by nnfs, so both sides train on the same points).
# VARIANT: "article" is the article's build_model loop as it prints it (np.power(a1, 2), the sums it writes);
# "best" is the same maths written for speed (a1 * a1, the @ operator, the gradients' sums reused).
# Prints one number: microseconds per pass, over PASSES passes after WARMUP untimed ones.
import sys
import time

import numpy as np


def article(X, y, W1, b1, W2, b2, passes, epsilon=0.01, reg_lambda=0.01):
    num_examples = len(X)
    for i in range(0, passes):
        # Forward propagation
        z1 = X.dot(W1) + b1
        a1 = np.tanh(z1)
        z2 = a1.dot(W2) + b2
        exp_scores = np.exp(z2)
        probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
        # Backpropagation
        delta3 = probs
        delta3[range(num_examples), y] -= 1
        dW2 = (a1.T).dot(delta3)
        db2 = np.sum(delta3, axis=0, keepdims=True)
        delta2 = delta3.dot(W2.T) * (1 - np.power(a1, 2))
        dW1 = np.dot(X.T, delta2)
        db1 = np.sum(delta2, axis=0)
        # Add regularization terms (b1 and b2 don't have regularization terms)
        dW2 += reg_lambda * W2
        dW1 += reg_lambda * W1
        # Gradient descent parameter update
        W1 += -epsilon * dW1
        b1 += -epsilon * db1
        W2 += -epsilon * dW2
        b2 += -epsilon * db2


def best(X, y, W1, b1, W2, b2, passes, epsilon=0.01, reg_lambda=0.01):
    rows = np.arange(len(X))
    for i in range(0, passes):
        a1 = np.tanh(X @ W1 + b1)
        probs = np.exp(a1 @ W2 + b2)
        probs /= probs.sum(axis=1, keepdims=True)
        probs[rows, y] -= 1
        delta2 = (probs @ W2.T) * (1 - a1 * a1)
        W2 -= epsilon * (a1.T @ probs + reg_lambda * W2)
        b2 -= epsilon * probs.sum(axis=0, keepdims=True)
        W1 -= epsilon * (X.T @ delta2 + reg_lambda * W1)
        b1 -= epsilon * delta2.sum(axis=0)


def main():
    path, variant, hidden, passes, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    data = np.loadtxt(path, delimiter=',')
    X, y = data[:, :2].copy(), data[:, 2].astype(int)
    # the article's initial weights
    np.random.seed(0)
    W1 = np.random.randn(2, hidden) / np.sqrt(2)
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, 2) / np.sqrt(hidden)
    b2 = np.zeros((1, 2))
    run = {'article': article, 'best': best}[variant]
    run(X, y, W1, b1, W2, b2, warmup)
    t0 = time.perf_counter()
    run(X, y, W1, b1, W2, b2, passes)
    print('%.3f' % ((time.perf_counter() - t0) * 1e6 / passes))


if __name__ == '__main__':
    main()
