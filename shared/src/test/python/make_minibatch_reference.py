"""Minibatch training as a learner writes it by extending the article's numpy code, for the tests to compare with.

The article's loop, with two changes: after np.random.seed(seed) and the initial weights, each pass draws
np.random.permutation(num_examples) from the same global stream (never reseeded), and each batch of B rows adds
reg_lambda * (B / num_examples) * W to its summed gradient, so that one pass applies the L2 term once, as the
article's full-batch step does. With mean gradients the batch's data gradient is averaged and the L2 term is
reg_lambda / num_examples * W (the gradient of the printed mean loss). The data is the article's data set as
reference/moons-200-0.2-seed0.json holds it, so only the training is compared.

Run with Debian's python3-numpy 1.24.2, on numpy's generic path (as make_generic_cpu_reference.py):
    NPY_DISABLE_CPU_FEATURES="AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL" \\
        /usr/bin/python3 shared/src/test/python/make_minibatch_reference.py \\
        shared/src/test/resources/reference/moons-200-0.2-seed0.json shared/src/test/resources/numpy-minibatch/minibatch-moons.json
"""
import json
import os
import sys

import numpy as np

assert np.__version__ == "1.24.2", np.__version__
assert "AVX512_SKX" in os.environ.get("NPY_DISABLE_CPU_FEATURES", ""), "pin the generic path, see the docstring"

ref = json.load(open(sys.argv[1]))
X_all = np.array(ref["X"], dtype=np.float64)
y_all = np.array(ref["y"])
num_examples = len(X_all)
nn_input_dim, nn_output_dim = 2, 2
epsilon = 0.01
reg_lambda = 0.01


def calculate_loss(model):
    W1, b1, W2, b2 = model["W1"], model["b1"], model["W2"], model["b2"]
    z1 = X_all.dot(W1) + b1
    a1 = np.tanh(z1)
    z2 = a1.dot(W2) + b2
    exp_scores = np.exp(z2)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
    corect_logprobs = -np.log(probs[range(num_examples), y_all])
    data_loss = np.sum(corect_logprobs)
    data_loss += reg_lambda / 2 * (np.sum(np.square(W1)) + np.sum(np.square(W2)))
    return 1. / num_examples * data_loss


def build_model(nn_hdim, batch, seed, mean_gradients, num_passes):
    np.random.seed(seed)
    W1 = np.random.randn(nn_input_dim, nn_hdim) / np.sqrt(nn_input_dim)
    b1 = np.zeros((1, nn_hdim))
    W2 = np.random.randn(nn_hdim, nn_output_dim) / np.sqrt(nn_hdim)
    b2 = np.zeros((1, nn_output_dim))
    model = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    losses, orders, after_first = [], [], None
    for i in range(num_passes):
        order = np.random.permutation(num_examples)
        if i < 2:
            orders.append(order.tolist())
        for start in range(0, num_examples, batch):
            idx = order[start:start + batch]
            X, y = X_all[idx], y_all[idx]
            z1 = X.dot(W1) + b1
            a1 = np.tanh(z1)
            z2 = a1.dot(W2) + b2
            exp_scores = np.exp(z2)
            probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
            delta3 = probs
            delta3[range(len(idx)), y] -= 1
            dW2 = (a1.T).dot(delta3)
            db2 = np.sum(delta3, axis=0, keepdims=True)
            delta2 = delta3.dot(W2.T) * (1 - np.power(a1, 2))
            dW1 = np.dot(X.T, delta2)
            db1 = np.sum(delta2, axis=0)
            if mean_gradients:
                dW2, db2, dW1, db1 = dW2 / len(idx), db2 / len(idx), dW1 / len(idx), db1 / len(idx)
                dW2 += reg_lambda / num_examples * W2
                dW1 += reg_lambda / num_examples * W1
            else:
                dW2 += reg_lambda * (len(idx) / num_examples) * W2
                dW1 += reg_lambda * (len(idx) / num_examples) * W1
            W1 += -epsilon * dW1
            b1 += -epsilon * db1
            W2 += -epsilon * dW2
            b2 += -epsilon * db2
        losses.append(float(calculate_loss(model)))
        if i == 0:
            after_first = {k: v.tolist() for k, v in model.items()}
    return {"losses": losses, "orders": orders, "after_first_pass": after_first,
            "after_last_pass": {k: v.tolist() for k, v in model.items()}}


cases = []
for hidden, batch, seed, mean, passes in [(3, 20, 0, False, 300), (3, 64, 1, False, 300), (4, 50, 7, True, 300), (5, 1, 0, False, 20)]:
    run = build_model(hidden, batch, seed, mean, passes)
    cases.append(dict(hidden=hidden, batch=batch, seed=seed, mean_gradients=mean, learning_rate=epsilon, reg=reg_lambda,
                      passes=passes, **run))
json.dump({"about": __doc__.split("\n\n")[0] + " losses[i] is calculate_loss after pass i; orders are the first two "
           "passes' permutations.", "numpy": np.__version__, "cases": cases},
          open(sys.argv[2], "w"), indent=None)
