"""Passwords remembered on this computer ("Lembrar neste computador"), kept in the operating system's credential
store through ``keyring`` — Windows Credential Manager, the Secret Service (GNOME Keyring, KWallet) on Linux, the
macOS Keychain — and never in a plain file or QSettings.

Each password is filed under the service ``Pit Stop: <database>`` (``host:port/dbname`` of the office server, or the
SQLite file's full path) and the person's login, so the same login on two databases keeps two passwords, and
Credential Manager shows an administrator what each entry is for.

The store is an operating-system service: it may be missing (a headless Linux without D-Bus), locked or refuse.
Nothing here raises because of it; it answers "not available" or "nothing kept" and logs why. ``keyring`` is
imported only here, inside the functions, so the command line never pays for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pitstop_desktop.db import Database
from pitstop_desktop.domain.errors import NotPermitted
from pitstop_desktop.services import accounts

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Pit Stop"


def database_identity(db: Database) -> str | None:
    """Which database a password is for: ``host:port/dbname``, or the SQLite file's full path (None for a database
    in memory, whose passwords are worth nothing tomorrow)."""
    url = db.url
    if db.is_sqlite:
        if not url.database or url.database == ":memory:" or url.query.get("uri"):
            return None
        return str(Path(url.database).expanduser().resolve())
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def service_name(identity: str) -> str:
    return f"{SERVICE}: {identity}"


def _usable(backend: KeyringBackend) -> bool:
    """A real store: not keyring's "fail" or "null" stand-ins, nor keyrings.alt's files (plain or asking for a
    master password on a console nobody sees)."""
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot say is one we cannot trust
        return False


def _backend() -> KeyringBackend | None:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # an OS service: whatever goes wrong, the seat signs in without it
        log.warning("no credential store: %s", exc)
        return None
    return backend if _usable(backend) else None


def available() -> bool:
    """The computer has a credential store Pit Stop may keep passwords in."""
    return _backend() is not None


@dataclass(frozen=True)
class Recalled:
    """What the store knows when the sign-in window opens: whether it is there at all, and the password kept for
    the last login on this database (None: none kept)."""

    available: bool
    password: str | None = None


def recall(identity: str | None, login: str | None) -> Recalled:
    """The password kept for ``login`` on the database ``identity`` (read on the worker: a store may be slow)."""
    backend = _backend() if identity is not None else None
    if backend is None or identity is None:
        return Recalled(False)
    if not login:
        return Recalled(True)
    try:
        return Recalled(True, backend.get_password(service_name(identity), login) or None)
    except Exception as exc:
        log.warning("could not read the credential store: %s", exc)
        return Recalled(True)


def keep(identity: str | None, login: str, password: str) -> bool:
    """Keep (or replace) ``login``'s password for this database; False when the store refused (logged)."""
    backend = _backend() if identity is not None else None
    if backend is None or identity is None or not password:
        return False
    try:
        backend.set_password(service_name(identity), login, password)
    except Exception as exc:
        log.warning("could not keep the password of %s in the credential store: %s", login, exc)
        return False
    return True


def forget(identity: str | None, login: str) -> None:
    """Drop ``login``'s kept password for this database, if there is one."""
    backend = _backend() if identity is not None else None
    if backend is None or identity is None:
        return
    try:
        if backend.get_password(service_name(identity), login) is not None:
            backend.delete_password(service_name(identity), login)
    except Exception as exc:
        log.warning("could not drop the password of %s from the credential store: %s", login, exc)


def sign_in_remembering(db: Database, login: str, password: str, *, remember: bool,
                        recalled: str | None) -> accounts.SignedIn:
    """:func:`accounts.sign_in`, then the store follows the person's choice: the password kept when "remember" is
    ticked, dropped when it is not. ``recalled`` is the password the window filled in from the store for this
    login (None: typed): when the server turns that one away it was changed elsewhere, and is dropped too."""
    identity = database_identity(db)
    try:
        signed = accounts.sign_in(db, login, password)
    except NotPermitted as refusal:
        if refusal.code == "permission.bad_credentials" and recalled is not None and password == recalled:
            forget(identity, login)
        raise
    if remember:
        if password != recalled:
            keep(identity, login, password)
    else:
        forget(identity, login)
    return signed
