"""Reading the build cache back without trusting it: this project's classes and plain data.

The cache (``cache.py``) keeps parsed drafts as pickles beside the bundle it
built. Unpickling runs whatever callable the bytes name, and a build folder may
come from elsewhere (copied, shared, unpacked), so the cache is read through
:class:`Unpickler`: it builds only classes defined in ``handbook_app``, paths
and plain types, from modules already imported. Anything else raises
``pickle.UnpicklingError``, which the cache treats like any damage: a clean build.
"""

from __future__ import annotations

import io
import pickle
import sys
from typing import Any

PACKAGE = "handbook_app"
NAMES = {
    *(f"pathlib.{name}" for name in ("PosixPath", "WindowsPath", "PurePosixPath")),
    "pathlib.PureWindowsPath",
    *(f"builtins.{name}" for name in ("set", "frozenset", "list", "tuple", "dict", "bytearray")),
    *(f"builtins.{name}" for name in ("int", "float", "str", "bytes", "bool", "complex")),
    "datetime.date",
    "datetime.datetime",
}


class Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        loaded = sys.modules.get(module)  # never imported on a pickle's behalf
        found = getattr(loaded, name, None) if loaded is not None and "." not in name else None
        ours = isinstance(found, type) and (found.__module__ or "").startswith(f"{PACKAGE}.")
        if found is None or not (ours or f"{module}.{name}" in NAMES):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the build cache")
        return found


def loads(data: bytes) -> Any:
    return Unpickler(io.BytesIO(data)).load()
