"""A person can use every screen: what each screen declares it needs a person to see
(kiosk.qt.layout.needs) is in view, whole and tappable, at every terminal's size.

For every scene of the gallery and each state a person takes a page through (empty, typed, a
problem said, the lowest field's keys up, the keyboard's symbols, the SMS countdown, ...), in
Russian, Belarusian and English, with and without large text and high contrast
(tests/support/person_view.py says what is checked):

- the field typed into, its caption and its problem line wholly in view, not under the keys or
  anything else;
- the primary action and Back/Cancel (and the rest the screen needs always) wholly in view and
  tappable;
- the title and the main instruction in view as the screen comes up;
- one scroll area at most, none inside another, and one that scrolls shows that it does;
- no text cut off (rich text and the stylesheet's padding counted), every touch target 9 mm and
  none overlapping.

Sizes: a grid over every landscape size from 1024×768 to 1920×1080 and every portrait size
from 768×1024 to 1080×1920, in steps of at most 128 px, and sizes drawn at random in those
ranges (hypothesis, which shrinks a failure to the smallest size it still fails at). By default
a sample of the grid: one landscape and one portrait size, drawn with a seed that changes daily
(``KIOSK_LAYOUT_SEED`` gives it); ``KIOSK_LAYOUT_GRID=full`` (``make test-full``) runs the whole
grid. One kiosk is built per size and every scene is put up on it.

Marked ``person_view``: out of ``make test`` until the layouts pass it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import ReadingAids
from tests.support.person_view import layer_on_display, person_problems
from tests.support.screen_gallery import LANGUAGES, SampleData, Scene, Stage, person_scenes

FULL = os.environ.get("KIOSK_LAYOUT_GRID") == "full"
#: The sample's seed: another sample each day, the same all day (and on every worker).
SEED = int(os.environ.get("KIOSK_LAYOUT_SEED") or dt.date.today().toordinal())

LANDSCAPE = ((1024, 768), (1920, 1080))
PORTRAIT = ((768, 1024), (1080, 1920))
#: The grid's largest step.
STEP = 128


def _steps(low: int, high: int) -> list[int]:
    return [*range(low, high, STEP), high]


def _grid(low: tuple[int, int], high: tuple[int, int]) -> list[tuple[int, int]]:
    return [(w, h) for w in _steps(low[0], high[0]) for h in _steps(low[1], high[1])]


GRID = _grid(*LANDSCAPE) + _grid(*PORTRAIT)
SIZES = (
    GRID
    if FULL
    else [
        random.Random(SEED).choice(_grid(*LANDSCAPE)),
        random.Random(SEED).choice(_grid(*PORTRAIT)),
    ]
)
AIDS = {
    "normal": ReadingAids(),
    "large": ReadingAids(large_text=True),
    "contrast": ReadingAids(high_contrast=True),
    "large+contrast": ReadingAids(large_text=True, high_contrast=True),
}
SCENES = person_scenes()

pytestmark = [
    pytest.mark.person_view,
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.timeout(1800 if FULL else 600),
]


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, SampleData]]:
    path = tmp_path_factory.mktemp("person_view") / "central.sqlite3"
    with EmbeddedCentral(path, demo=True, token="demo-token") as central:
        with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as client:
            data = SampleData.fetch(client)
        yield central.url, data


def problems_of(stage: Stage, scenes: tuple[Scene, ...], where: str) -> list[str]:
    """What a person cannot see or use on each of ``scenes``, one line each: the scene (with
    its state after a colon), ``where`` (size, language, aids), and the problem."""
    found: list[str] = []
    for scene in scenes:
        scene.put_up(stage)
        problems = person_problems(
            stage.window,
            layer_on_display(stage),
            stage.kiosk.theme.metrics.min_target_px,
            arrival=":" not in scene.name,
        )
        found += [f"{scene.name} | {where} | {problem}" for problem in problems]
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_person_can_use_every_screen(
    qapp: QApplication, sample_data: tuple[str, SampleData], size: tuple[int, int]
) -> None:
    url, data = sample_data
    stage = Stage.build(qapp, url, data, size)
    found: list[str] = []
    try:
        for aids_name, aids in AIDS.items():
            stage.set_aids(aids)
            for language in LANGUAGES:
                stage.set_language(language)
                where = f"{size[0]}x{size[1]} | {language} | {aids_name}"
                found += problems_of(stage, SCENES, where)
    finally:
        stage.close()
    assert not found, f"{len(found)} problems (seed {SEED}):\n" + "\n".join(found)


def _sizes() -> st.SearchStrategy[tuple[int, int]]:
    """Any landscape or portrait size of the terminals' ranges."""
    landscape = st.tuples(
        st.integers(LANDSCAPE[0][0], LANDSCAPE[1][0]), st.integers(LANDSCAPE[0][1], LANDSCAPE[1][1])
    )
    portrait = st.tuples(
        st.integers(PORTRAIT[0][0], PORTRAIT[1][0]), st.integers(PORTRAIT[0][1], PORTRAIT[1][1])
    )
    return st.one_of(landscape, portrait)


@seed(SEED)
@settings(
    max_examples=40 if FULL else 3,
    deadline=None,
    database=None,  # nothing written to the checkout
    # No explaining phase: it runs the failing example dozens of times more, a kiosk each.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    size=_sizes(),
    scene=st.sampled_from(SCENES),
    language=st.sampled_from(LANGUAGES),
    aids=st.sampled_from(sorted(AIDS)),
)
def test_a_person_can_use_a_screen_at_any_size(
    qapp: QApplication,
    sample_data: tuple[str, SampleData],
    size: tuple[int, int],
    scene: Scene,
    language: str,
    aids: str,
) -> None:
    """One scene at a size drawn from the ranges (a kiosk each: hypothesis shrinks a failure
    to the smallest size, and the scene, language and aids it fails with)."""
    url, data = sample_data
    stage = Stage.build(qapp, url, data, size)
    try:
        stage.set_aids(AIDS[aids])
        stage.set_language(language)
        found = problems_of(stage, (scene,), f"{size[0]}x{size[1]} | {language} | {aids}")
    finally:
        stage.close()
    assert not found, "\n".join(found)
