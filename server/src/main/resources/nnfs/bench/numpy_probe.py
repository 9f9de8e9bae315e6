# What bench --compare says of the numpy it measures against: its version, then its BLAS library and the kernel
# that library runs on this processor (threadpoolctl's report, else OpenBLAS's own, asked through ctypes).
import ctypes
import glob
import os

import numpy as np

blas = "unknown BLAS"
try:
    d = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    blas = (d.get("name", "?") + " " + str(d.get("version", ""))).strip()
except Exception:
    pass
kernel = None
try:
    from threadpoolctl import threadpool_info

    for info in threadpool_info():
        if info.get("user_api") == "blas":
            kernel = info.get("architecture")
            break
except Exception:
    pass
if kernel is None:
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
    for lib in libs:
        handle = ctypes.CDLL(lib)
        for name in ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename64_", "openblas_get_corename"):
            f = getattr(handle, name, None)
            if f is not None:
                f.restype = ctypes.c_char_p
                kernel = f().decode()
                break
        if kernel:
            break
print(np.__version__)
print(blas + ", kernel " + (kernel or "unknown"))
