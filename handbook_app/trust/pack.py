"""One file for transport: a bundle as a zip, and a careful unzip.

Zip because every desktop can open one without tools. Unpacking trusts nothing
in the file: names that climb out (``..``, absolute, drive letters, backslashes),
links, devices and other special members, encrypted members, duplicates,
oversized members, a too large total and too many members are all refused
before anything is written, and sizes are counted again while extracting, so a
lying header cannot inflate the output either.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from handbook_app.errors import TrustError

CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    members: int = 10_000
    member_bytes: int = 256 << 20
    total_bytes: int = 1 << 30


DEFAULT_LIMITS = Limits()


def pack(bundle: Path, out: Path) -> int:
    """Write every file of ``bundle`` into the zip ``out``; return how many files."""
    if not bundle.is_dir():
        raise TrustError(f"{bundle} is not a bundle folder")
    files = sorted(p for p in bundle.rglob("*") if not p.is_dir() or p.is_symlink())
    for path in files:
        if path.is_symlink() or not path.is_file():
            raise TrustError(
                f"{path.relative_to(bundle).as_posix()}: links and special files cannot be packed"
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(bundle).as_posix())
    partial.replace(out)
    return len(files)


def _safe_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    parts = [p for p in path.parts if p not in ("", ".")]
    if (
        "\\" in name
        or "\x00" in name
        or path.is_absolute()
        or ".." in path.parts
        or (parts and ":" in parts[0])
        or not parts
    ):
        raise TrustError(f"{name!r}: unsafe name in the package (it points outside the bundle)")
    return PurePosixPath(*parts)


def _check_member(info: zipfile.ZipInfo, limits: Limits) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise TrustError(f"{info.filename}: links are not allowed in a package")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise TrustError(
            f"{info.filename}: special files (devices, pipes) are not allowed in a package"
        )
    if info.flag_bits & 0x1:
        raise TrustError(f"{info.filename}: encrypted members are not allowed in a package")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise TrustError(
            f"{info.filename}: compression method {info.compress_type} is not allowed "
            "in a package (only stored or deflated)"
        )
    if info.file_size > limits.member_bytes:
        raise TrustError(
            f"{info.filename}: {info.file_size} bytes, more than the {limits.member_bytes} allowed"
        )


def plan(
    archive: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS
) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """Every member with its safe relative path; TrustError at the first that is not safe."""
    members = archive.infolist()
    if len(members) > limits.members:
        raise TrustError(
            f"the package has {len(members)} members, more than the {limits.members} allowed"
        )
    seen: set[PurePosixPath] = set()
    total = 0
    planned = []
    for info in members:
        target = _safe_name(info.filename)
        _check_member(info, limits)
        if target in seen:
            raise TrustError(f"{info.filename}: appears twice in the package")
        seen.add(target)
        total += info.file_size
        if total > limits.total_bytes:
            raise TrustError(
                f"the package unpacks to more than the {limits.total_bytes} bytes allowed"
            )
        planned.append((info, target))
    return planned


def unpack(package: Path, dest: Path, limits: Limits = DEFAULT_LIMITS) -> Path:
    """Unpack ``package`` into the new folder ``dest`` (which must not exist); return ``dest``.

    On any refusal nothing is left at ``dest``.
    """
    if dest.exists():
        raise TrustError(f"{dest} exists already; unpack into a new folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        try:
            with zipfile.ZipFile(package) as archive:
                _extract(archive, work, limits)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            zlib.error,  # damaged deflate data
            NotImplementedError,  # a compression method zipfile cannot read
        ) as error:
            raise TrustError(f"{package.name}: not a readable bundle package ({error})") from error
        except OSError as error:
            raise TrustError(f"{package}: cannot read the package ({error.strerror})") from error
        work.rename(dest)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return dest


def _extract(archive: zipfile.ZipFile, work: Path, limits: Limits) -> None:
    total = 0
    for info, target in plan(archive, limits):
        path = work.joinpath(*target.parts)
        if info.is_dir():
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with archive.open(info) as source, path.open("xb") as sink:
            while block := source.read(CHUNK):
                written += len(block)
                total += len(block)
                if written > limits.member_bytes or total > limits.total_bytes:
                    raise TrustError(f"{info.filename}: unpacks to more than its size allows")
                sink.write(block)
