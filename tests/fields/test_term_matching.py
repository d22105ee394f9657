"""Word forms, spelling, exclusions, code schemes and the shipped vocabularies: case tables for the classifier."""

from __future__ import annotations

import shutil

import pytest
from conftest import area_classifier

from collabscreen.fields import AreaClassifier
from collabscreen.fields.codes import FieldCode, code_matches
from collabscreen.fields.phrases import PhraseIndex
from collabscreen.fields.text import american, tokens
from collabscreen.policy import load_pack
from collabscreen.policy.loader import resolve_pack_path

# ---------------------------------------------------------------------------------------------------------------
# text and phrases


@pytest.mark.parametrize(
    ("british", "american_"),
    [("modelling", "modeling"), ("defence", "defense"), ("fibre", "fiber"), ("organisation", "organization"),
     ("stabilisations", "stabilizations"), ("haemoglobin", "hemoglobin"), ("computer", "computer")],
)
def test_british_spellings_read_as_american(british, american_):
    assert american(british) == american_


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("solid-state battery", "Solid state batteries", "solid state batteries"),
        ("remote sensing", "remotely-sensed data", "remotely sensed"),
        ("climate modelling", "climate modeling", "climate modeling"),
        ("carbon fibre composite", "carbon-fiber composites", "carbon fiber composites"),
        ("robot", "surgical robotics", "robotics"),
        ("quantum computer", "quantum computing", "quantum computing"),
        ("negative poisson's ratio", "a negative Poisson ratio", "negative poisson ratio"),
        # whole words only, and a shared root is not the same word
        ("qubit", "qubitization", None),
        ("organ", "organisation", None),
        ("ai", "maintain", None),
        ("sar", "sarcoma", None),
        ("stellarator", "stellar polarimetry", None),
        ("robotics", "a robot arm", "robot"),
        # an acronym's plural with a lower-case "s" reads as the acronym; a word that only ends in "s" does not
        ("BMI", "Existing BMIs fail", "bmis"),
        ("unmanned aerial vehicle", "unmanned aerial vehicles (UAVs)", "unmanned aerial vehicles"),
        ("bmi", "bmis", None),
        ("GP", "GPS receivers", None),
    ],
)
def test_phrases_match_word_forms_and_whole_words_only(phrase, text, found):
    got = [m.text for m in PhraseIndex([(phrase, 1)]).find(text)]
    assert got == ([found] if found else [])


def test_tokens_keep_their_place_for_snippets():
    (tok,) = [t for t in tokens("The robotics lab") if t.stem == "robot"]
    assert (tok.start, tok.end, tok.word) == (4, 12, "robotics")


# ---------------------------------------------------------------------------------------------------------------
# a small pack: exclusions, context, weights, codes

AREAS = [
    ["area_id", "title", "category", "tier", "terms", "codes", "exclude", "context"],
    ["rs", "Remote sensing", "dropped", "", "remote sensing; satellite imagery", "FOR:4013", "", ""],
    ["sat", "Satellites", "space", "", "satellite", "", "satellite imagery; satellite cells", ""],
    ["agri", "Agriculture", "in scope", "", "crop yield; agriculture", "FOR:30", "", ""],
    ["aero", "Aerospace", "space", "", "aviation; aircraft", "", "history of aviation", ""],
    ["weapons", "Weapons", "weapons", "advanced", "missile; warhead", "FOS:2.11", "", ""],
    ["hyper", "Hypersonics", "space", "", "scramjet", "", "", "hypersonic; mach"],
]


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    return area_classifier(tmp_path_factory.mktemp("packs"), AREAS)


def flagged(classifier, **fields):
    return sorted(h.area.area_id for h in classifier.classify_text(**fields) if h.band == "flag")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title": "Remote sensing of crop yield"}, ["agri", "rs"]),
        # satellite imagery is remote sensing, not satellite technology
        ({"title": "Satellite imagery for crop yield forecasting"}, ["agri", "rs"]),
        ({"title": "A history of aviation in Canada"}, []),
        ({"title": "Aviation safety and aircraft icing"}, ["aero"]),
        ({"title": "Scramjet combustion", "abstract": "Flight at Mach 7."}, ["hyper"]),
        ({"title": "Scramjet combustion"}, []),
        # one passing mention in the abstract is only possible; three distinct or repeated ones flag
        ({"abstract": "Relevant to missile design."}, []),
        ({"abstract": "A missile. The missile. Its warhead."}, ["weapons"]),
        ({"keywords": "warhead", "abstract": "missile"}, ["weapons"]),
    ],
)
def test_cases(classifier, fields, expected):
    assert flagged(classifier, **fields) == expected


def test_possible_band_and_weights(classifier):
    (hit,) = classifier.classify_text(abstract="Relevant to missile design.")
    assert (hit.area.area_id, hit.band, hit.weight, hit.terms) == ("weapons", "possible", 1, ("missile",))
    (hit,) = classifier.classify_text(abstract="A missile. The missiles again.")
    assert (hit.band, hit.weight, hit.matches[0].weight) == ("possible", 2, 2)


def test_evidence_gives_term_field_and_snippet(classifier):
    hits = {h.area.area_id: h for h in classifier.classify_text(
        title="Remote-sensing of crop yields", abstract="We use the Landsat archive " * 10)}
    assert hits["rs"].evidence == ('"remote sensing" in title: remote sensing of crop yields',)
    assert hits["agri"].matches[0].term == "crop yield"
    assert hits["agri"].matches[0].text == "crop yields"
    assert hits["agri"].matches[0].field == "title"


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["FOR:401303"], ["rs"]),        # a sub-code of a mapped group
        (["ANZSRC:4013"], ["rs"]),       # scheme names read loosely
        (["4013"], ["rs"]),              # a bare code matches any scheme
        (["CAH:4013"], []),              # another scheme never matches
        (["FOR:3004"], ["agri"]),
        (["FOS:2.11"], ["weapons"]),
        (["FOS:2.1"], []),               # a broader code is not inside a narrower one
        (["OECD:2.11"], ["weapons"]),
    ],
)
def test_field_codes(classifier, codes, expected):
    assert flagged(classifier, field_codes=codes) == expected


@pytest.mark.parametrize(
    ("project", "area", "matches"),
    [("FOS:1.21", "FOS:1.2", False), ("FOS:1.2.3", "FOS:1.2", True), ("CAH11-01-01", "CAH3:CAH11-01", True),
     ("100366", "HECOS:100366", True), ("100366", "FOR:10", False),
     # a title after the code is ignored; CRDC codes are known by their RDF prefix
     ("460203 Computer vision", "FOR:4602", True), ("FoR 2020: 4602 - Artificial intelligence", "FOR:4602", True),
     ("RDF2030508 Radar", "CRDC:RDF20305", True), ("RDF2030508", "FOR:20305", False),
     ("CAH10-01-04 aeronautical and aerospace engineering", "CAH:CAH10-01", True)],
)
def test_code_schemes(project, area, matches):
    assert code_matches(FieldCode.parse(project), FieldCode.parse(area)) is matches


# ---------------------------------------------------------------------------------------------------------------
# an office adds a term in the CSV and sees it take effect


def test_a_term_added_to_a_shipped_csv_takes_effect(tmp_path):
    pack = tmp_path / "uk-china-sti-2025"
    shutil.copytree(resolve_pack_path("uk-china-sti-2025"), pack)
    title = "Tethered kite stations in the stratosphere"
    before = {h.area.area_id for h in AreaClassifier(load_pack(pack).area_sets).classify_text(title=title)}
    assert "ukcn-dropped-satellites" not in before

    csv_path = pack / "areas" / "uk_china_sti.csv"
    text = csv_path.read_text(encoding="utf-8")
    csv_path.write_text(text.replace("satellite; satellites;", "satellite; satellites; kite station;", 1),
                        encoding="utf-8")
    (hit,) = [h for h in AreaClassifier(load_pack(pack).area_sets).classify_text(title=title)
              if h.area.area_id == "ukcn-dropped-satellites"]
    assert (hit.band, hit.terms) == ("flag", ("kite stations",))


# ---------------------------------------------------------------------------------------------------------------
# the shipped vocabularies on the hard cases

LABELLED = {"ca-stra", "uk-china-sti"}


def shipped(classifier_hits):
    return {(h.area.set_id, h.area.category if h.area.set_id == "ca-stra" else h.area.area_id)
            for h in classifier_hits if h.band == "flag" and h.area.set_id in LABELLED}


@pytest.mark.parametrize(
    ("title", "abstract", "present", "absent"),
    [
        ("Remote sensing of crop yield", "",
         {("uk-china-sti", "ukcn-dropped-remote-sensing"), ("uk-china-sti", "ukcn-in-agri")},
         {("uk-china-sti", "ukcn-dropped-satellites")}),
        ("Surgical robotics for minimally invasive surgery", "",
         {("uk-china-sti", "ukcn-dropped-robotics"), ("ca-stra", "Robotics and Autonomous Systems"),
          ("uk-china-sti", "ukcn-in-health")}, set()),
        ("A history of aviation", "How early aviation shaped the twentieth century.",
         set(), {("ca-stra", "Aerospace, Space and Satellite Technology")}),
        ("Machine learning for climate models", "",
         {("ca-stra", "Artificial Intelligence and Big Data Technology"), ("uk-china-sti", "ukcn-in-climate")}, set()),
        ("Satellite cells in muscle regeneration", "",
         set(), {("ca-stra", "Aerospace, Space and Satellite Technology"), ("uk-china-sti", "ukcn-dropped-satellites")}),
        ("Soil health in organic farming", "", {("uk-china-sti", "ukcn-in-agri")}, {("uk-china-sti", "ukcn-in-health")}),
        ("School climate and pupil wellbeing", "", set(), {("uk-china-sti", "ukcn-in-climate")}),
        ("Power plant control with model predictive control", "", set(), {("uk-china-sti", "ukcn-in-agri")}),
    ],
)
def test_shipped_hard_cases(shipped_screener, title, abstract, present, absent):
    got = shipped(shipped_screener.areas.classify_text(title=title, abstract=abstract))
    assert present <= got
    assert not (absent & got)


# ---------------------------------------------------------------------------------------------------------------
# framing: a history of a technology is not research in it


def test_history_framed_title_makes_terms_a_possible_match_only():
    classifier = AreaClassifier(load_pack(resolve_pack_path("ca-strac")).area_sets)
    hits = {h.area.area_id: h for h in classifier.classify_text(
        title="Wings over the works: an oral and material history of British civil aviation labour, 1919-1975",
        abstract="Histories of British aviation follow the designers; we turn to the workers who built aircraft "
                 "and kept them flying, from the wooden biplane era to the jet age, through oral history.",
        keywords="history of aviation; aircraft industry; jet engines")}
    assert hits["stra-zero-emission-fuel-aircraft"].band == "possible"
    assert any('framed as "material history"' in e for e in hits["stra-zero-emission-fuel-aircraft"].evidence)
    assert all(h.band == "possible" for h in hits.values())


def test_unframed_title_still_flags():
    classifier = AreaClassifier(load_pack(resolve_pack_path("ca-strac")).area_sets)
    hits = {h.area.area_id: h.band for h in classifier.classify_text(
        title="Hydrogen-electric propulsion for regional aircraft", abstract="aircraft and aviation emissions")}
    assert hits["stra-zero-emission-fuel-aircraft"] == "flag"


def test_no_shipped_exclusion_silences_its_own_terms(shipped_policies):
    from collabscreen.fields.classifier import cancelled_terms

    assert cancelled_terms(shipped_policies.area_sets) == []

