"""Local model weights: what is installed (`briefing models list`) and getting more (`briefing models pull`).

Models live in folders: `models/<name>` (a Hugging Face name such as facebook/bart-large-cnn
keeps its slash: models/facebook/bart-large-cnn), or the local Hugging Face cache. Only
safetensors weights are downloaded or loaded.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import DownloadError, ModelError

log = logging.getLogger(__name__)

ALLOW = ["*.json", "*.safetensors", "*.model", "*.spm", "*.txt", "*.tiktoken", "README.md"]
"""What `pull` downloads: configs, safetensors weights, tokenizer files. Never pickled weights."""


@dataclass(frozen=True)
class ModelInfo:
    """One installed model."""

    name: str
    """How to refer to it: --model NAME."""
    path: str
    kind: str
    """The config's model_type (bart, t5, pegasus, bert ...)."""
    summarisers: tuple[str, ...]
    """Summarisers that can use it (empty when it is incomplete or of the wrong kind)."""
    where: str
    """models, cache or package (the embedded encoder)."""
    size: int = 0
    """Bytes on disk."""
    problem: str = ""
    """Why no summariser can use it, if none can."""


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def describe(folder: Path, name: str, where: str) -> ModelInfo:
    """A model folder as a ModelInfo (reads config.json only; no heavy imports)."""
    from briefing.summarisers.seq2seq import check

    kind, problem, summarisers = "?", "", ()
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        kind = str(config.get("model_type", "?"))
        check(folder)
        if config.get("is_encoder_decoder") or kind in {"bart", "t5", "mt5", "pegasus", "led", "mbart", "marian", "prophetnet", "longt5"}:
            summarisers = ("transformers",)
        else:
            problem = f"a {kind} model is not sequence-to-sequence: no summariser can use it"
    except ModelError as e:
        problem = str(e)
    except (OSError, ValueError) as e:
        problem = f"config.json unreadable: {e}"
    return ModelInfo(name=name, path=str(folder), kind=kind, summarisers=summarisers, where=where,
                     size=_size(folder), problem=problem)


def list_models(models_dir: str | Path = "models", cache: bool = True) -> list[ModelInfo]:
    """Everything installed: the embedded encoder, folders in `models_dir` (one or two levels
    deep, e.g. models/bart or models/facebook/bart-large-cnn), and sequence-to-sequence models
    in the local Hugging Face cache."""
    found: list[ModelInfo] = []
    try:
        from briefing.encoder import model_dir

        enc = model_dir()
        found.append(ModelInfo(name="all-MiniLM-L6-v2", path=str(enc), kind="bert", summarisers=("embedded",),
                               where="package", size=_size(enc)))
    except ModelError as e:
        found.append(ModelInfo(name="all-MiniLM-L6-v2", path="", kind="bert", summarisers=(), where="package", problem=str(e)))
    root = Path(models_dir)
    if root.is_dir():
        for config in sorted(list(root.glob("*/config.json")) + list(root.glob("*/*/config.json"))):
            folder = config.parent
            found.append(describe(folder, folder.relative_to(root).as_posix(), "models"))
    if cache:
        found.extend(_cached())
    return found


def _cached() -> list[ModelInfo]:
    try:
        from huggingface_hub import scan_cache_dir

        info = scan_cache_dir()
    except Exception:  # no cache yet, or an unreadable one: nothing to list
        return []
    out = []
    for repo in sorted(info.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model" or not repo.revisions:
            continue
        rev = max(repo.revisions, key=lambda r: r.last_modified)
        if (Path(rev.snapshot_path) / "config.json").is_file():
            out.append(describe(Path(rev.snapshot_path), repo.repo_id, "cache"))
    return out


def pull(name: str, models_dir: str | Path = "models", revision: str | None = None) -> Path:
    """Download model `name` from the Hugging Face Hub into `models_dir/<name>` (safetensors
    weights, configs and tokenizer files only) and check it is complete. Needs network access."""
    if not name or name.startswith((".", "/")) or ".." in name.split("/"):
        raise ModelError(f"model name {name!r} is not a Hugging Face name; give one such as facebook/bart-large-cnn")
    target = Path(models_dir) / name
    existed = target.exists()
    try:
        from huggingface_hub import snapshot_download

        snapshot_download(repo_id=name, revision=revision, local_dir=str(target), allow_patterns=ALLOW)
    except Exception as e:  # offline mode, DNS, HTTP 404/401, ...: all mean "could not download"
        if not existed and target.is_dir():
            import shutil

            shutil.rmtree(target, ignore_errors=True)  # ours, and half-downloaded: never leave it to be loaded
        reason = (str(e).strip().splitlines() or [type(e).__name__])[0][:160]
        raise DownloadError(f"cannot download {name!r} ({type(e).__name__}: {reason}); this needs network access to huggingface.co: "
                         f"run `briefing models pull {name}` where there is some, then copy {target} here") from None
    from briefing.summarisers.seq2seq import check

    check(target)
    log.info("pulled %s into %s", name, target)
    return target
