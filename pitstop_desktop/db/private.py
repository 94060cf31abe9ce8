"""Local files readable by their owner only: the SQLite database and the intake outbox.

Both hold personal data (password hashes, callers' phones, call summaries). Created with the process's umask they
would be 0644, readable by every local user. SQLite creates a database's ``-wal``, ``-shm`` and journal files with
the permissions of the database file itself, so creating the main file 0600 before SQLite opens it covers them.
"""

from __future__ import annotations

import os
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; the folder created last is 0700 on POSIX."""
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if it does not exist yet, before anything is written to it.

    ``O_EXCL`` with the mode given to ``open`` sets the permissions atomically at creation (the umask can only
    take bits away). An existing file is left as it is: its owner chose its permissions. On Windows nothing is
    done here: the file lives in the user's profile (``%LOCALAPPDATA%``), whose ACLs already keep other users
    out, and POSIX modes mean little there.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return
    except OSError:  # a folder gone, a read-only disk: SQLite's own open fails next and says so in its words
        return
    os.close(fd)
