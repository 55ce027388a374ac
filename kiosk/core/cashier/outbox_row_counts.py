"""The small file beside the outbox database (``<name>.rows``): a lower bound of the rows the
database holds, queued and refused, with a checksum. A file that opens with fewer rows than
recorded here lost some (:mod:`kiosk.core.cashier.outbox`)."""

from __future__ import annotations

import logging
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk.outbox")


@dataclass(frozen=True, slots=True)
class RowCounts:
    queued: int
    dead: int

    @property
    def total(self) -> int:
        return self.queued + self.dead

    def fewer_than(self, other: RowCounts) -> bool:
        return self.queued < other.queued or self.dead < other.dead

    def lower(self, other: RowCounts) -> RowCounts:
        return RowCounts(min(self.queued, other.queued), min(self.dead, other.dead))


_ROWS_PATTERN = re.compile(r"outbox rows: queued (\d{10}) refused (\d{10}) crc32 ([0-9a-f]{8})\n")


def rows_file(database: Path) -> Path:
    """The side file holding a lower bound of the rows in ``database``."""
    return database.with_name(database.name + ".rows")


def read_row_counts(path: Path) -> RowCounts | None:
    """The counts recorded in a side file; None when there is none or it cannot be trusted."""
    try:
        text = path.read_bytes().decode("ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("activation outbox: %s unreadable (%s); rows not checked", path.name, error)
        return None
    match = _ROWS_PATTERN.fullmatch(text)
    if match is None or int(match[3], 16) != zlib.crc32(text[: match.start(3)].encode()):
        log.warning("activation outbox: %s is damaged; rows not checked", path.name)
        return None
    return RowCounts(int(match[1]), int(match[2]))


def write_row_counts(path: Path, counts: RowCounts) -> None:
    """Overwrite the side file in place: one short write of a fixed length, so a full disk or a
    folder without write permission does not stop it, and the checksum tells a torn one."""
    head = f"outbox rows: queued {counts.queued:010d} refused {counts.dead:010d} crc32 "
    data = f"{head}{zlib.crc32(head.encode()):08x}\n".encode("ascii")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)
