"""The kiosk's configuration: a TOML file read once at start-up, validated completely.

A field engineer writes this file by hand on the terminal, so every mistake must come back as one
line that names the file, what is wrong and how to fix it (:class:`ConfigError`), never as a
traceback. ``docs/config.example.toml`` documents every key.

Where the file is (:func:`resolve_config_path`): ``--config PATH``, else ``$KIOSK_CONFIG``, else
``kiosk.toml`` in the platform's per-user config folder (``~/.config/loyalty-kiosk`` on Linux).

The service PIN that unlocks the service screen is stored only as a salted scrypt hash
(:func:`hash_service_pin`); ``kiosk --hash-pin`` (:mod:`kiosk.core.runtime.hash_pin`) prints one
for the file."""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from kiosk.core.runtime.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.core.runtime.masking import mask_url_passwords
from kiosk.core.runtime.secret_hash import (
    DEMO_SCRYPT_N,
    hash_secret,
    parse_secret_hash,
    verify_secret,
)

APP_NAME = "loyalty-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"
CONFIG_ENV_VAR = "KIOSK_CONFIG"
DEMO_TERMINAL_ID = "DEMO-01"
DEMO_SERVICE_PIN = "0000"

#: Baud rates a serial barcode scanner can be set to.
SERIAL_BAUDRATES: tuple[int, ...] = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
#: A config file is a page of text; anything bigger is not one (and is not read into memory).
MAX_CONFIG_BYTES = 1024 * 1024

_EXAMPLE = "docs/config.example.toml"
_TERMINAL_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_TOKEN_RE = re.compile(r"[\x21-\x7e]{1,4096}")  # printable ASCII, no spaces: a bearer token


class ConfigError(Exception):
    """The configuration cannot be used; ``str(error)`` is one line meant for a person."""

    def __init__(self, message: str) -> None:
        one_line = " ".join(message.split())
        super().__init__(one_line)
        self.message = one_line


@dataclass(frozen=True)
class ScannerSettings:
    """How barcode scanners are read.

    A keyboard-wedge scanner types like a very fast keyboard: a burst of at least ``min_length``
    characters whose average gap is at most ``max_avg_gap_ms``, ended by Enter/Tab or by
    ``flush_ms`` of silence, is a scan. A serial scanner is read from ``serial_port`` instead.
    """

    min_length: int = 8
    max_avg_gap_ms: int = 30
    flush_ms: int = 100
    keyboard_wedge: bool = True
    serial_port: str | None = None
    serial_baudrate: int = 9600


@dataclass(frozen=True)
class KioskConfig:
    central_url: str
    terminal_id: str
    token: str
    ca_bundle: str | None = None
    connect_timeout: float = 3.0
    read_timeout: float = 10.0
    #: Seconds a whole call to the central may take (connect, answer, retries); None: connect
    #: timeout + read timeout.
    call_deadline: float | None = None
    idle_seconds: int = 30
    still_here_seconds: int = 20
    #: How long a product's price stays up before the start screen returns.
    price_seconds: int = 10
    hide_cursor: bool = True
    #: ``hash_service_pin`` output; empty means the service screen cannot be unlocked.
    service_pin_hash: str = ""
    language: str = DEFAULT_LANGUAGE
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    #: None: the platform's log folder.
    log_dir: str | None = None
    #: Seconds without input before a signed-in cashier is asked "still here?" and signed out.
    staff_idle_seconds: int = 120
    #: Seconds between two heartbeats to the central.
    heartbeat_seconds: int = 60
    #: Shown on error screens until the central's program info names one.
    support_phone: str | None = None
    #: Folder of the activation outbox; None: the platform's data folder.
    data_dir: str | None = None
    #: Reading aids every session starts with ([accessibility]); the shopper can switch them.
    large_text: bool = False
    high_contrast: bool = False

    @property
    def whole_call_deadline(self) -> float:
        """Seconds a whole call to the central may take: ``call_deadline`` when set, else the
        connect timeout plus the read timeout."""
        if self.call_deadline is not None:
            return self.call_deadline
        return self.connect_timeout + self.read_timeout


# --- where the file is ------------------------------------------------------------------------


def default_data_dir() -> Path:
    """Where the activation outbox lives unless ``[kiosk] data_dir`` says otherwise."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME)


def default_config_path() -> Path:
    import platformdirs  # here: only a kiosk started without --config or KIOSK_CONFIG needs it

    return platformdirs.user_config_path(APP_NAME) / CONFIG_FILE_NAME


def resolve_config_path(cli_path: str | None, environ: Mapping[str, str]) -> Path:
    """The config file to read: ``--config`` first, then ``$KIOSK_CONFIG``, then the default."""
    if cli_path is not None:
        return Path(cli_path).expanduser()
    from_env = environ.get(CONFIG_ENV_VAR, "")
    if from_env.strip():
        return Path(from_env).expanduser()
    return default_config_path()


# --- reading and validating -------------------------------------------------------------------


def load_config(path: Path) -> KioskConfig:
    """Read and validate the TOML config at ``path``; raises only :class:`ConfigError`."""
    where = str(path)
    data = _read_toml(path)
    reader = _Reader(where, data, base_dir=path.parent)
    reader.check_sections(
        ("central", "kiosk", "scanner", "logging", "accessibility"), required=("central",)
    )

    central = reader.section(
        "central",
        (
            "url",
            "terminal_id",
            "token",
            "ca_bundle",
            "connect_timeout",
            "read_timeout",
            "call_deadline",
        ),
    )
    kiosk = reader.section(
        "kiosk",
        (
            "language",
            "idle_seconds",
            "still_here_seconds",
            "price_seconds",
            "hide_cursor",
            "service_pin_hash",
            "staff_idle_seconds",
            "heartbeat_seconds",
            "support_phone",
            "data_dir",
        ),
    )
    scanner = reader.section(
        "scanner",
        (
            "min_length",
            "max_avg_gap_ms",
            "flush_ms",
            "keyboard_wedge",
            "serial_port",
            "serial_baudrate",
        ),
    )
    logging_section = reader.section("logging", ("dir",))
    accessibility = reader.section("accessibility", ("large_text", "high_contrast"))

    # Every default is the dataclass's own (a field with a default is a class attribute holding
    # it): written once, there.
    scanner_settings = ScannerSettings(
        min_length=scanner.integer("min_length", ScannerSettings.min_length, low=2, high=128),
        max_avg_gap_ms=scanner.integer(
            "max_avg_gap_ms", ScannerSettings.max_avg_gap_ms, low=1, high=200
        ),
        flush_ms=scanner.integer("flush_ms", ScannerSettings.flush_ms, low=20, high=2000),
        keyboard_wedge=scanner.boolean("keyboard_wedge", ScannerSettings.keyboard_wedge),
        serial_port=scanner.optional_text("serial_port"),
        serial_baudrate=scanner.choice(
            "serial_baudrate", ScannerSettings.serial_baudrate, SERIAL_BAUDRATES
        ),
    )
    if not scanner_settings.keyboard_wedge and scanner_settings.serial_port is None:
        raise ConfigError(
            f"{where}: [scanner] no scanner is enabled (keyboard_wedge = false and no "
            "serial_port); set keyboard_wedge = true or serial_port = the scanner's port"
        )

    return KioskConfig(
        central_url=central.url("url"),
        terminal_id=central.matching(
            "terminal_id",
            _TERMINAL_ID_RE,
            "1 to 64 letters, digits, '.', '_' or '-' (e.g. \"STORE12-K1\")",
        ),
        token=central.matching(
            "token",
            _TOKEN_RE,
            "the terminal's API token, printable characters without spaces",
            secret=True,
        ),
        ca_bundle=central.existing_file("ca_bundle"),
        connect_timeout=central.number(
            "connect_timeout", KioskConfig.connect_timeout, low=0.1, high=60.0
        ),
        read_timeout=central.number("read_timeout", KioskConfig.read_timeout, low=0.5, high=300.0),
        call_deadline=central.number(
            "call_deadline", KioskConfig.call_deadline, low=0.5, high=600.0
        ),
        idle_seconds=kiosk.integer("idle_seconds", KioskConfig.idle_seconds, low=5, high=3600),
        # At least 20 s to answer "are you still here?" (EN 301 549 asks for 20 s).
        still_here_seconds=kiosk.integer(
            "still_here_seconds", KioskConfig.still_here_seconds, low=20, high=300
        ),
        price_seconds=kiosk.integer("price_seconds", KioskConfig.price_seconds, low=3, high=120),
        hide_cursor=kiosk.boolean("hide_cursor", KioskConfig.hide_cursor),
        service_pin_hash=kiosk.pin_hash("service_pin_hash", KioskConfig.service_pin_hash),
        language=kiosk.choice("language", KioskConfig.language, LANGUAGES),
        scanner=scanner_settings,
        log_dir=logging_section.directory("dir"),
        large_text=accessibility.boolean("large_text", KioskConfig.large_text),
        high_contrast=accessibility.boolean("high_contrast", KioskConfig.high_contrast),
        staff_idle_seconds=kiosk.integer(
            "staff_idle_seconds", KioskConfig.staff_idle_seconds, low=15, high=3600
        ),
        heartbeat_seconds=kiosk.integer(
            "heartbeat_seconds", KioskConfig.heartbeat_seconds, low=10, high=3600
        ),
        support_phone=kiosk.optional_text("support_phone"),
        data_dir=kiosk.directory("data_dir"),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    where = str(path)
    see = f"see {_EXAMPLE}"
    try:
        if path.is_dir():
            raise ConfigError(f"{where}: is a folder, not a config file; point to the .toml file")
        if path.exists() and not path.is_file():
            # A named pipe or a device would block start-up or never end; refuse before opening.
            raise ConfigError(
                f"{where}: is not a regular file (a pipe, socket or device); "
                "point to the .toml file"
            )
        with path.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(
            f"{where}: config file not found; create it ({see}) or give its path with "
            f"--config PATH or {CONFIG_ENV_VAR}"
        ) from None
    except PermissionError:
        raise ConfigError(
            f"{where}: permission denied reading the config file; let the kiosk's user read it "
            "(chmod/chown)"
        ) from None
    except (OSError, ValueError) as exc:  # ValueError: e.g. a NUL byte in the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(
            f"{where}: the config file cannot be read ({reason}); check the path"
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"{where}: is larger than {MAX_CONFIG_BYTES // 1024} KiB, so it is not a kiosk "
            f"config file; point to the right file ({see})"
        )
    # Windows Notepad saves UTF-8 with a byte order mark; TOML itself does not allow one.
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{where}: is not UTF-8 text (bad byte at line {line}); save it as UTF-8 ({see})"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{where}: is not valid TOML: {exc}; fix that line (text values need quotes, one "
            f"key = value per line, {see})"
        ) from None
    except RecursionError:
        raise ConfigError(
            f"{where}: is not valid TOML: values nested too deeply; fix the file ({see})"
        ) from None


_T = TypeVar("_T")
#: A number of seconds, or None where no value means "not set".
_Seconds = TypeVar("_Seconds", bound=float | None)


def _shown(value: object) -> str:
    """A value as it may appear in a one-line message: a password in a URL masked (before the
    text is cut short, which could leave its start unmasked)."""
    text = mask_url_passwords(repr(value))
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text"}
    return names.get(type(value), type(value).__name__)


class _Reader:
    """Validates the top level of the parsed file and hands out its sections."""

    def __init__(self, where: str, data: dict[str, Any], base_dir: Path) -> None:
        self.where = where
        self.data = data
        self.base_dir = base_dir

    def check_sections(self, known: Sequence[str], required: Sequence[str]) -> None:
        for name, value in self.data.items():
            if name not in known:
                hint = "sections: " + ", ".join(f"[{k}]" for k in known)
                if isinstance(value, dict):
                    raise ConfigError(f"{self.where}: unknown section [{name}]; known {hint}")
                raise ConfigError(
                    f"{self.where}: unknown key {name!r} at the top of the file; every key "
                    f"belongs in one of the {hint}"
                )
            if not isinstance(value, dict):
                raise ConfigError(
                    f"{self.where}: {name!r} must be a section written as [{name}], not a value"
                )
        for name in required:
            if name not in self.data:
                raise ConfigError(
                    f"{self.where}: the [{name}] section is missing; add it (see {_EXAMPLE})"
                )

    def section(self, name: str, known: Sequence[str]) -> _Section:
        values: dict[str, Any] = self.data.get(name, {})
        for key in values:
            if key not in known:
                raise ConfigError(
                    f"{self.where}: unknown key {key!r} in [{name}]; known keys: "
                    f"{', '.join(known)} (check the spelling)"
                )
        return _Section(self.where, name, values, self.base_dir)


class _Section:
    def __init__(self, where: str, name: str, values: dict[str, Any], base_dir: Path) -> None:
        self.where = where
        self.name = name
        self.values = values
        self.base_dir = base_dir

    def _fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.where}: [{self.name}] {key}: {problem}")

    def _get(self, key: str, default: _T, accept: Callable[[object], bool], wanted: str) -> Any:
        if key not in self.values:
            return default
        value = self.values[key]
        if not accept(value):
            raise self._fail(
                key, f"must be {wanted}, got {_type_name(value)} {_shown(value)}; fix the value"
            )
        return value

    def _required_text(self, key: str, wanted: str) -> str:
        if key not in self.values:
            raise self._fail(key, f"is missing; add {key} = {wanted}")
        value = self._get(key, "", lambda v: isinstance(v, str), f"text in quotes ({wanted})")
        assert isinstance(value, str)
        return value

    def integer(self, key: str, default: int, *, low: int, high: int) -> int:
        value = self._get(
            key,
            default,
            lambda v: isinstance(v, int) and not isinstance(v, bool),
            f"a whole number from {low} to {high}",
        )
        assert isinstance(value, int)
        if not low <= value <= high:
            raise self._fail(key, f"must be from {low} to {high}, got {value}; fix the value")
        return value

    def number(self, key: str, default: _Seconds, *, low: float, high: float) -> float | _Seconds:
        if key not in self.values:
            return default
        value = self._get(
            key,
            default,
            lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            f"a number of seconds from {low:g} to {high:g}",
        )
        assert isinstance(value, int | float)
        if not (math.isfinite(value) and low <= value <= high):
            raise self._fail(key, f"must be from {low:g} to {high:g}, got {value}; fix the value")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(
            key, default, lambda v: isinstance(v, bool), "true or false (without quotes)"
        )
        assert isinstance(value, bool)
        return value

    def choice(self, key: str, default: _T, choices: Sequence[_T]) -> _T:
        listed = ", ".join(_shown(c) for c in choices)
        value = self._get(
            key,
            default,
            lambda v: type(v) is type(default),
            f"{_type_name(default)}, one of {listed}",
        )
        if value not in choices:
            raise self._fail(key, f"must be one of {listed}, got {_shown(value)}; fix the value")
        result: _T = value
        return result

    def matching(
        self, key: str, pattern: re.Pattern[str], wanted: str, *, secret: bool = False
    ) -> str:
        value = self._required_text(key, wanted)
        if not pattern.fullmatch(value):
            # A secret is not repeated: the message goes to the screen, the log and the journal.
            got = f"{len(value)} characters" if secret else _shown(value)
            raise self._fail(key, f"must be {wanted}, got {got}; fix the value")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, None, lambda v: isinstance(v, str), "text in quotes")
        if value is None:
            return None
        assert isinstance(value, str)
        if not value.strip():
            raise self._fail(key, "is empty; give a value or remove the line")
        return value

    def url(self, key: str) -> str:
        value = self._required_text(key, '"https://host:port"')
        try:
            parts = urlsplit(value)
        except ValueError:  # an unclosed "[" of an IPv6 host, for one
            raise self._fail(
                key,
                f"is not a valid address: {_shown(value)}; "
                'write it like "https://loyalty.example.by"',
            ) from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise self._fail(
                key,
                f"must be an http:// or https:// address with a host, got {_shown(value)}; "
                'write it like "https://loyalty.example.by"',
            )
        try:
            parts.port  # noqa: B018 - urlsplit checks the port only when it is read
        except ValueError:
            raise self._fail(
                key, f"has an invalid port in {_shown(value)}; use a number from 1 to 65535"
            ) from None
        if parts.query or parts.fragment or parts.username or parts.password:
            raise self._fail(
                key,
                f"must not contain a query, fragment, user name or password ({_shown(value)}); "
                "give only scheme, host, port and path",
            )
        return value.rstrip("/")

    def _path(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def existing_file(self, key: str) -> str | None:
        value = self.optional_text(key)
        if value is None:
            return None
        path = self._path(value)
        try:
            is_file = path.is_file()
        except (OSError, ValueError):
            is_file = False
        if not is_file:
            raise self._fail(
                key,
                f"file {str(path)!r} does not exist; copy the CA certificate there or fix the "
                "path (relative paths start at the config file's folder)",
            )
        return str(path)

    def directory(self, key: str) -> str | None:
        value = self.optional_text(key)
        if value is None:
            return None
        path = self._path(value)
        if path.exists() and not path.is_dir():
            raise self._fail(key, f"{str(path)!r} is a file, not a folder; fix the path")
        return str(path)

    def pin_hash(self, key: str, default: str) -> str:
        value = self._get(key, default, lambda v: isinstance(v, str), "text in quotes")
        assert isinstance(value, str)
        if value and parse_secret_hash(value) is None:
            raise self._fail(
                key,
                "is not a service PIN hash; generate one with "
                "`kiosk --hash-pin` and paste the whole line",
            )
        return value


# --- the service PIN --------------------------------------------------------------------------


def hash_service_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin`` as one self-describing string for the config file."""
    if not pin:
        raise ValueError("the service PIN must not be empty")
    return hash_secret(pin)


def verify_service_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; False for an empty or malformed hash."""
    return verify_secret(pin, stored)


# --- demo mode --------------------------------------------------------------------------------


@functools.cache
def _demo_pin_hash() -> str:
    # Hashed on first use rather than at import, at the demo's cost (published PIN).
    return hash_secret(DEMO_SERVICE_PIN, n=DEMO_SCRYPT_N)


def demo_config(central_url: str, token: str = "demo-token") -> KioskConfig:
    """The config of offline demo mode: the embedded central at ``central_url``, terminal
    DEMO-01, service PIN 0000.

    The cursor stays visible (demos run on laptops with a mouse), and wedge scans may be as short
    as a staff badge ("B0001"), so a trainer can scan the demo badges too.
    """
    return KioskConfig(
        central_url=central_url,
        terminal_id=DEMO_TERMINAL_ID,
        token=token,
        hide_cursor=False,
        service_pin_hash=_demo_pin_hash(),
        # The default scanner settings: the nomenclature's shortest code (the 5-character demo
        # staff badges) lowers the fewest keys of a scan.
        scanner=ScannerSettings(),
    )
