"""The demo's folder: one per user, wiped when the demo ends, resumed after a demo that did not
end, a folder of its own for a second demo running meanwhile, and nothing left by killed ones."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.runtime.demo_folder import LOCK_NAME, DemoFolder, open_demo_folder


def _contents(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if entry.name != LOCK_NAME)


class KilledDemo:
    """A demo in a child process that takes its folder, writes into it, and is then killed
    (SIGKILL: nothing of its own runs after)."""

    def __init__(self, base: Path) -> None:
        code = (
            "import sys, time\n"
            "from pathlib import Path\n"
            "from kiosk.core.runtime.demo_folder import open_demo_folder\n"
            "folder = open_demo_folder(Path(sys.argv[1]))\n"
            "(folder.path / 'activation-outbox.sqlite3').write_text('2990000020017')\n"
            "print(folder.path, flush=True)\n"
            "time.sleep(60)\n"
        )
        self.child = subprocess.Popen(
            [sys.executable, "-c", code, str(base)], stdout=subprocess.PIPE, text=True
        )
        assert self.child.stdout is not None
        self.path = Path(self.child.stdout.readline().strip())

    def kill(self) -> None:
        self.child.kill()
        self.child.communicate()


@pytest.fixture
def opened() -> Iterator[list[DemoFolder]]:
    folders: list[DemoFolder] = []
    yield folders
    for folder in folders:
        folder.close()


def test_the_demo_folder_is_wiped_when_the_demo_ends(tmp_path: Path) -> None:
    folder = open_demo_folder(tmp_path)
    assert folder.path == tmp_path / "demo"
    assert not folder.resumed
    folder.database.write_bytes(b"cards")
    (folder.path / "activation-outbox.sqlite3-wal").write_bytes(b"queued")
    folder.close()
    folder.close()  # idempotent

    assert _contents(tmp_path / "demo") == []
    again = open_demo_folder(tmp_path)
    assert (again.path, again.resumed) == (tmp_path / "demo", False)
    again.close()


def test_a_demo_that_did_not_end_is_resumed_then_wiped(tmp_path: Path) -> None:
    killed = KilledDemo(tmp_path)
    killed.kill()
    assert killed.path == tmp_path / "demo"

    folder = open_demo_folder(tmp_path)
    assert folder.path == killed.path
    assert folder.resumed
    assert _contents(folder.path) == ["activation-outbox.sqlite3"]
    folder.close()
    assert _contents(folder.path) == []


def test_a_second_demo_meanwhile_gets_a_folder_of_its_own(
    tmp_path: Path, opened: list[DemoFolder]
) -> None:
    first = open_demo_folder(tmp_path)
    opened.append(first)
    (first.path / "activation-outbox.sqlite3").write_text("first")
    second = open_demo_folder(tmp_path)
    opened.append(second)

    assert second.path != first.path
    assert second.path.parent == tmp_path and second.path.name.startswith("demo-")
    assert not second.resumed
    (second.path / "activation-outbox.sqlite3").write_text("second")
    second.close()
    assert not second.path.exists()
    assert _contents(first.path) == ["activation-outbox.sqlite3"], "the first demo's is its own"


def test_folders_of_killed_second_demos_go_at_the_next_start(
    tmp_path: Path, opened: list[DemoFolder]
) -> None:
    opened.append(open_demo_folder(tmp_path))  # the shared folder, held by a running demo
    killed = KilledDemo(tmp_path)
    killed.kill()
    half_made = tmp_path / "demo-killed-before-it-locked"
    half_made.mkdir()
    assert killed.path.name.startswith("demo-") and killed.path.exists()

    running = KilledDemo(tmp_path)  # the next start, which keeps running
    try:
        assert not killed.path.exists()
        assert not half_made.exists()
        opened.append(open_demo_folder(tmp_path))  # and one more: the running demo's stays
        assert _contents(running.path) == ["activation-outbox.sqlite3"]
    finally:
        running.kill()


def test_earlier_kiosks_demo_folders_in_the_temp_directory_go_at_a_demo_start(
    tmp_path: Path, opened: list[DemoFolder]
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    left = temp / "kiosk-demo-y9r5eyln"
    left.mkdir()
    (left / "activation-outbox.sqlite3").write_text("2990000020017")
    others = [temp / "kiosk-bench-1", temp / "kiosk-demo-note.txt"]
    others[0].mkdir()
    others[1].write_text("not a folder")

    opened.append(open_demo_folder(tmp_path / "state", temp_dir=temp))

    assert not left.exists()
    assert all(path.exists() for path in others)
