"""Freezing the console's long-lived objects must not stall the window with a full collection."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from pitstop_desktop.views import memory


@pytest.fixture
def unfrozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(memory, "_frozen", False)
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_freezing_collects_only_the_young_generations_once(unfrozen: None) -> None:
    generations: list[int] = []

    def seen(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    before = gc.get_freeze_count()
    gc.callbacks.append(seen)
    try:
        assert memory.freeze_long_lived()
        assert not memory.freeze_long_lived()  # once per process
    finally:
        gc.callbacks.remove(seen)
    assert generations and max(generations) < 2  # no full pass over everything the console holds
    assert gc.get_freeze_count() > before
