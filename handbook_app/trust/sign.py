"""The signature file ``manifest.sig``: an Ed25519 signature over the bytes of ``manifest.json``.

    {"algorithm": "ed25519", "fingerprint": "<sha-256 hex of the public key>",
     "signature": "<base64>"}

The manifest lists the SHA-256 of every other file, so one signature covers
the whole bundle.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature

from handbook_app.bundle.manifest import MANIFEST, SIGNATURE
from handbook_app.errors import DAMAGED_JSON, TrustError
from handbook_app.trust.keys import fingerprint, short

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

ALGORITHM = "ed25519"


@dataclass(frozen=True)
class Signature:
    fingerprint: str
    signature: bytes

    def to_json(self) -> bytes:
        data = {
            "algorithm": ALGORITHM,
            "fingerprint": self.fingerprint,
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }
        return (json.dumps(data, indent=2) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Signature:
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM:
                raise ValueError(f"algorithm is not {ALGORITHM}")
            fp = data["fingerprint"]
            if not isinstance(fp, str):
                raise TypeError("fingerprint is not text")
            signature = base64.b64decode(data["signature"], validate=True)
        except DAMAGED_JSON as error:  # binascii.Error is a ValueError
            raise TrustError(f"{SIGNATURE}: the signature file is damaged ({error})") from error
        return cls(fp, signature)


def sign_bundle(bundle: Path, key: Ed25519PrivateKey) -> str:
    """Write ``manifest.sig`` beside the manifest of ``bundle``; return the key's fingerprint."""
    manifest = (bundle / MANIFEST).read_bytes()
    fp = fingerprint(key.public_key())
    (bundle / SIGNATURE).write_bytes(Signature(fp, key.sign(manifest)).to_json())
    return fp


def signer(key: Ed25519PrivateKey) -> Callable[[Path], None]:
    """A build hook that signs the staged bundle."""

    def sign(folder: Path) -> None:
        sign_bundle(folder, key)

    return sign


def check_signature(
    manifest: bytes, raw_signature: bytes, keys: dict[str, Ed25519PublicKey]
) -> str:
    """The signer's fingerprint when ``raw_signature`` holds for ``manifest``; else TrustError."""
    sig = Signature.from_json(raw_signature)
    key = keys.get(sig.fingerprint)
    if key is None:
        raise TrustError(
            f"{SIGNATURE}: signed by a key that is not trusted "
            f"(fingerprint {short(sig.fingerprint)})"
        )
    try:
        key.verify(sig.signature, manifest)
    except InvalidSignature:
        raise TrustError(
            f"{MANIFEST}: the signature does not match; the manifest was changed after signing"
        ) from None
    return sig.fingerprint
