"""Starts the packaged server for a measuring script: on a free port, on a fresh data directory, with its output read
all along (a pipe left unread fills up and then blocks the server mid-request)."""
import os
import re
import subprocess
import tempfile
import threading


def start(jar, *flags, prefix="nnfs-"):
    """Returns (process, base URL, data directory, output lines so far: a list that keeps filling)."""
    data = tempfile.mkdtemp(prefix=prefix)
    server = subprocess.Popen(["java", *os.environ.get("NNFS_JAVA_OPTS", "").split(), "-jar", jar, "--port", "0", "--data", data, *flags],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = None
    for line in server.stdout:
        m = re.search(r"nnfs is running at (http://[^/ ]+)/", line)
        if m:
            base = m.group(1)
            break
    if base is None:
        raise SystemExit("the server did not start: exit code %s" % server.wait())
    output = []
    threading.Thread(target=lambda: output.extend(server.stdout), daemon=True).start()
    return server, base, data, output
