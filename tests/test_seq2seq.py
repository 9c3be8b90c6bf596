"""The transformers summariser, for real, on tiny models built here.

Random weights and a sentencepiece tokenizer trained on the seeds: one T5-style model
(T5Config + T5Tokenizer) and one BART-style model (BartConfig + BARThez's sentencepiece
tokenizer), saved as safetensors and loaded through `get("transformers")`, as users do.
Random weights write nonsense; the faithfulness guard must visibly reject it.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from briefing.clean import clean
from briefing.config import Settings
from briefing.errors import ModelError, UsageError
from briefing.ingest import ingest
from briefing.records import Article, Document
from briefing.segment import segment
from briefing.summarisers import get
from briefing.summarisers.seq2seq import chunks, guard, resolve, unsupported

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GREEDY = {"summarization": {"num_beams": 1, "min_length": 12, "max_length": 24}}
"""Generation settings read from the model's config, as for real models (greedy keeps the test fast)."""


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    articles, _ = ingest([str(SEEDS)])
    return [segment(clean(a)) for a in articles]


def _train(tmp: Path, prefix: str, **ids: int) -> Path:
    import sentencepiece as spm

    corpus = tmp / "corpus.txt"
    if not corpus.exists():
        lines = [line.strip() for f in sorted(SEEDS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
        corpus.write_text("\n".join(l for l in lines if l), encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(tmp / prefix), vocab_size=400, model_type="unigram",
                                   character_coverage=1.0, minloglevel=2, **ids)
    return tmp / f"{prefix}.model"


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    """models/ with tiny-t5 and tiny-bart, both random, both safetensors."""
    import torch
    from transformers import (BartConfig, BartForConditionalGeneration, BarthezTokenizer, T5Config,
                              T5ForConditionalGeneration, T5Tokenizer)

    tmp = tmp_path_factory.mktemp("tiny")
    root = tmp / "models"

    # T5: sentencepiece unigram with T5's ids (pad 0, eos 1, unk 2, no bos).
    src = tmp / "t5-src"
    src.mkdir()
    shutil.copy(_train(tmp, "t5", pad_id=0, eos_id=1, unk_id=2, bos_id=-1), src / "spiece.model")
    tok = T5Tokenizer.from_pretrained(str(src), extra_ids=0, model_max_length=256)
    config = T5Config(vocab_size=len(tok), d_model=32, d_ff=64, num_layers=2, num_heads=2, d_kv=16,
                      pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id, decoder_start_token_id=tok.pad_token_id,
                      task_specific_params=GREEDY)
    torch.manual_seed(0)
    out = root / "tiny-t5"
    T5ForConditionalGeneration(config).save_pretrained(str(out), safe_serialization=True)
    tok.save_pretrained(str(out))

    # BART: BARThez is BART with a sentencepiece tokenizer (<s> 0, <pad> 1, </s> 2, <unk> 3).
    src = tmp / "bart-src"
    src.mkdir()
    shutil.copy(_train(tmp, "bart", bos_id=0, pad_id=1, eos_id=2, unk_id=3), src / "sentencepiece.bpe.model")
    tok = BarthezTokenizer.from_pretrained(str(src))
    config = BartConfig(vocab_size=len(tok), d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                        decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=256,
                        pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                        decoder_start_token_id=tok.eos_token_id, forced_eos_token_id=tok.eos_token_id,
                        task_specific_params=GREEDY)
    torch.manual_seed(0)
    out = root / "tiny-bart"
    BartForConditionalGeneration(config).save_pretrained(str(out), safe_serialization=True)
    tok.save_pretrained(str(out))
    return root


def _source(doc: Document) -> str:
    return "\n".join([doc.article.title, doc.article.text])


@pytest.mark.parametrize("name", ["tiny-t5", "tiny-bart"])
def test_tiny_model_through_the_registry_and_the_guard(models, docs, name, caplog):
    doc = docs[0]
    settings = Settings(summariser="transformers", model=name, models_dir=str(models), sentences=3)
    summariser = get("transformers")
    assert summariser.name == "transformers"
    with caplog.at_level(logging.INFO, logger="briefing.summarisers.seq2seq"):
        summary = summariser.summarise(doc, settings)
    assert summary.source == doc.id
    assert summary.method == f"transformers:{name}"
    # The article is far longer than the 256-token input: summarised in parts, not cut off.
    assert any("summarising it in" in r.getMessage() for r in caplog.records)
    # Random weights write nonsense: the guard rejects it, visibly.
    assert summary.replacements, "the guard let random-weight output through"
    verbatim = {s.text for s in doc.sentences}
    for r in summary.replacements:
        assert r.unsupported
        assert r.generated not in summary.sentences
        assert r.replaced_by == "" or r.replaced_by in verbatim
    assert summary.sentences
    for s in summary.sentences:
        assert s in verbatim or unsupported(s, _source(doc)) == ()


def test_model_given_as_a_path(models):
    article = Article(id="short", title="Troops arrive", path="short.txt",
                      text="About 3,000 North Korean soldiers arrived in Russia this month. They are training near Kursk.")
    settings = Settings(summariser="transformers", model=str(models / "tiny-t5"), sentences=2)
    summary = get("transformers").summarise(segment(article), settings)
    assert summary.method == f"transformers:{models / 'tiny-t5'}"
    assert 1 <= len(summary.sentences) <= 2


def test_guard_keeps_supported_and_replaces_invented(docs):
    doc = docs[0]
    kept, replacements = guard([
        "North Korean troops are approaching the front line.",      # every name and number is in the article
        "About 25,000 North Korean soldiers reached Pyongyang Harbour.",  # invented number and place
    ], doc)
    assert kept[0] == "North Korean troops are approaching the front line."
    assert len(replacements) == 1
    r = replacements[0]
    assert r.generated.startswith("About 25,000")
    assert set(r.unsupported) >= {"25,000", "Harbour"}
    assert r.replaced_by == kept[1] and r.replaced_by in {s.text for s in doc.sentences}


def test_unsupported_numbers_and_names():
    src = "About 3,000 North Korean soldiers arrived in Russia, officials said on Monday."
    assert unsupported("About 3000 North Korean soldiers arrived.", src) == ()
    assert unsupported("The soldiers arrived in Russia on Monday.", src) == ()
    assert unsupported("Some 12,000 soldiers arrived in Moscow.", src)[:2] == ("12,000", "Moscow")
    assert "Putin" in unsupported("Putin said soldiers arrived.", src)


def test_chunks_fit_and_lose_nothing():
    count = lambda t: len(t.split())  # noqa: E731  (one token a word)
    texts = ["one two three four.", "five six seven.", " ".join(f"w{i}" for i in range(25)) + "."]
    parts = chunks(texts, count, limit=10)
    assert all(sum(count(p) + 1 for p in part) <= 10 for part in parts)
    assert " ".join(" ".join(part) for part in parts).split() == " ".join(texts).split()


def test_errors_name_the_folder_and_what_is_missing(tmp_path):
    with pytest.raises(ModelError, match="needs a model"):
        resolve("", str(tmp_path))
    with pytest.raises(ModelError, match="not found.*models pull"):
        resolve("no-such-model-anywhere", str(tmp_path))
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "t5"}')
    with pytest.raises(ModelError, match=r"half is incomplete \(missing model.safetensors, tokenizer files"):
        resolve("half", str(tmp_path))
    (folder / "pytorch_model.bin").write_bytes(b"0")
    with pytest.raises(ModelError, match="not as safetensors"):
        resolve("half", str(tmp_path))


def test_not_a_seq2seq_model(tmp_path, docs):
    from transformers import BertConfig, BertModel

    folder = tmp_path / "bert"
    BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=32)).save_pretrained(str(folder))
    (folder / "tokenizer.json").write_text("{}")
    with pytest.raises(ModelError, match="not a sequence-to-sequence"):
        get("transformers").summarise(docs[0], Settings(model=str(folder)))


def test_unknown_summariser_lists_the_known_ones():
    with pytest.raises(UsageError, match=r"Unknown summariser 'bart' \(available: embedded, lead, transformers\)"):
        get("bart")


def test_pull_without_network_is_one_clear_line(tmp_path, monkeypatch):
    import huggingface_hub

    from briefing.modelstore import pull

    def offline(**kwargs):
        raise OSError("Name or service not known")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", offline)
    with pytest.raises(ModelError) as e:
        pull("facebook/bart-large-cnn", tmp_path)
    assert "\n" not in str(e.value)
    assert "network" in str(e.value) and "facebook/bart-large-cnn" in str(e.value)
    assert not (tmp_path / "facebook" / "bart-large-cnn").exists()
    assert e.value.exit_code == 3  # nothing could be produced; not a usage error (user review)


def test_list_models_says_who_can_use_what(models):
    from briefing.modelstore import list_models

    found = {m.name: m for m in list_models(models, cache=False)}
    assert found["all-MiniLM-L6-v2"].summarisers == ("embedded",)
    assert found["tiny-t5"].summarisers == ("transformers",) and found["tiny-t5"].kind == "t5"
    assert found["tiny-bart"].summarisers == ("transformers",) and found["tiny-bart"].kind == "bart"


def test_code_shipped_with_a_model_is_never_run(models, tmp_path):
    """A model folder may name its own Python classes (config.json "auto_map"); loading it must not
    import them: trust_remote_code is off for the config, the tokenizer and the weights."""
    import json

    from briefing.summarisers.seq2seq import load

    folder = tmp_path / "tiny-t5-with-code"
    shutil.copytree(models / "tiny-t5", folder)
    ran = tmp_path / "ran"
    (folder / "evil.py").write_text(f"open({str(ran)!r}, 'w').write('ran')\nfrom transformers import T5Config as EvilConfig\n"
                                    "from transformers import T5ForConditionalGeneration as EvilModel\n")
    config = json.loads((folder / "config.json").read_text())
    config["auto_map"] = {"AutoConfig": "evil.EvilConfig", "AutoModelForSeq2SeqLM": "evil.EvilModel"}
    (folder / "config.json").write_text(json.dumps(config))
    tokenizer, model = load(str(folder))
    assert not ran.exists()
    assert type(model).__name__ == "T5ForConditionalGeneration"
