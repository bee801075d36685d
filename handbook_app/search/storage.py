"""Opening a Whoosh index without trusting the pickles in it.

Whoosh keeps its schema, segment list, posting-block headers and stored fields
as Python pickles, and unpickling runs whatever callable the bytes name. So
before any index is opened, every place where Whoosh unpickles is pointed at
:func:`loads` / :func:`load` here. They build only Whoosh's own field, format,
analysis, codec and segment classes, the filters of ``analysis.py``, the Porter
stemmer, compiled patterns and plain types, and only from modules that are
already imported (a pickle never makes Python import anything). Anything else stops the read with
``pickle.UnpicklingError``, which :func:`open_index` turns into a
:class:`SearchError`. Old index formats (read by Whoosh through a permissive
unpickler) are refused.

This is the one module that reaches into Whoosh's storage; nothing else calls
``whoosh.index.open_dir``.
"""

from __future__ import annotations

import functools
import importlib
import io
import pickle
import sys
import types
from typing import IO, TYPE_CHECKING, Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError

from handbook_app.errors import SearchError

if TYPE_CHECKING:
    from pathlib import Path

CLASS_MODULES = (
    "whoosh.fields", "whoosh.formats", "whoosh.analysis", "whoosh.columns", "whoosh.codec.whoosh3",
    "handbook_app.search.analysis",
)  # fmt: skip
"""Classes defined below these modules may be built: the schema, its analyzers (Whoosh's,
and the folding and Snowball filters of ``analysis.py``, which keep only a stemmer's
name), the segments."""
NAMES = {
    "whoosh.lang.porter.stem",
    "re._compile",
    "collections.defaultdict",
    *(f"builtins.{name}" for name in ("int", "float", "str", "bytes", "bool", "frozenset")),
    *(f"builtins.{name}" for name in ("set", "list", "tuple", "dict", "bytearray", "complex")),
}
"""Other callables a Whoosh 3 index needs."""
_IMPORTS = (
    "whoosh.fields", "whoosh.formats", "whoosh.analysis", "whoosh.lang.porter",
    "whoosh.codec.whoosh3",
    "whoosh.columns", "whoosh.filedb.structfile", "whoosh.filedb.compound",
    "whoosh.filedb.filetables", "whoosh.reading", "whoosh.searching",
    "whoosh.writing", "whoosh.legacy", "handbook_app.search.analysis",
)  # fmt: skip
_RENAMED = {"__builtin__": "builtins", "copy_reg": "copyreg"}


def _latin1(text: str, encoding: str = "latin1") -> bytes:
    """``_codecs.encode`` as protocol-2 pickles use it for bytes, and for nothing else."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise pickle.UnpicklingError(f"_codecs.encode({encoding!r}) is not allowed")
    return text.encode("latin1")


class Unpickler(pickle.Unpickler):
    """Builds only what a Whoosh index is made of; refuses every other global."""

    def find_class(self, module: str, name: str) -> Any:
        module = _RENAMED.get(module, module)
        if (module, name) == ("_codecs", "encode"):
            return _latin1
        found = _lookup(module, name)
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a search index")
        return found


def _lookup(module: str, name: str) -> Any:
    loaded = sys.modules.get(module)  # never imported on a pickle's behalf
    if loaded is None or "." in name:
        return None
    found = getattr(loaded, name, None)
    if f"{module}.{name}" in NAMES:
        return found
    defined_in = getattr(found, "__module__", "") or ""
    if (
        isinstance(found, type)
        and not name.startswith("_")
        and any(
            defined_in == prefix or defined_in.startswith(prefix + ".") for prefix in CLASS_MODULES
        )
    ):
        return found
    return None


def loads(data: bytes, **_: Any) -> Any:
    return Unpickler(io.BytesIO(data)).load()


def load(stream: IO[bytes], **_: Any) -> Any:
    return Unpickler(stream).load()


def _pickle_module() -> types.SimpleNamespace:
    """What Whoosh modules that ``import pickle`` see instead: dumping as usual, loading here."""
    return types.SimpleNamespace(
        dumps=pickle.dumps,
        dump=pickle.dump,
        loads=loads,
        load=load,
        PicklingError=pickle.PicklingError,
        UnpicklingError=pickle.UnpicklingError,
    )


@functools.cache
def harden() -> None:
    """Point every unpickling name in the loaded Whoosh modules here; refuse old formats.

    Once per process; idempotent.
    """
    for name in _IMPORTS:
        importlib.import_module(name)
    safe = _pickle_module()
    replacements: list[tuple[object, object]] = [
        (pickle.loads, loads),
        (pickle.load, load),
        (pickle, safe),
    ]
    for name, module in list(sys.modules.items()):
        if name == "whoosh" or name.startswith("whoosh."):
            for attr, value in list(vars(module).items()):
                for unsafe, replacement in replacements:
                    if value is unsafe:
                        setattr(module, attr, replacement)
    whoosh_index.toc_loaders = {}  # old formats are read through a permissive unpickler


def open_index(path: Path, *, writable: bool = False) -> whoosh_index.Index:
    """The Whoosh index at ``path``, read through the allow-list; SearchError if it cannot be."""
    harden()
    try:
        # Without mmap, Whoosh reads the segment files as it goes; with it, Whoosh
        # copies the whole postings and term files into memory at open, which took
        # 65 ms at 100x: the open now takes the same time at any size.
        files = FileStorage(str(path), supports_mmap=False, readonly=not writable)
        return files.open_index()
    except pickle.UnpicklingError as error:
        raise SearchError(
            f"the search index at {path} holds something that is not search data ({error}); "
            "it was not used"
        ) from error
    except (EmptyIndexError, OSError, ValueError) as error:
        raise SearchError(f"cannot open the search index at {path}: {error}") from error
    except Exception as error:  # a damaged file: Whoosh raises whatever its parsers do
        raise SearchError(f"the search index at {path} is damaged: {error!r}") from error
