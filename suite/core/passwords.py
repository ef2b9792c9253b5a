"""Password hashing with Argon2id (argon2-cffi's defaults follow RFC 9106)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
#: (hasher, hash of a random password made with it): verified for unknown user names, so that
#: an unknown name costs the same work as a known one with a wrong password
_dummy: tuple[PasswordHasher, str] | None = None


#: password -> hash, while :func:`one_hash_per_password` is active
_reuse: dict[str, str] | None = None


def hash_password(password: str) -> str:
    if _reuse is not None:
        made = _reuse.get(password)
        if made is None:
            made = _reuse[password] = _hasher.hash(password)
        return made
    return _hasher.hash(password)


@contextmanager
def one_hash_per_password() -> Iterator[None]:
    """Within the block, accounts given the same password share one hash (one salt) instead of
    paying Argon2's full cost for each. Only for the demo database, whose accounts all have
    the published demo password: a salt protects nothing there. Real accounts never use it."""
    global _reuse
    previous, _reuse = _reuse, {}
    try:
        yield
    finally:
        _reuse = previous


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError, UnicodeEncodeError):
        return False


def dummy_hash() -> str:
    """A hash made with the current parameters that no password matches (made once)."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash(secrets.token_urlsafe(24)))
    return _dummy[1]


def verify_dummy(password: str) -> bool:
    """The work of :func:`verify_password` for a user that does not exist. Always False."""
    verify_password(dummy_hash(), password)
    return False


def needs_rehash(stored: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Swap the hasher (the test fixtures use a cheap one); returns the previous one."""
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous
