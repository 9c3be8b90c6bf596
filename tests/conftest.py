from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def write_articles(tmp_path):
    """Write {name: text} as .txt files into a fresh folder and return it."""

    def make(articles: dict[str, str | bytes], folder: str = "in") -> Path:
        d = tmp_path / folder
        d.mkdir(exist_ok=True)
        for name, text in articles.items():
            p = d / (name if "." in name else f"{name}.txt")
            p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return d

    return make


@pytest.fixture(autouse=True)
def _restore_logging():
    """The CLI configures logging (levels, handlers) per invocation; keep tests independent."""
    import logging

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    root.handlers[:] = handlers
    logging.getLogger("briefing").setLevel(logging.NOTSET)
