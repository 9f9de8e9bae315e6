"""Reference numbers from the real numpy 1.24 / scikit-learn 1.2.1 on numpy's generic (non-AVX-512) code path.

numpy 1.22+ computes float64 sin/cos/exp/log/tanh with Intel SVML when the CPU has AVX512_SKX; those results
are up to 4 ulp from the correctly rounded ones, so numpy's own make_moons gives different bits on different
CPUs (reference/moons-200-0.2-seed0.json was made on an AVX-512 machine). On every other CPU numpy
calls the C library (glibc), which nnfs reproduces. This script pins that path and writes the JSON the tests read.

Run with Debian's packages (python3-numpy 1.24.2, python3-sklearn 1.2.1):
    NPY_DISABLE_CPU_FEATURES="AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL" \
        /usr/bin/python3 shared/src/test/python/make_generic_cpu_reference.py shared/src/test/resources/numpy-generic-cpu
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_circles, make_moons
from sklearn.linear_model import LogisticRegressionCV
from sklearn.model_selection import train_test_split

out = sys.argv[1]
assert np.__version__ == "1.24.2" and sklearn.__version__ == "1.2.1", (np.__version__, sklearn.__version__)
assert "AVX512_SKX" in os.environ.get("NPY_DISABLE_CPU_FEATURES", ""), "pin the generic path, see the docstring"


def spiral(n, noise, k, seed):
    np.random.seed(seed)
    sizes = [n // k + (1 if c < n % k else 0) for c in range(k)]
    X, y = [], []
    for j, m in enumerate(sizes):
        r = np.linspace(0.0, 1, m)
        t = np.linspace(j * 4, (j + 1) * 4, m) + np.random.randn(m) * noise
        X.append(np.c_[r * np.sin(t), r * np.cos(t)])
        y += [j] * m
    return np.vstack(X), np.array(y)


def xor(n, noise, seed):
    np.random.seed(seed)
    X = np.random.uniform(-1, 1, (n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def moons(n, noise, seed):
    np.random.seed(seed)
    return make_moons(n, noise=noise)


def circles(n, noise, factor, seed):
    np.random.seed(seed)
    return make_circles(n, noise=noise, factor=factor)


def blobs(n, noise, k, seed):
    np.random.seed(seed)
    return make_blobs(n, centers=k, cluster_std=noise)


cases = []
for n, noise, seed in [(200, 0.2, 0), (1, 0.2, 0), (2, 0.0, 5), (7, 0.3, 1), (99, 0.1, 42), (1000, 0.25, 123456789), (301, 0.05, 4294967295)]:
    X, y = moons(n, noise, seed)
    cases.append({"kind": "moons", "n": n, "noise": noise, "seed": seed, "X": X.tolist(), "y": y.tolist()})
for n, noise, factor, seed in [(200, 0.1, 0.5, 0), (51, 0.2, 0.8, 3), (400, 0.05, 0.3, 9)]:
    X, y = circles(n, noise, factor, seed)
    cases.append({"kind": "circles", "n": n, "noise": noise, "factor": factor, "seed": seed, "X": X.tolist(), "y": y.tolist()})
for n, noise, k, seed in [(200, 1.0, 3, 0), (101, 0.5, 4, 2)]:
    X, y = blobs(n, noise, k, seed)
    cases.append({"kind": "blobs", "n": n, "noise": noise, "classes": k, "seed": seed, "X": X.tolist(), "y": y.tolist()})
for n, noise, k, seed in [(300, 0.2, 3, 0), (101, 0.1, 5, 7), (10, 0.3, 2, 1)]:
    X, y = spiral(n, noise, k, seed)
    cases.append({"kind": "spiral", "n": n, "noise": noise, "classes": k, "seed": seed, "X": X.tolist(), "y": y.tolist()})
for n, noise, seed in [(200, 0.1, 0), (33, 0.0, 8)]:
    X, y = xor(n, noise, seed)
    cases.append({"kind": "xor", "n": n, "noise": noise, "seed": seed, "X": X.tolist(), "y": y.tolist()})

splits = []
X, y = moons(200, 0.2, 0)
for frac, seed in [(0.2, 0), (0.25, 42), (0.5, 7), (0.1, 1)]:
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=frac, random_state=seed)
    splits.append({"test_size": frac, "seed": seed, "X_train": Xtr.tolist(), "y_train": ytr.tolist(), "X_test": Xte.tolist(), "y_test": yte.tolist()})

logreg = []
for n, noise, seed in [(200, 0.2, 0), (100, 0.3, 1), (500, 0.1, 2), (150, 0.4, 3), (301, 0.2, 11)]:
    X, y = moons(n, noise, seed)
    m = LogisticRegressionCV().fit(X, y)
    logreg.append({"n": n, "noise": noise, "seed": seed, "C": float(m.C_[0]), "coef": m.coef_[0].tolist(),
                   "intercept": float(m.intercept_[0]), "train_accuracy": float(m.score(X, y))})

multinomial = []
for n, noise, k, seed in [(300, 1.0, 3, 0), (200, 1.5, 4, 2), (200, 2.0, 3, 4)]:
    X, y = blobs(n, noise, k, seed)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a reference from an lbfgs that did not converge would be no reference
        m = LogisticRegressionCV().fit(X, y)
    multinomial.append({"kind": "blobs", "n": n, "noise": noise, "classes": k, "seed": seed, "C": float(m.C_[0]),
                        "coef": m.coef_.tolist(), "intercept": m.intercept_.tolist(), "train_accuracy": float(m.score(X, y))})

meta = {"numpy": np.__version__, "scikit-learn": sklearn.__version__, "cpu_features_disabled": os.environ["NPY_DISABLE_CPU_FEATURES"]}
with open(os.path.join(out, "datasets.json"), "w") as f:
    json.dump({"generated_by": meta, "cases": cases, "splits": splits}, f)
with open(os.path.join(out, "logreg-moons.json"), "w") as f:
    json.dump({"generated_by": meta, "cases": logreg, "multinomial": multinomial}, f, indent=1)
