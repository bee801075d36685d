"""The trust subcommands of ``handbook``: keygen, verify, pack, unpack, trust.

Registered by :mod:`handbook_app.cli`; errors rise as :class:`TrustError` and
become ``handbook: message`` with exit status 1 there.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.errors import TrustError
from handbook_app.trust import keys as keyring
from handbook_app.trust.pack import pack, unpack
from handbook_app.trust.verify import verify_strict

if TYPE_CHECKING:
    import argparse


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keygen = sub.add_parser("keygen", help="make an Ed25519 signing key pair (PATH and PATH.pub)")
    keygen.add_argument("path", type=Path)
    keygen.add_argument(
        "--no-passphrase", action="store_true", help="do not encrypt the private key (tests only)"
    )
    keygen.set_defaults(run=_keygen)

    verify = sub.add_parser("verify", help="check a bundle's hashes and signature")
    verify.add_argument("bundle", type=Path, help="a bundle folder or a package made by 'pack'")
    verify.add_argument("--trusted-keys", type=Path, default=None, metavar="DIR")
    verify.set_defaults(run=_verify)

    packer = sub.add_parser("pack", help="pack a bundle into one file for transport")
    packer.add_argument("bundle", type=Path)
    packer.add_argument("-o", "--out", type=Path, required=True, metavar="FILE")
    packer.set_defaults(run=_pack)

    unpacker = sub.add_parser("unpack", help="unpack a package made by 'pack' into a new folder")
    unpacker.add_argument("package", type=Path)
    unpacker.add_argument("-o", "--out", type=Path, required=True, metavar="DIR")
    unpacker.set_defaults(run=_unpack)

    trust = sub.add_parser("trust", help="trust a new publisher key (shows its fingerprint)")
    trust.add_argument("public_key", type=Path)
    trust.add_argument(
        "--keys-dir", type=Path, default=None, metavar="DIR", help="default: the data folder's"
    )
    trust.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    trust.set_defaults(run=_trust)


def _keygen(args: argparse.Namespace) -> int:
    passphrase = None if args.no_passphrase else keyring.new_passphrase()
    fp = keyring.generate(args.path, passphrase)
    print(f"private key: {args.path} (keep it secret; mode 0600)")
    print(f"public key:  {args.path}{keyring.PUBLIC_SUFFIX}")
    print(f"fingerprint: {keyring.short(fp)}  ({fp})")
    return 0


def _verify(args: argparse.Namespace) -> int:
    if args.bundle.is_file():
        with tempfile.TemporaryDirectory(prefix="handbook-verify-") as tmp:
            return _report(unpack(args.bundle, Path(tmp) / "bundle"), _keys(args))
    return _report(args.bundle, _keys(args))


def _keys(args: argparse.Namespace) -> list[Path]:
    """``--trusted-keys``, else the release keys and the keys the user trusted."""
    return [args.trusted_keys] if args.trusted_keys else args.paths.key_dirs


def _report(bundle: Path, trusted_keys: list[Path]) -> int:
    verdict = verify_strict(bundle, trusted_keys)
    if not verdict.ok:
        print(f"handbook: verify failed: {verdict.problem}", file=sys.stderr)
        return 1
    assert verdict.manifest is not None
    m = verdict.manifest
    print(f"ok: {m.title}, edition {m.edition} ({m.edition_date}), {m.publisher}")
    print(f"signed by {keyring.short(verdict.fingerprint)}; {len(m.files)} files hold")
    return 0


def _pack(args: argparse.Namespace) -> int:
    count = pack(args.bundle, args.out)
    print(f"packed {count} files into {args.out}")
    return 0


def _unpack(args: argparse.Namespace) -> int:
    unpack(args.package, args.out)
    print(f"unpacked into {args.out}; check it with: handbook verify {args.out}")
    return 0


def _trust(args: argparse.Namespace) -> int:
    keys_dir = args.keys_dir or args.paths.user_keys  # never the shipped release keys
    fp = keyring.key_fingerprint(args.public_key)
    print(f"fingerprint: {keyring.short(fp)}  ({fp})")
    print("Compare it with the fingerprint the publisher gave you by another channel.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise TrustError("not trusted: confirm on a terminal or pass --yes")
        if input("Trust this key? Type yes: ").strip().lower() != "yes":
            print("not trusted")
            return 1
    keyring.trust_key(args.public_key, keys_dir)
    print(f"trusted: bundles signed by {keyring.short(fp)} are now accepted ({keys_dir})")
    return 0
