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
