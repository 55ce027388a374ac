"""What stops the activation outbox, told apart (:class:`OutboxProblem`), and the errors its
calls raise (:class:`OutboxError`, :class:`OutboxFull`): a fault of the place the file lives
(full, read-only, no permission, locked by another program, a disk error) or a damaged file.
"""

from __future__ import annotations

import enum
import errno
import shutil
import sqlite3
from pathlib import Path


class OutboxProblem(enum.StrEnum):
    """Why the outbox cannot do its work (the service screen and the heartbeat name it)."""

    FULL = "full"  # no space on the disk (or the outbox's size cap)
    READ_ONLY = "read-only"  # the file, its -wal or -shm file, or the folder cannot be written
    PERMISSION = "permission"  # the file or its folder cannot be opened at all
    BUSY = "busy"  # another program holds the database locked
    IO_ERROR = "io-error"  # the disk failed a read or a write (or SQLite gave another error)
    CORRUPT = "corrupt"  # the file is damaged: set aside, a new one started
    ROWS_MISSING = "rows-missing"  # the file holds fewer rows than were recorded beside it


_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: OutboxProblem.FULL,
    sqlite3.SQLITE_READONLY: OutboxProblem.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: OutboxProblem.PERMISSION,
    sqlite3.SQLITE_PERM: OutboxProblem.PERMISSION,
    sqlite3.SQLITE_AUTH: OutboxProblem.PERMISSION,
    sqlite3.SQLITE_BUSY: OutboxProblem.BUSY,
    sqlite3.SQLITE_LOCKED: OutboxProblem.BUSY,
    sqlite3.SQLITE_CORRUPT: OutboxProblem.CORRUPT,
    sqlite3.SQLITE_NOTADB: OutboxProblem.CORRUPT,
}
_ERRNO_PROBLEMS = {
    errno.ENOSPC: OutboxProblem.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): OutboxProblem.FULL,
    errno.EROFS: OutboxProblem.READ_ONLY,
    errno.EACCES: OutboxProblem.PERMISSION,
    errno.EPERM: OutboxProblem.PERMISSION,
}

DESCRIPTIONS = {
    OutboxProblem.FULL: "the disk is full",
    OutboxProblem.READ_ONLY: "the outbox file, its -wal/-shm file or its folder is read-only",
    OutboxProblem.PERMISSION: "the outbox file or its folder cannot be opened (permissions?)",
    OutboxProblem.BUSY: "another program holds the outbox database locked",
    OutboxProblem.IO_ERROR: "the outbox file could not be read or written",
    OutboxProblem.CORRUPT: "the outbox file is damaged",
    OutboxProblem.ROWS_MISSING: "the outbox file holds fewer rows than recorded",
}


def problem_of(error: BaseException) -> OutboxProblem:
    """What an error of SQLite or of the file system says about the outbox."""
    if isinstance(error, OutboxUnusable):
        return error.problem
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is None:
            return OutboxProblem.IO_ERROR
        return _SQLITE_PROBLEMS.get(code & 0xFF, OutboxProblem.IO_ERROR)
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNO_PROBLEMS.get(error.errno, OutboxProblem.IO_ERROR)
    return OutboxProblem.IO_ERROR


#: Less room than this on the disk (the -shm file, a few pages of WAL) is a full disk.
_NEARLY_FULL_BYTES = 64 * 1024


def disk_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has less room than SQLite needs to grow (unknown: no)."""
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


class OutboxUnusable(Exception):
    """The file opened, yet cannot serve: ``PRAGMA quick_check`` failed, a damaged file cannot be
    set aside, SQLite kept another journal mode than WAL."""

    def __init__(self, problem: OutboxProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem


class OutboxError(Exception):
    """The outbox could not do what was asked; nothing was changed.

    ``problem`` says why (None: the outbox was closed)."""

    def __init__(self, message: str, problem: OutboxProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


class OutboxFull(OutboxError):
    """The disk (or the outbox's size cap) is full: the activation was not recorded."""

    def __init__(self, message: str) -> None:
        super().__init__(message, OutboxProblem.FULL)


def error_for(problem: OutboxProblem, detail: str) -> OutboxError:
    if problem is OutboxProblem.FULL:
        return OutboxFull(f"the disk is full: the activation outbox cannot grow ({detail})")
    return OutboxError(f"activation outbox: {DESCRIPTIONS[problem]} ({detail})", problem)
