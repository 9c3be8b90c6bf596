"""The transformers summariser: any local seq2seq model (BART, T5, PEGASUS ...), kept honest.

    --summariser transformers --model NAME_OR_PATH

The model comes from a folder (a path, or a name in models/) or the local Hugging Face cache;
nothing is downloaded here (`briefing models pull` does that). Safetensors only, never remote
code. An article longer than the model's input is split at sentence boundaries into parts that
fit, and each part is summarised: nothing is silently cut off.

The faithfulness guard: a generated sentence that contains a number or a capitalised name that
does not occur in the article is dropped and replaced by the article sentence closest to it (by
the embedded encoder), and the replacement is recorded on the Summary.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from pathlib import Path

from briefing.config import Settings
from briefing.errors import ModelError
from briefing.records import Document, Replacement, Summary
from briefing.segment import split_sentences
from briefing.summarisers import by_words, usable_sentences

log = logging.getLogger(__name__)

WEIGHTS = ("model.safetensors", "model.safetensors.index.json")
TOKENIZER_FILES = ("tokenizer.json", "spiece.model", "sentencepiece.bpe.model", "source.spm", "vocab.json", "vocab.txt")
"""Any one of these (with tokenizer_config.json where the format needs it) makes a tokenizer."""


def resolve(model: str, models_dir: str = "models") -> Path:
    """The folder holding `model`: a path, a folder in `models_dir`, or the local Hugging Face
    cache (never the network). Raises ModelError saying where it looked and how to get it."""
    if not model:
        raise ModelError("the transformers summariser needs a model: give --model NAME_OR_PATH "
                         f"(a folder, a name in {models_dir}/, or a Hugging Face name you have pulled); "
                         "see `briefing models list`")
    given = Path(model).expanduser()
    local = [given, Path(models_dir) / model, Path(models_dir) / model.replace("/", "--")]
    for folder in local:
        if folder.is_dir():
            return check(folder)
    if re.fullmatch(r"[\w.-]+(/[\w.-]+)?", model):
        try:
            from huggingface_hub import snapshot_download

            folder = Path(snapshot_download(model, local_files_only=True))
        except Exception:  # not in the cache (LocalEntryNotFoundError and friends)
            folder = None
        if folder is not None and folder.is_dir():
            return check(folder)
    raise ModelError(f"model {model!r} not found: not a folder, not in {models_dir}/, not in the local Hugging Face cache; "
                     f"run `briefing models pull {model}` on a machine with network access, or copy its folder into {models_dir}/")


def check(folder: Path) -> Path:
    """`folder` if it holds a complete seq2seq model, else a ModelError naming what is missing."""
    missing = []
    if not (folder / "config.json").is_file():
        missing.append("config.json")
    if not any((folder / f).is_file() for f in WEIGHTS):
        if any(folder.glob("*.bin")) or any(folder.glob("*.ckpt")) or any(folder.glob("*.h5")):
            raise ModelError(f"model folder {folder} has weights but not as safetensors (model.safetensors); "
                             "we load safetensors only: convert them or pull a safetensors revision")
        missing.append("model.safetensors")
    if not any((folder / f).is_file() for f in TOKENIZER_FILES):
        missing.append("tokenizer files (tokenizer.json, or spiece.model / sentencepiece.bpe.model with tokenizer_config.json)")
    if missing:
        raise ModelError(f"model folder {folder} is incomplete (missing {', '.join(missing)}); "
                         "pull it again with `briefing models pull NAME`, or copy the whole folder (see models/README.md)")
    return folder


@functools.lru_cache(maxsize=2)
def load(folder: str):
    """(tokenizer, model) from a checked folder, offline, safetensors only, no remote code."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch  # noqa: F401  (the model needs it; imported here so --help stays fast)
    from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        config = AutoConfig.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(f"model folder {folder}: config.json cannot be read ({_first_line(e)}); pull or copy the model again") from None
    if not getattr(config, "is_encoder_decoder", False):
        raise ModelError(f"model folder {folder} holds a {config.model_type!r} model, not a sequence-to-sequence one; "
                         "use a summarisation model such as BART, T5 or PEGASUS")
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
    except Exception as e:  # tokenizers raise many kinds
        raise ModelError(f"model folder {folder}: the tokenizer cannot be loaded ({_first_line(e)}); "
                         "copy its tokenizer files (tokenizer.json or the sentencepiece model and tokenizer_config.json)") from None
    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(folder, local_files_only=True, use_safetensors=True, trust_remote_code=False)
    except Exception as e:
        raise ModelError(f"model folder {folder}: the weights cannot be loaded ({_first_line(e)}); "
                         "check model.safetensors matches config.json, or pull the model again") from None
    model.eval()
    return tokenizer, model


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0][:200]


def input_limit(tokenizer, model) -> int:
    """How many tokens the model reads at once."""
    limits = [getattr(tokenizer, "model_max_length", 0) or 0]
    for attr in ("max_position_embeddings", "n_positions", "max_source_positions"):
        value = getattr(model.config, attr, None)
        if isinstance(value, int) and value > 0:
            limits.append(value)
    limits = [n for n in limits if 0 < n < 100_000]  # tokenizers without a limit say 1e30
    return min(limits) if limits else 512


def chunks(texts: list[str], count, limit: int) -> list[list[str]]:
    """Sentences packed in order into parts of at most `limit` tokens; a sentence longer than
    `limit` is split at word boundaries into pieces that fit (never cut off)."""
    parts: list[list[str]] = []
    current: list[str] = []
    used = 0
    for text in texts:
        pieces = [text]
        if count(text) + 1 > limit:
            pieces, words, piece = [], text.split(), []
            for word in words:
                if piece and count(" ".join(piece + [word])) + 1 > limit:
                    pieces.append(" ".join(piece))
                    piece = []
                piece.append(word)
            if piece:
                pieces.append(" ".join(piece))
        for p in pieces:
            n = count(p) + 1
            if current and used + n > limit:
                parts.append(current)
                current, used = [], 0
            current.append(p)
            used += n
    if current:
        parts.append(current)
    return parts


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _norm_number(s: str) -> str:
    return s.replace(",", "")


def unsupported(sentence: str, source: str) -> tuple[str, ...]:
    """The numbers and capitalised names in `sentence` that do not occur in `source` (and, for
    word salad where most words are not the source's, those words too)."""
    numbers = {_norm_number(n) for n in _NUMBER.findall(source)}
    words = {w.strip(".'’-").lower() for w in _WORD.findall(source)}
    words |= {re.sub(r"['’]s$", "", w) for w in words}
    stems = {_stem(w) for w in words}
    found: list[str] = []
    for n in _NUMBER.findall(sentence):
        if _norm_number(n) not in numbers and n not in found:
            found.append(n)
    tokens = [re.sub(r"['’]s$", "", t.strip(".'’-")) for t in _WORD.findall(sentence)]
    for k, bare in enumerate(tokens):
        if not bare or not bare[0].isupper() or bare.lower() in words or bare in found:
            continue
        if k == 0 and bare.lower() in COMMON:
            continue  # "The", "Some" ... capitalised only because they start the sentence
        found.append(bare)
    # Word salad (what a broken or random model writes): most of its words are not the article's.
    distinct = list({t.lower(): t for t in reversed(tokens) if len(t) > 2}.items())[::-1]
    strange = [t for low, t in distinct if low not in words | COMMON and _stem(low) not in stems]
    if distinct and len(strange) > MAX_STRANGE * len(distinct):
        seen = {f.lower() for f in found}
        found.extend(t for t in strange if t.lower() not in seen)
    return tuple(found)


COMMON = set(
    "a an the this that these those some many most several it its he she they we i you his her their our "
    "in on at by for from with after before during while when as if but and or so yet also however meanwhile "
    "there here about according officials authorities experts analysts reports".split()
)
"""Words that start sentences without being names."""

MAX_STRANGE = 0.5
"""Share of a sentence's distinct words that may be absent from the article before it counts as unsupported."""


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


class Seq2SeqSummariser:
    """AutoModelForSeq2SeqLM + AutoTokenizer from a local folder, with the faithfulness guard."""

    name = "transformers"

    def summarise(self, doc: Document, settings: Settings) -> Summary:
        folder = resolve(settings.model, settings.models_dir)
        tokenizer, model = load(str(folder))
        method = f"{self.name}:{settings.model}"
        source_sentences = [s.text for s in doc.sentences]
        if not source_sentences:
            return Summary(source=doc.id, sentences=(), method=method)
        generated = self.generate(tokenizer, model, source_sentences, settings)
        sentences, replacements = guard(generated, doc)
        n = by_words(sentences, settings.words) if settings.words > 0 else settings.sentences
        return Summary(source=doc.id, sentences=tuple(sentences[:n]), method=method, replacements=tuple(replacements))

    def generate(self, tokenizer, model, texts: list[str], settings: Settings) -> list[str]:
        import torch

        params = dict((getattr(model.config, "task_specific_params", None) or {}).get("summarization", {}))
        prefix = params.pop("prefix", "") or ""
        limit = input_limit(tokenizer, model)
        budget = limit - len(tokenizer(prefix or "x")["input_ids"]) - 2

        def count(text: str) -> int:
            return len(tokenizer(text, add_special_tokens=False)["input_ids"])

        parts = chunks(texts, count, max(budget, 16))
        if len(parts) > 1:
            log.info("article longer than the model's %d-token input: summarising it in %d parts", limit, len(parts))
        words = settings.words or 25 * settings.sentences
        new_tokens = max(16, int(2 * words / len(parts)))
        if params.get("max_length"):
            new_tokens = min(new_tokens, int(params["max_length"]))
        # The model's own summarisation settings (config.task_specific_params), our length.
        options = {
            "max_new_tokens": new_tokens,
            "num_beams": int(params.get("num_beams", 4) or 1),
            "no_repeat_ngram_size": int(params.get("no_repeat_ngram_size", 3) or 0),
            "min_length": min(int(params.get("min_length", 0) or 0), new_tokens - 1),
            "length_penalty": float(params.get("length_penalty", 1.0)),
        }
        if options["num_beams"] > 1:
            options["early_stopping"] = True
        out: list[str] = []
        for part in parts:
            batch = tokenizer(prefix + " ".join(part), return_tensors="pt", truncation=False)
            with torch.inference_mode():
                ids = model.generate(**batch, **options)
            text = " ".join(tokenizer.decode(ids[0], skip_special_tokens=True).split())
            out.extend(text[s:e].strip() for s, e in split_sentences(text) if text[s:e].strip())
        if not out:
            log.warning("the model generated no text for any of the %d parts; is %s a summarisation model?", len(parts),
                        getattr(model.config, "_name_or_path", "it"))
        return out


def guard(generated: list[str], doc: Document) -> tuple[list[str], list[Replacement]]:
    """Generated sentences with every unsupported one replaced by the closest article sentence."""
    from briefing.summarisers.embedded import encode

    source = "\n".join([doc.article.title, doc.article.text])
    pool = [s.text for s in usable_sentences(doc)] or [s.text for s in doc.sentences]
    kept: list[str] = []
    replacements: list[Replacement] = []
    pool_vecs = None
    for sentence in generated:
        if not re.search(r"[A-Za-z]{2}", sentence):
            continue  # no words at all: nothing to keep or replace
        missing = unsupported(sentence, source)
        if not missing:
            if sentence not in kept:
                kept.append(sentence)
            continue
        if pool_vecs is None:
            pool_vecs = encode(pool)
        sims = pool_vecs @ encode([sentence])[0]
        choice = next((pool[i] for i in sims.argsort()[::-1] if pool[i] not in kept), None)
        log.info("guard: dropped a generated sentence with unsupported %s", ", ".join(missing))
        if choice is not None:
            kept.append(choice)
        replacements.append(Replacement(generated=sentence, replaced_by=choice or "", unsupported=missing))
    return kept, replacements
