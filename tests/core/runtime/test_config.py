"""The kiosk config: TOML loading, validation messages, where the file is, the service PIN."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import tomllib
from pathlib import Path

import platformdirs
import pytest

from kiosk.core.runtime.config import (
    ConfigError,
    KioskConfig,
    ScannerSettings,
    demo_config,
    hash_service_pin,
    load_config,
    resolve_config_path,
    verify_service_pin,
)

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "docs" / "config.example.toml"

MINIMAL = """\
[central]
url = "https://loyalty.example.by"
terminal_id = "STORE12-K1"
token = "t0ken"
"""


def _write(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message, message
    assert str(path) in message, message
    return message


# --- valid files ------------------------------------------------------------------------------


def test_minimal_file_gets_the_documented_defaults(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, MINIMAL))
    assert config == KioskConfig(
        central_url="https://loyalty.example.by", terminal_id="STORE12-K1", token="t0ken"
    )
    assert config.scanner == ScannerSettings(
        min_length=8, max_avg_gap_ms=30, flush_ms=100, keyboard_wedge=True, serial_baudrate=9600
    )
    assert (config.idle_seconds, config.language, config.hide_cursor) == (30, "ru", True)


#: Another value the loader accepts, for defaults whose neighbour it would refuse.
_OTHER_DEFAULTS: dict[str, object] = {"language": "be", "serial_baudrate": 19200}


def _another(name: str, value: object) -> object:
    if name in _OTHER_DEFAULTS:
        return _OTHER_DEFAULTS[name]
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    return hash_service_pin("2468") if name == "service_pin_hash" else value


@pytest.mark.parametrize("settings", [KioskConfig, ScannerSettings])
def test_a_missing_key_gets_the_dataclass_default_written_nowhere_else(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: type[KioskConfig] | type[ScannerSettings],
) -> None:
    # Every default changed in the dataclass alone: the loader follows each one.
    changed = {
        field.name: _another(field.name, field.default)
        for field in dataclasses.fields(settings)
        # None is "not set"; turning the wedge off leaves no scanner (its own error).
        if field.default not in (None, dataclasses.MISSING) and field.name != "keyboard_wedge"
    }
    assert all(changed[name] != getattr(settings, name) for name in changed)
    for name, value in changed.items():
        monkeypatch.setattr(settings, name, value)

    config = load_config(_write(tmp_path, MINIMAL))

    loaded = config if settings is KioskConfig else config.scanner
    assert {name: getattr(loaded, name) for name in changed} == changed


def test_every_key_is_read(tmp_path: Path) -> None:
    (tmp_path / "certs").mkdir()
    (tmp_path / "certs" / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    pin_hash = hash_service_pin("2468")
    text = f"""\
[central]
url = "http://10.0.0.5:8080/api/"
terminal_id = "K-7"
token = "abc.DEF-123"
ca_bundle = "certs/ca.pem"
connect_timeout = 1
read_timeout = 4.5

[kiosk]
language = "be"
idle_seconds = 45
still_here_seconds = 25
hide_cursor = false
service_pin_hash = "{pin_hash}"

[scanner]
min_length = 5
max_avg_gap_ms = 40
flush_ms = 150
keyboard_wedge = false
serial_port = "/dev/ttyACM0"
serial_baudrate = 115200

[logging]
dir = "logs"

[accessibility]
large_text = true
high_contrast = true
"""
    config = load_config(_write(tmp_path, text))
    assert config == KioskConfig(
        central_url="http://10.0.0.5:8080/api",
        terminal_id="K-7",
        token="abc.DEF-123",
        ca_bundle=str(tmp_path / "certs" / "ca.pem"),
        connect_timeout=1.0,
        read_timeout=4.5,
        idle_seconds=45,
        still_here_seconds=25,
        hide_cursor=False,
        service_pin_hash=pin_hash,
        language="be",
        scanner=ScannerSettings(
            min_length=5,
            max_avg_gap_ms=40,
            flush_ms=150,
            keyboard_wedge=False,
            serial_port="/dev/ttyACM0",
            serial_baudrate=115200,
        ),
        log_dir=str(tmp_path / "logs"),
        large_text=True,
        high_contrast=True,
    )
    assert verify_service_pin("2468", config.service_pin_hash)


def test_example_file_loads_and_documents_every_key() -> None:
    config = load_config(EXAMPLE)
    assert config.terminal_id == "STORE12-K1"
    text = EXAMPLE.read_text(encoding="utf-8")
    # Commented-out keys count as documented: un-comment them all and read the keys back.
    uncommented = re.sub(r"(?m)^# ([a-z_]+ = )", r"\1", text)
    documented = {
        (section, key) for section, values in tomllib.loads(uncommented).items() for key in values
    }
    expected = {
        ("central", "url"),
        ("central", "terminal_id"),
        ("central", "token"),
        ("central", "ca_bundle"),
        ("central", "connect_timeout"),
        ("central", "read_timeout"),
        ("central", "call_deadline"),
        ("kiosk", "language"),
        ("kiosk", "idle_seconds"),
        ("kiosk", "still_here_seconds"),
        ("kiosk", "price_seconds"),
        ("kiosk", "hide_cursor"),
        ("kiosk", "service_pin_hash"),
        ("kiosk", "staff_idle_seconds"),
        ("kiosk", "heartbeat_seconds"),
        ("kiosk", "support_phone"),
        ("kiosk", "data_dir"),
        ("scanner", "min_length"),
        ("scanner", "max_avg_gap_ms"),
        ("scanner", "flush_ms"),
        ("scanner", "keyboard_wedge"),
        ("scanner", "serial_port"),
        ("scanner", "serial_baudrate"),
        ("logging", "dir"),
        ("accessibility", "large_text"),
        ("accessibility", "high_contrast"),
    }
    assert documented == expected
    # Every setting of the dataclasses has a key in the file.
    fields = {f.name for f in dataclasses.fields(KioskConfig)} - {"scanner", "central_url"}
    fields |= {f.name for f in dataclasses.fields(ScannerSettings)}
    assert fields - {"log_dir"} <= {key for _, key in documented}


# --- files that cannot be read ------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    message = _error(tmp_path / "nope.toml")
    assert "not found" in message and "--config" in message and "KIOSK_CONFIG" in message


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL)
    path.chmod(0)
    assert "permission denied" in _error(path)


def test_nul_in_path_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(tmp_path / "a\0b.toml")


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL + "idle_seconds 30\n")
    message = _error(path)
    assert "not valid TOML" in message and "line 5" in message


def test_unquoted_text_value(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL.replace('"t0ken"', "t0ken"))
    message = _error(path)
    assert "not valid TOML" in message and "line 4" in message and "quotes" in message


def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Windows Notepad's "UTF-8" puts a BOM first; TOML alone would call line 1 invalid.
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    assert load_config(path).terminal_id == "STORE12-K1"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    # Opening a pipe nobody writes to would block start-up forever.
    pipe = tmp_path / "kiosk.toml"
    os.mkfifo(pipe)
    assert "not a regular file" in _error(pipe)


def test_call_deadline_defaults_to_connect_plus_read_and_is_configurable(
    tmp_path: Path,
) -> None:
    from kiosk.core.client import CentralClient

    default = load_config(_write(tmp_path, MINIMAL + "read_timeout = 4.0\n"))
    assert default.call_deadline is None
    assert CentralClient.for_config(default).call_deadline == 3.0 + 4.0
    chosen = load_config(_write(tmp_path, MINIMAL + "call_deadline = 20.0\n"))
    assert CentralClient.for_config(chosen).call_deadline == 20.0
    message = _error(_write(tmp_path, MINIMAL + "call_deadline = 0\n"))
    assert "call_deadline" in message


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(bytes(range(256)) * 4)
    assert "UTF-8" in _error(path)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(MINIMAL.encode() + "# Киоск\n".encode("cp1251"))
    message = _error(path)
    assert "UTF-8" in message and "line 5" in message


def test_huge_file(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL + "#" * (2 * 1024 * 1024) + "\n")
    assert "larger than" in _error(path)


def test_deeply_nested_value(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL + "[logging]\ndir = " + "[" * 50_000 + "]" * 50_000 + "\n")
    _error(path)


def test_empty_file_says_central_is_missing(tmp_path: Path) -> None:
    assert "[central] section is missing" in _error(_write(tmp_path, ""))


@pytest.mark.slow
def test_random_mutations_of_the_example_give_only_config_errors(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    rng = random.Random(20240611)
    junk = ['"', "[", "]", "=", "\n", "#", "x", "0", "-", ".", "\\", "'", "true", "{", "é"]
    path = tmp_path / "kiosk.toml"
    outcomes = {"ok": 0, "error": 0}
    for _ in range(300):
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(chars))
            if rng.random() < 0.5:
                del chars[position]
            else:
                chars.insert(position, rng.choice(junk))
        path.write_text("".join(chars), encoding="utf-8")
        try:
            load_config(path)
            outcomes["ok"] += 1
        except ConfigError as exc:
            assert "\n" not in str(exc)
            outcomes["error"] += 1
    assert outcomes["error"] > 50  # the mutations really broke files


# --- values that are wrong ----------------------------------------------------------------------


def _with(section: str, line: str) -> str:
    """MINIMAL with ``line`` added to ``section`` (replacing a key of the same name)."""
    key = line.split("=")[0].strip()
    lines = [ln for ln in MINIMAL.splitlines() if ln.split("=")[0].strip() != key]
    text = "\n".join(lines) + "\n"
    if section == "central":
        return text + line + "\n"
    return text + f"[{section}]\n{line}\n"


@pytest.mark.parametrize(
    ("section", "line", "expected"),
    [
        ("central", 'url = "ftp://loyalty.example.by"', "http:// or https://"),
        ("central", 'url = "loyalty.example.by"', "http:// or https://"),
        ("central", 'url = "https://"', "with a host"),
        ("central", 'url = "https://host:99999"', "invalid port"),
        ("central", 'url = "https://host/?a=1"', "query"),
        ("central", 'url = "https://[central.example/"', "not a valid address"),
        ("central", "url = 5", "must be text"),
        ("central", 'terminal_id = "STORE 12"', "letters, digits"),
        ("central", 'terminal_id = ""', "letters, digits"),
        ("central", 'token = "two words"', "without spaces"),
        ("central", 'ca_bundle = "missing.pem"', "does not exist"),
        ("central", 'ca_bundle = ""', "is empty"),
        ("central", "connect_timeout = 0", "from 0.1 to 60"),
        ("central", "read_timeout = nan", "from 0.5 to 300"),
        ("central", "read_timeout = inf", "from 0.5 to 300"),
        ("central", 'read_timeout = "10"', "must be a number"),
        ("central", "connect_timeout = true", "must be a number"),
        ("kiosk", 'language = "de"', "'ru', 'be', 'en'"),
        ("kiosk", "language = 1", "must be text"),
        ("kiosk", 'idle_seconds = "30"', "must be a whole number"),
        ("kiosk", "idle_seconds = 30.5", "must be a whole number"),
        ("kiosk", "idle_seconds = true", "must be a whole number"),
        ("kiosk", "idle_seconds = 2", "from 5 to 3600"),
        ("kiosk", "still_here_seconds = 19", "from 20 to 300"),
        ("kiosk", 'hide_cursor = "yes"', "true or false"),
        ("kiosk", 'service_pin_hash = "0000"', "hash-pin"),
        ("kiosk", 'service_pin_hash = "scrypt$16384$8$1$AAAA$AAAA"', "hash-pin"),
        ("kiosk", "service_pin_hash = 1234", "must be text"),
        ("scanner", "min_length = 1", "from 2 to 128"),
        ("scanner", "max_avg_gap_ms = 0", "from 1 to 200"),
        ("scanner", "flush_ms = 5000", "from 20 to 2000"),
        ("scanner", "serial_baudrate = 9601", "one of 1200"),
        ("scanner", 'serial_baudrate = "9600"', "a whole number"),
        ("scanner", "serial_port = 3", "must be text"),
        ("scanner", "keyboard_wedge = false", "no scanner is enabled"),
        ("logging", "dir = []", "must be text"),
    ],
)
def test_bad_value_names_section_key_and_problem(
    tmp_path: Path, section: str, line: str, expected: str
) -> None:
    message = _error(_write(tmp_path, _with(section, line)))
    key = line.split("=")[0].strip()
    assert f"[{section}]" in message, message
    if key != "keyboard_wedge":
        assert f"{key}:" in message, message
    assert expected in message, message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://kiosk:s3cret-Pa55@central.example/", "'https://kiosk:••••@central.example/'"),
        ("https://kiosk:s3cret-Pa55@central.example:99999/", "'https://kiosk:••••@central.examp"),
        ("ftp://kiosk:s3cret@Pa55@central.example/", "'ftp://kiosk:••••@central.example/'"),
        # Long enough to be cut short in the message: cut after masking, not before.
        ("https://kiosk:s3cret-Pa55-" + "x" * 60 + "@central.example/", "'https://kiosk:••••@"),
    ],
)
def test_a_password_in_the_url_is_never_echoed(tmp_path: Path, url: str, shown: str) -> None:
    message = _error(_write(tmp_path, _with("central", f'url = "{url}"')))

    assert "[central] url:" in message
    assert shown in message
    assert "s3cret" not in message and "Pa55" not in message


def test_a_bad_token_is_never_echoed(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, _with("central", 'token = "s3cret tok3n"')))

    assert "[central] token:" in message and "without spaces" in message
    assert "s3cret" not in message and "tok3n" not in message


@pytest.mark.parametrize("key", ["url", "terminal_id", "token"])
def test_missing_required_key(tmp_path: Path, key: str) -> None:
    text = "\n".join(ln for ln in MINIMAL.splitlines() if not ln.startswith(key)) + "\n"
    message = _error(_write(tmp_path, text))
    assert f"[central] {key}: is missing" in message


def test_unknown_key_is_named(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, MINIMAL + "idle_secs = 30\n"))
    assert "unknown key 'idle_secs' in [central]" in message and "read_timeout" in message


def test_unknown_section_is_named(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, MINIMAL + "[scaner]\nflush_ms = 100\n"))
    assert "unknown section [scaner]" in message and "[scanner]" in message


def test_top_level_key_is_named(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, 'language = "ru"\n' + MINIMAL))
    assert "unknown key 'language' at the top" in message


def test_section_written_as_a_value(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, 'kiosk = "ru"\n' + MINIMAL))
    assert "'kiosk' must be a section" in message


def test_logging_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "logs").write_text("")
    message = _error(_write(tmp_path, MINIMAL + '[logging]\ndir = "logs"\n'))
    assert "is a file, not a folder" in message


def test_long_values_are_shortened_in_messages(tmp_path: Path) -> None:
    message = _error(_write(tmp_path, _with("kiosk", f'language = "{"x" * 500}"')))
    assert "x" * 100 not in message and "..." in message


# --- where the file is ------------------------------------------------------------------------


def test_command_line_wins() -> None:
    path = resolve_config_path("/etc/kiosk/a.toml", {"KIOSK_CONFIG": "/srv/b.toml"})
    assert path == Path("/etc/kiosk/a.toml")


def test_environment_next() -> None:
    assert resolve_config_path(None, {"KIOSK_CONFIG": "/srv/b.toml"}) == Path("/srv/b.toml")


def test_platform_config_folder_last() -> None:
    expected = platformdirs.user_config_path("loyalty-kiosk") / "kiosk.toml"
    assert resolve_config_path(None, {}) == expected
    assert resolve_config_path(None, {"KIOSK_CONFIG": "  "}) == expected


def test_home_is_expanded() -> None:
    assert resolve_config_path("~/k.toml", {}) == Path.home() / "k.toml"


# --- the service PIN --------------------------------------------------------------------------


def test_pin_hash_roundtrip() -> None:
    stored = hash_service_pin("4321")
    assert stored.startswith("scrypt$16384$8$1$") and stored.count("$") == 5
    assert "4321" not in stored
    assert verify_service_pin("4321", stored)
    assert not verify_service_pin("4322", stored)
    assert not verify_service_pin("", stored)
    assert not verify_service_pin("43210", stored)


def test_pin_hashes_are_salted() -> None:
    first, second = hash_service_pin("4321"), hash_service_pin("4321")
    assert first != second
    assert verify_service_pin("4321", first) and verify_service_pin("4321", second)


def test_empty_pin_cannot_be_hashed() -> None:
    with pytest.raises(ValueError):
        hash_service_pin("")


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "0000",
        "scrypt$16384$8$1$c2FsdHNhbHQ=",
        "bcrypt$16384$8$1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16383$8$1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16384$x$1$c2FsdHNhbHRzYWx0$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16384$8$1$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16384$8$1$c2FsdHNhbHRzYWx0$QUJD",
        "scrypt$16384$8$1$c2FsdHNhbHRzYWx0$ÄÄÄÄ",
    ],
)
def test_malformed_hash_never_verifies(stored: str) -> None:
    assert verify_service_pin("0000", stored) is False


def test_tampered_hash_does_not_verify() -> None:
    stored = hash_service_pin("4321")
    prefix, digest = stored.rsplit("$", 1)
    flipped = ("B" if digest[0] == "A" else "A") + digest[1:]
    assert not verify_service_pin("4321", f"{prefix}${flipped}")


# --- demo mode --------------------------------------------------------------------------------


def test_demo_config() -> None:
    config = demo_config("http://127.0.0.1:54321")
    assert config.central_url == "http://127.0.0.1:54321"
    assert (config.terminal_id, config.token) == ("DEMO-01", "demo-token")
    assert verify_service_pin("0000", config.service_pin_hash)
    assert not verify_service_pin("1234", config.service_pin_hash)
    # The default scanner settings: the demo badges ("B0001") scan through the nomenclature's
    # shortest code (tests/qt/test_kiosk_scans.py), not through a demo-only setting.
    assert config.scanner == ScannerSettings()
    # Hashed once: a second demo config reuses it.
    again = demo_config("http://127.0.0.1:1", token="other")
    assert again.service_pin_hash == config.service_pin_hash and again.token == "other"
