"""A hostile-input run against the packaged server, for the figures a closing note reports: the answers by status,
the slowest answer, the slowest picture render, and the server's peak RSS (VmHWM). Not part of the test suite
(HostileInputTest keeps the behaviour true); this measures the jar as it runs on its own.

    python3 server/src/test/python/hostile_load.py server/target/nnfs.jar [requests]

NNFS_JAVA_OPTS (e.g. -Xmx256m) is passed to the server's JVM.
"""
import json
import os
import random
import signal
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import nnfs_jar
from concurrent.futures import ThreadPoolExecutor

jar = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
server, base, data, _ = nnfs_jar.start(jar, "--posts-per-minute", "1000000", prefix="nnfs-hostile-")


def call(method, path, body=None, timeout=60):
    req = urllib.request.Request(base + path, data=body.encode() if body is not None else None, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            code = r.status
    except urllib.error.HTTPError as e:
        e.read()
        code = e.code
    return code, time.time() - t0


def train(hidden, passes, n=200, test=0.0):
    r = {"data": {"kind": "moons", "n": n, "noise": 0.2, "seed": 0, "testFraction": test, "splitSeed": 0}, "hidden": hidden,
         "activations": ["tanh"] * len(hidden), "training": {"passes": passes, "learningRate": 0.01, "reg": 0.01, "seed": 0,
                                                             "batchSize": 0, "anneal": "none", "meanGradients": False}}
    req = urllib.request.Request(base + "/api/train?save=true", data=json.dumps(r).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=300) as resp:
        model_id = json.loads(resp.read().decode())["id"]
    with urllib.request.urlopen(base + "/api/models/" + model_id, timeout=60) as resp:
        return model_id, resp.read().decode()  # the document as stored, to the character


small_id, doc = train([3], 300)
big_id, _ = train([900, 8], 1, n=600, test=0.2)
rnd = random.Random(7)
numbers = ["NaN", "Infinity", "-1", "0", "1e308", "99999999999999999999", "2147483648", "", "%00", "1.5", "abc", "2000", "100"]
paths = ["/api/models/{ID}", "/api/models/{ID}/boundary.png?w={N}&h={N}", "/api/models/{ID}/loss.png?w={N}", "/api/datasets/moons?n={N}&noise={N}",
         "/api/datasets/circles/picture.png?factor={N}&w={N}", "/embed?data=moons&n={N}&hidden={N}", "/oembed?url={N}&maxwidth={N}",
         "/m/{ID}", "/embed/{ID}", "/api/models/{N}", "/api/figures/article/{N}", "/api/figures/article/hidden-sizes.png", "/index.html"]
reqs = []
for i in range(total):
    k = rnd.randrange(10)
    p = paths[rnd.randrange(len(paths))].replace("{ID}", rnd.choice([small_id, big_id]))
    while "{N}" in p:
        p = p.replace("{N}", urllib.parse.quote(rnd.choice(numbers)), 1)
    if k < 7:
        reqs.append(("GET", p, None))
    elif k < 9:
        cut = doc[: rnd.randrange(len(doc))] if rnd.random() < 0.5 else doc.replace('"tanh"', '"' + chr(rnd.randrange(32, 0x3000)) + '"')
        reqs.append(("POST", rnd.choice(["/api/models", "/api/train"]), cut))
    else:
        reqs.append((rnd.choice(["PUT", "DELETE", "PATCH"]), p, None))

statuses, slowest, slowest_render, unanswered = {}, 0.0, 0.0, []
lock = threading.Lock()


def run(r):
    global slowest, slowest_render
    try:
        code, secs = call(*r)
    except Exception as e:
        code, secs = "no answer: " + type(e).__name__, 0
        with lock:
            unanswered.append((r[0], r[1], (r[2] or "")[:200], repr(e)))
    with lock:
        statuses[code] = statuses.get(code, 0) + 1
        slowest = max(slowest, secs)
        if ".png" in r[1] and code == 200:
            slowest_render = max(slowest_render, secs)


t0 = time.time()
with ThreadPoolExecutor(16) as pool:
    list(pool.map(run, reqs))
elapsed = time.time() - t0
rss = [l for l in open("/proc/%d/status" % server.pid) if l.startswith("VmHWM")]
server.send_signal(signal.SIGTERM)
server.wait(120)
print(json.dumps({"requests": total, "seconds": round(elapsed, 1), "statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
                  "slowest_answer_s": round(slowest, 2), "slowest_picture_s": round(slowest_render, 2),
                  "peak_rss": rss[0].split(":")[1].strip() if rss else None, "unanswered": unanswered}, indent=1))
