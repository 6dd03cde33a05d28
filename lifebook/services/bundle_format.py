"""The ``.lifebook`` case bundle file: a magic line, a JSON header line, then the payload.

The payload is a zip (``record.json`` and ``media/<sha256>.<ext>``). With a
passphrase it is encrypted with AES-256-GCM; the key comes from scrypt with a
random salt, and the header (salt, scrypt parameters and nonce included) is
the associated data, so changing any byte of header or payload is caught.
The 16-byte GCM tag ends the file.

Reading never trusts the file: the payload is decrypted (or copied) to a
temporary file, the tag and the payload's SHA-256 are checked, and only then
is the zip handed back for import. Every problem is a ``BundleError`` whose
message can be shown to a social worker as it is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from lifebook.i18n import translate
from lifebook.services.errors import InvalidInput

MAGIC = b"LIFEBOOK CASE BUNDLE\n"
FORMAT = 1  # the header's "format"; a newer one is refused
TAG_SIZE = 16
NONCE_SIZE = 12
SALT_SIZE = 16
CHUNK = 1 << 20
HEADER_LIMIT = 64 * 1024
# scrypt: 2**15 * 8 * 128 bytes = 32 MB of memory and about a tenth of a second per try
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
SCRYPT_MEMORY_MAX = 1 << 28  # 256 MB: a header asking scrypt for more is refused
MIN_PASSPHRASE = 8


class BundleError(InvalidInput):
    """A bundle cannot be written or read; the message says why, and nothing was changed."""


@dataclass(frozen=True)
class Header:
    data: dict
    raw: bytes  # the header line exactly as stored: the associated data
    payload_offset: int

    @property
    def encrypted(self) -> bool:
        return bool(self.data.get("encrypted"))


def check_passphrase(passphrase: str) -> None:
    """Raises BundleError for a passphrase too short to protect a child's records."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BundleError(translate("services.bundle_format", "The passphrase must be at least "
                                                              "{least} characters long").format(
                                                                  least=MIN_PASSPHRASE))


def _keys(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, str]:
    """(AES key, passphrase check) from scrypt; the check tells a wrong passphrase apart."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return derived[:32], hashlib.sha256(derived[32:]).hexdigest()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_bundle(zip_path: Path, out: IO[bytes], header: dict, passphrase: str | None,
                 cancel: Callable[[], bool] | None = None) -> None:
    """Write the bundle for the zip at ``zip_path`` to ``out`` (header completed here)."""
    digest = hashlib.sha256()
    with zip_path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    header = {**header, "format": FORMAT, "encrypted": passphrase is not None,
              "payload_sha256": digest.hexdigest(), "payload_size": zip_path.stat().st_size}
    key = None
    if passphrase is not None:
        salt, nonce = os.urandom(SALT_SIZE), os.urandom(NONCE_SIZE)
        key, check = _keys(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        header.update(cipher="AES-256-GCM", nonce=_b64(nonce), passphrase_check=check,
                      kdf={"name": "scrypt", "salt": _b64(salt), "n": SCRYPT_N,
                           "r": SCRYPT_R, "p": SCRYPT_P})
    raw = json.dumps(header, sort_keys=True, ensure_ascii=True).encode("ascii") + b"\n"
    out.write(MAGIC)
    out.write(raw)
    with zip_path.open("rb") as fh:
        if key is None:
            shutil.copyfileobj(fh, out, CHUNK)
            return
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        encryptor = Cipher(algorithms.AES(key), modes.GCM(base64.b64decode(header["nonce"]))
                           ).encryptor()
        encryptor.authenticate_additional_data(raw)
        while chunk := fh.read(CHUNK):
            if cancel is not None and cancel():
                raise BundleError(translate("services.bundle_format", "Handing over was cancelled; no file was written"))
            out.write(encryptor.update(chunk))
        out.write(encryptor.finalize())
        out.write(encryptor.tag)


def read_header(path: Path) -> Header:
    """The bundle's header; raises BundleError for anything that is not a bundle we can read."""
    name = path.name
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(MAGIC))
            line = fh.readline(HEADER_LIMIT)
    except FileNotFoundError:
        raise BundleError(translate("services.bundle_format", "There is no file {path}").format(
            path=path)) from None
    except OSError as exc:
        raise BundleError(translate("services.bundle_format", "Could not read {name}: {reason}").format(
            name=name, reason=exc.strerror or exc)) from None
    if magic != MAGIC:
        raise BundleError(translate("services.bundle_format", "{name} is not a Lifebook case bundle").format(
            name=name))
    try:
        data = json.loads(line)
        if not isinstance(data, dict) or not line.endswith(b"\n"):
            raise ValueError
    except ValueError:
        raise BundleError(translate("services.bundle_format", "{name} is damaged: its header cannot be "
                                                              "read").format(name=name)) from None
    fmt = data.get("format")
    if not isinstance(fmt, int):
        raise BundleError(translate("services.bundle_format", "{name} is damaged: its header cannot be "
                                                              "read").format(name=name))
    if fmt > FORMAT:
        raise BundleError(translate("services.bundle_format", "{name} was made by a newer version of "
                                                              "Lifebook ({version}); please update "
                                                              "Lifebook to bring it in").format(
                                                                  name=name, version=data.get('lifebook', 'unknown')))
    return Header(data, line, len(MAGIC) + len(line))


def _damaged(name: str) -> BundleError:
    return BundleError(translate("services.bundle_format", "{name} is damaged or has been changed "
                                                           "since it was made, so it was not brought "
                                                           "in. Ask for the file to be sent again").format(
                                                               name=name))


def open_payload(path: Path, header: Header, passphrase: str | None, into: Path) -> Path:
    """Check the payload and put the plain zip at ``into``; raises BundleError."""
    name = path.name
    data = header.data
    size = path.stat().st_size - header.payload_offset
    expected = int(data.get("payload_size", -1))
    stored = expected + (TAG_SIZE if header.encrypted else 0)
    if size < stored:
        raise BundleError(translate("services.bundle_format", "{name} is incomplete: it is shorter than "
                                                              "when it was made. Ask for the file to be "
                                                              "sent again").format(name=name))
    if size > stored:
        raise _damaged(name)
    digest = hashlib.sha256()
    with path.open("rb") as src, into.open("wb") as out:
        src.seek(header.payload_offset)
        if not header.encrypted:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
        else:
            if not passphrase:
                raise BundleError(translate("services.bundle_format", "{name} is protected by a passphrase; "
                                                                      "please enter it").format(name=name))
            try:
                kdf = data["kdf"]
                n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
                salt, nonce = base64.b64decode(kdf["salt"]), base64.b64decode(data["nonce"])
            except (KeyError, TypeError, ValueError):
                raise _damaged(name) from None
            if kdf.get("name") != "scrypt" or n < 2 or n & (n - 1) or not 1 <= r <= 32 \
                    or not 1 <= p <= 16 or 128 * n * r > SCRYPT_MEMORY_MAX:
                raise _damaged(name)  # a crafted header must not exhaust the memory
            key, check = _keys(passphrase, salt, n, r, p)
            if not hmac.compare_digest(check, str(data.get("passphrase_check", ""))):
                raise BundleError(translate("services.bundle_format", "The passphrase is not the one {name} was "
                                                                      "protected with. Nothing was brought in").format(name=name))
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

            src.seek(header.payload_offset + expected)
            tag = src.read(TAG_SIZE)
            src.seek(header.payload_offset)
            decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
            decryptor.authenticate_additional_data(header.raw)
            left = expected
            while left > 0:
                chunk = src.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                plain = decryptor.update(chunk)
                digest.update(plain)
                out.write(plain)
            try:
                out.write(decryptor.finalize())
            except InvalidTag:
                raise _damaged(name) from None
    if digest.hexdigest() != data.get("payload_sha256"):
        raise _damaged(name)
    return into
