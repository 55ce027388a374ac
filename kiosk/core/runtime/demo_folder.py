"""The demo's folder: where ``kiosk --demo`` keeps its session, the demo central's database and
the activation outbox, both of which hold the full numbers of the cards scanned.

One folder per user, ``demo`` in the platform's state folder (``~/.local/state/loyalty-kiosk/demo``
on Linux). It is wiped when the demo ends (leaving kiosk mode, closing the window, SIGTERM, Ctrl+C).
A demo that did not end (killed, the power gone) leaves it as it was, and the next ``kiosk --demo``
goes on with that session: its central has the cards activated and the accounts registered so
far, and the activations still queued in the outbox go out. That session is wiped when it ends.

A demo owns its folder by a lock on the folder's ``.lock`` file, which the operating system
releases when the process ends, however it ends; so a folder whose lock is free belongs to no
running demo. A second demo running at the same time gets a folder of its own beside the first
(``demo-*``), wiped and removed when it ends; one that a killed demo left is removed by the next
start, as is anything a start killed half-way left (only the shared folder is resumed).

Kiosks before this folder existed kept a demo's data in ``kiosk-demo-*`` folders in the temp
directory and left them behind when killed, card numbers and all; a demo start removes those of
its user (no kiosk of today makes them, so none is in use).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

#: The shared demo folder, in the platform's per-user state folder.
FOLDER_NAME = "demo"
#: The lock file in every demo folder (also what wiping a folder leaves).
LOCK_NAME = ".lock"
#: The demo central's database, in the demo folder.
DATABASE_NAME = "central.sqlite3"
#: The temp-directory folders of earlier kiosks' demos.
LEGACY_TEMP_PATTERN = "kiosk-demo-*"


def default_demo_base() -> Path:
    """Where demo folders go: the platform's per-user state folder of the kiosk."""
    import platformdirs

    from kiosk.core.runtime.config import APP_NAME

    return platformdirs.user_state_path(APP_NAME)


def _try_lock(path: Path) -> BinaryIO | None:
    """An open handle holding an exclusive lock on ``path`` (created if need be), or None
    when another process holds it."""
    handle = path.open("a+b")
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


class DemoFolder:
    """A demo session's folder, held (locked) until :meth:`close` wipes it."""

    def __init__(self, path: Path, lock: BinaryIO, *, shared: bool, resumed: bool) -> None:
        self.path = path
        #: A demo that did not end left its session here, and this one goes on with it.
        self.resumed = resumed
        self._lock: BinaryIO | None = lock
        self._shared = shared

    @property
    def database(self) -> Path:
        return self.path / DATABASE_NAME

    def close(self) -> None:
        """The demo ended: wipe what it kept and give the folder up. Idempotent."""
        if self._lock is None:
            return
        lock, self._lock = self._lock, None
        if self._shared:
            # The lock file stays: a demo starting meanwhile locks the same file, never a new
            # one made while this one still holds the old.
            _wipe(self.path, keep=LOCK_NAME)
            lock.close()
        else:
            lock.close()  # first: Windows removes no open file
            shutil.rmtree(self.path, ignore_errors=True)


def _wipe(folder: Path, *, keep: str) -> None:
    for entry in folder.iterdir():
        if entry.name == keep:
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as error:  # a file another program holds open (Windows): logged
            log.warning("demo folder: %s not removed: %s", entry.name, error)


def open_demo_folder(base: Path | None = None, *, temp_dir: Path | None = None) -> DemoFolder:
    """The demo session's folder under ``base`` (default: :func:`default_demo_base`): the shared
    one, resumed if a demo that did not end left its session there, or, while another demo holds
    it, one of this demo's own. Folders that killed demos of their own left are removed, and
    earlier kiosks' demo folders in ``temp_dir`` when given (the kiosk gives the temp
    directory)."""
    base = base if base is not None else default_demo_base()
    if temp_dir is not None:
        _remove_legacy_temp_folders(temp_dir)
    base.mkdir(parents=True, exist_ok=True)
    # One start at a time claims and sweeps (a moment: no start waits for a running demo).
    claim = base / f"{FOLDER_NAME}.lock"
    with claim.open("a+b") as claiming:
        _wait_for_lock(claiming)
        _remove_left_over_own_folders(base)
        shared = base / FOLDER_NAME
        shared.mkdir(mode=0o700, exist_ok=True)
        lock = _try_lock(shared / LOCK_NAME)
        if lock is not None:
            resumed = any(entry.name != LOCK_NAME for entry in shared.iterdir())
            return DemoFolder(shared, lock, shared=True, resumed=resumed)
        own = Path(tempfile.mkdtemp(prefix=f"{FOLDER_NAME}-", dir=base))
        own_lock = _try_lock(own / LOCK_NAME)
        assert own_lock is not None, "a new folder is locked by nobody else"
        return DemoFolder(own, own_lock, shared=False, resumed=False)


def _wait_for_lock(handle: BinaryIO) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # retries for 10 s, then raises
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # released when the handle is closed


def _remove_legacy_temp_folders(temp_dir: Path) -> None:
    """Remove this user's ``kiosk-demo-*`` folders that earlier kiosks left in ``temp_dir``."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    for folder in temp_dir.glob(LEGACY_TEMP_PATTERN):
        try:
            if not folder.is_dir() or folder.is_symlink():
                continue
            if uid is not None and folder.stat().st_uid != uid:
                continue  # another user's: not ours to read or remove
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        log.info("demo: removed an earlier kiosk's demo folder %s", folder.name)


def _remove_left_over_own_folders(base: Path) -> None:
    """Remove the ``demo-*`` folders no running demo holds (their demos were killed)."""
    for folder in base.glob(f"{FOLDER_NAME}-*"):
        if not folder.is_dir():
            continue
        lock_path = folder / LOCK_NAME
        # No lock file: a start killed before it locked its folder (with the claim lock held,
        # no start is half-way through making one now).
        if lock_path.exists():
            lock = _try_lock(lock_path)
            if lock is None:
                continue  # a running demo's
            lock.close()  # first: Windows removes no open file; no start claims meanwhile
        shutil.rmtree(folder, ignore_errors=True)
