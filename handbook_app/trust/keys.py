"""Ed25519 keys: making a pair, reading keys back, fingerprints, trusting a new key.

The private key is PEM (PKCS#8), encrypted with a passphrase unless the editor
chose otherwise; the public key is PEM (SubjectPublicKeyInfo), readable with
``openssl pkey -pubin``. A key's fingerprint is the SHA-256 of its raw 32 bytes.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from handbook_app import paths
from handbook_app.errors import TrustError, wrapped

PASSPHRASE_ENV = "HANDBOOK_KEY_PASSPHRASE"
PUBLIC_SUFFIX = ".pub"
MIN_PASSPHRASE = 8

Ask = Callable[[str], str]
"""Asks for a secret without echo, as :func:`getpass.getpass` does."""


def fingerprint(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def short(fp: str) -> str:
    """The first 16 hex digits in groups of 4, for people to compare: ``1a2b 3c4d 5e6f 7a8b``."""
    return " ".join(fp[i : i + 4] for i in range(0, 16, 4))


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def new_passphrase(ask: Ask | None = None) -> bytes:
    """The passphrase for a new key: the environment, else asked twice on a terminal."""
    if env := os.environ.get(PASSPHRASE_ENV):
        return env.encode()
    if not _interactive():
        raise TrustError(
            "no terminal to ask for a passphrase: run keygen on a terminal, "
            f"set {PASSPHRASE_ENV}, or pass --no-passphrase"
        )
    ask = ask or getpass.getpass
    first = ask("Passphrase for the new key: ")
    if len(first) < MIN_PASSPHRASE:
        raise TrustError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if ask("Same passphrase again: ") != first:
        raise TrustError("the two passphrases differ; no key written")
    return first.encode()


def generate(path: Path, passphrase: bytes | None) -> str:
    """Write a new pair at ``path`` (mode 0600) and ``path.pub``; return its fingerprint."""
    public = path.with_name(path.name + PUBLIC_SUFFIX)
    for target in (path, public):
        if target.exists():
            raise TrustError(f"{target} exists already; choose another path (no key written)")
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    os.chmod(path, 0o600)  # noqa: PTH101 - explicit even under an odd umask
    public.write_bytes(public_pem(key.public_key()))
    return fingerprint(key.public_key())


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_private(path: Path, ask: Ask | None = None) -> Ed25519PrivateKey:
    """Read a private key, asking for its passphrase (environment, else terminal) if needed."""
    try:
        pem = path.read_bytes()
    except OSError as error:
        raise TrustError(f"cannot read the signing key {path}: {error.strerror}") from error
    passphrase: bytes | None = None
    if b"ENCRYPTED" in pem:
        if env := os.environ.get(PASSPHRASE_ENV):
            passphrase = env.encode()
        elif _interactive():
            passphrase = (ask or getpass.getpass)(f"Passphrase for {path.name}: ").encode()
        else:
            raise TrustError(
                f"{path} is encrypted and there is no terminal to ask for its passphrase; "
                f"set {PASSPHRASE_ENV}"
            )
    try:
        key = serialization.load_pem_private_key(pem, passphrase)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise TrustError(
            f"cannot open the signing key {path}: wrong passphrase or not a key"
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise TrustError(f"{path} is not an Ed25519 key")
    return key


def load_public(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, UnsupportedAlgorithm) as error:
        raise TrustError(f"{path} is not a readable public key") from error
    if not isinstance(key, Ed25519PublicKey):
        raise TrustError(f"{path} is not an Ed25519 public key")
    return key


def trusted(dirs: Path | Iterable[Path] | None = None) -> dict[str, Ed25519PublicKey]:
    """Every readable ``*.pub`` key in ``dirs`` (default: the app's), by fingerprint.

    A file that is not a key is skipped: one bad file must not lock out the rest.
    """
    if dirs is None:
        dirs = [paths.shipped_keys()]
    elif isinstance(dirs, Path):
        dirs = [dirs]
    keys: dict[str, Ed25519PublicKey] = {}
    for folder in dirs:
        for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")) if folder.is_dir() else ():
            try:
                key = load_public(path)
            except TrustError:
                continue
            keys[fingerprint(key)] = key
    return keys


@wrapped(TrustError)
def trust_key(pub_file: Path, keys_dir: Path) -> str:
    """Add ``pub_file`` to ``keys_dir`` and return its fingerprint.

    Callers show the fingerprint and ask for confirmation *before* calling this
    (see :func:`key_fingerprint`); trusting is never implicit.
    """
    key = load_public(pub_file)
    fp = fingerprint(key)
    keys_dir.mkdir(parents=True, exist_ok=True)
    (keys_dir / f"{fp[:16]}{PUBLIC_SUFFIX}").write_bytes(public_pem(key))
    return fp


def key_fingerprint(pub_file: Path) -> str:
    return fingerprint(load_public(pub_file))
