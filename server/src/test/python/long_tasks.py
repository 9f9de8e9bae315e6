"""The page's main thread while a network trains at full speed with every view open: the long tasks (over 50 ms)
Chromium reports, for the figures a closing note gives. Not part of the test suite (a timing depends on the
machine); this measures the packaged jar in headless Chromium, driven through chromedriver's W3C interface.

    python3 server/src/test/python/long_tasks.py server/target/nnfs.jar [fragment ...]

Each fragment is a setup of the app (default: the article's run, and 8 hidden layers of 50); the page follows
point 17, opens a unit's panel, and runs to the end. Prints, per setup: passes, seconds, the number of long tasks
and the longest.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

import nnfs_jar

jar = sys.argv[1]
setups = sys.argv[2:] or ["inspect=17&speed=14", "inspect=17&speed=14&hidden=50,50,50,50,50,50,50,50&passes=2000"]
chrome = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"

server, base, data, _ = nnfs_jar.start(jar, prefix="nnfs-longtasks-")
# the server trains the article's figures in the background when it starts: on a 2-core machine that takes a core
# from the browser, so wait until it has kept the four (as PNG files in its data directory) before measuring the page
waited = time.time()
while len(glob.glob(os.path.join(data, "figures", "*.png"))) < 4 and time.time() - waited < 300:
    time.sleep(0.5)
port = 9600 + int(time.time()) % 300
chromedriver = subprocess.Popen([driver, "--port=%d" % port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1.5)


def call(method, path, body=None):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), method=method,
                                 data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=600).read())["value"]


# observe from the first moment: long tasks are buffered, so an observer added after load still sees them all
OBSERVE = """
window.__long = [];
new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
// the Long Animation Frames API says what ran in a long frame (script, then style and layout)
window.__frames = [];
try {
  new PerformanceObserver(l => l.getEntries().forEach(e => window.__frames.push([e.startTime, e.duration,
    e.scripts.map(x => x.invoker + ' ' + (x.sourceFunctionName || '') + '@' + (x.sourceURL || '').split('/').pop() + ':' + x.sourceCharPosition + ' ' + Math.round(x.duration) + ' ms (forced layout ' + Math.round(x.forcedStyleAndLayoutDuration) + ')').join(', '), Math.round(e.startTime + e.duration - e.styleAndLayoutStart)])))
    .observe({ type: 'long-animation-frame', buffered: true });
} catch (err) { /* an older browser: long tasks only */ }
"""

try:
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": chrome, "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]}}}}
    session = call("POST", "/session", caps)["sessionId"]
    call("POST", "/session/%s/timeouts" % session, {"script": 600000})
    js = lambda script: call("POST", "/session/%s/execute/sync" % session, {"script": script, "args": []})
    for setup in setups:
        call("POST", "/session/%s/url" % session, {"url": base + "/#" + setup})
        for _ in range(600):
            if js("return document.querySelectorAll('#inspector math').length") > 0:
                break
            time.sleep(0.1)
        js(OBSERVE)
        js("document.querySelector('#diagram button.unit[data-layer=\"1\"]').click()")
        time.sleep(1)
        start = time.time()
        # only the tasks from the click on (the page's loading has its own, and they arrive here late)
        js("window.__from = performance.now(); document.getElementById('b-end').click()")
        # one driver command for the whole run, waiting inside the page: a driver polling from outside runs scripts
        # on the page's thread itself, and its own tasks were most of the long ones this measured at first
        call("POST", "/session/%s/execute/async" % session, {"script": """
            const done = arguments[arguments.length - 1];
            const timer = setInterval(() => {
              if (document.getElementById('b-end').disabled) { clearInterval(timer); done(); }
            }, 300);""", "args": []})
        seconds = time.time() - start
        time.sleep(1)
        tasks = js("return window.__long.filter(t => t[0] >= window.__from).map(t => t[1])")
        passes = js("return document.getElementById('v-pass').textContent")
        print("%s: %s passes in %.1f s; long tasks (> 50 ms): %d, longest %s ms" % (
            setup, passes, seconds, len(tasks), ("%.0f" % max(tasks)) if tasks else "-"))
        frames = js("return window.__frames.filter(f => f[0] >= window.__from).sort((a, b) => b[1] - a[1]).slice(0, 3)")
        for f in frames:
            print("    long frame %.0f ms at %.0f ms: scripts [%s], style and layout %d ms" % (f[1], f[0], f[2], f[3]))
    call("DELETE", "/session/%s" % session)
finally:
    chromedriver.terminate()
    server.terminate()
    server.wait(30)
