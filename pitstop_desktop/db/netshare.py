"""Refuse SQLite files on network shares: SQLite's WAL mode does not work over a network filesystem."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "fuse.sshfs", "sshfs", "davfs",
    "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone",
})


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    if sys.platform == "win32":  # ctypes.windll exists only there, and mypy checks it only there
        import ctypes

        drive_type: int = ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\")
        return drive_type == 4  # DRIVE_REMOTE
    else:
        return False


def _mount_fstype(path: Path, mounts_text: str) -> str | None:
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: str | os.PathLike[str], mounts_text: str | None = None) -> bool:
    """True for UNC paths, mapped network drives and folders mounted from NFS/SMB/SSHFS and the like."""
    raw = os.fspath(path)
    if raw.startswith(("\\\\", "//")):
        return True
    resolved = Path(raw).expanduser().absolute()
    if sys.platform == "win32" and resolved.drive:  # pragma: no cover - Windows only
        return _windows_drive_is_remote(resolved)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return False
    fstype = _mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS
