"""Classifying projects into sensitive areas: weights by field, codes, exclusions, context, and evidence."""

from __future__ import annotations

import pytest
from conftest import area_classifier, project, write_pack

from collabscreen.fields import AreaClassifier
from collabscreen.policy import load_pack

AREAS = [
    ["area_id", "title", "category", "tier", "terms", "codes", "exclude", "context"],
    ["q-computing", "Quantum computing", "quantum", "advanced", "quantum computing; qubit", "FOR:5108", "", ""],
    ["batteries", "Batteries", "energy", "", "solid-state battery", "", "", ""],
    ["satellites", "Satellites", "space", "", "satellite", "", "satellite cell; satellite campus", ""],
    ["hypersonics", "Hypersonics", "space", "", "scramjet; waverider", "", "", "hypersonic; mach"],
    ["rs", "Remote sensing", "space", "", "remote sensing", "CAH10-01-04", "", ""],
]


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    return area_classifier(tmp_path_factory.mktemp("packs"), AREAS, flag_outcome="escalate")


def hits(classifier, **fields):
    return [(h.area.area_id, h.band, h.weight, h.terms, h.codes) for h in classifier.classify_text(**fields)]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the title weighs 3: one term there flags the project
        ({"title": "Error-corrected qubits"}, [("q-computing", "flag", 3, ("qubits",), ())]),
        # one mention in the abstract is only a possible match
        ({"abstract": "We may one day run this on a qubit."}, [("q-computing", "possible", 1, ("qubit",), ())]),
        # keywords weigh 2, abstract 1: together they flag
        ({"keywords": "qubit; cryogenics", "abstract": "Quantum computing needs cold."},
         [("q-computing", "flag", 3, ("qubit", "quantum computing"), ())]),
        # a mapped field code flags on its own, with or without its scheme prefix and sub-codes
        ({"field_codes": ["FOR:5108"]}, [("q-computing", "flag", 0, (), ("5108",))]),
        ({"field_codes": ["CAH10-01-04"]}, [("rs", "flag", 0, (), ("CAH10-01-04",))]),
        # the last word takes a plural ending; hyphens read as spaces
        ({"title": "Solid-state batteries for drones"}, [("batteries", "flag", 3, ("solid state batteries",), ())]),
        ({"title": "Remote-sensing of wheat"}, [("rs", "flag", 3, ("remote sensing",), ())]),
        # whole words only
        ({"title": "Satellites-free qubitization of nothing"}, [("satellites", "flag", 3, ("satellites",), ())]),
        # excluded phrases do not count
        ({"title": "Satellite cells in muscle repair"}, []),
        ({"title": "Satellite campus teaching"}, []),
        # a term that needs context: none given, no hit; with context, a hit
        ({"title": "Scramjet noise in opera houses"}, []),
        ({"title": "Scramjet inlets at Mach 6"}, [("hypersonics", "flag", 3, ("scramjet",), ())]),
        # case and script folding
        ({"title": "QUANTUM COMPUTING"}, [("q-computing", "flag", 3, ("quantum computing",), ())]),
        ({"title": "Hypertension in older adults", "abstract": "A pharmacy trial."}, []),
    ],
)
def test_classify(classifier, fields, expected):
    assert hits(classifier, **fields) == expected


def test_evidence_names_the_term_the_field_and_a_snippet(classifier):
    (hit,) = classifier.classify_text(title="Qubit control", abstract="Quantum computing " + "x " * 60 + "end.",
                                      field_codes=["FOR:5108"])
    assert hit.evidence == (
        '"qubit" in title: qubit control',
        '"quantum computing" in abstract: quantum computing x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x…',
        "field code 5108 is FOR:5108, which the pack maps to q-computing",
    )
    (hit,) = classifier.classify_text(field_codes=["510805 Quantum technologies (excl. ...)"])
    assert hit.evidence == ("field code 510805 falls under FOR:5108, which the pack maps to q-computing",)


def test_classify_reads_title_abstract_keywords_and_codes_of_a_project(classifier):
    p = project(title="Cryogenic control", abstract="For quantum computing.", keywords=["qubit"],
                field_codes=["CAH10-01-04"])
    assert hits(classifier, title=p.title) == []
    assert [(h.area.area_id, h.band, h.weight) for h in classifier.classify(p)] == [
        ("q-computing", "flag", 3), ("rs", "flag", 0)]


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        ("Quantum computing with superconducting qubits", "",
         {("ca-stra", "stra-quantum-computing", "flag"), ("uk-nsi", "nsi-13", "flag")}),
        ("Satellite constellations for broadband", "",
         {("ca-stra", "stra-satellites", "flag"), ("uk-china-sti", "ukcn-dropped-satellites", "flag"),
          ("uk-nsi", "nsi-14", "flag")}),
    ],
)
def test_shipped_area_sets_flag(shipped_screener, title, abstract, expected):
    found = shipped_screener.areas.classify_text(title=title, abstract=abstract)
    # A subset check: the shipped vocabularies grow, so other areas may flag too.
    assert expected <= {(h.area.set_id, h.area.area_id, h.band) for h in found}


def test_shipped_area_sets_exclude_satellite_cells(shipped_screener):
    found = shipped_screener.areas.classify_text(title="Muscle regeneration",
                                                 abstract="Satellite cells drive muscle repair.")
    assert [h.area.area_id for h in found if "satellite" in h.area.title.casefold()] == []


POOLED = [
    ["area_id", "title", "category", "terms"],
    ["ml", "Machine learning", "ai", "machine learning"],
    ["cv", "Computer vision", "ai", "computer vision; object detection"],
    ["rs", "Remote sensing", "space", "remote sensing"],
]


def _pooled_classifier(tmp_path, pool_by):
    path = write_pack(tmp_path, f"""
[[areas]]
id = "topics"
title = "Topics"
file = "areas.csv"
{pool_by}
""", files={"areas.csv": POOLED})
    return AreaClassifier(load_pack(path).area_sets)


@pytest.mark.parametrize(
    ("pool_by", "abstract", "expected"),
    [
        # one mention each: alone, each area is only possible
        ("", "We use machine learning and computer vision.", [("ml", "possible", 1), ("cv", "possible", 1)]),
        # pooled by category, the two add up to 2: still possible
        ('pool_by = "category"', "We use machine learning and computer vision.",
         [("ml", "possible", 1), ("cv", "possible", 1)]),
        # three terms of one category reach the flag together; an area of another category does not join in
        ('pool_by = "category"', "Machine learning, computer vision and object detection, and remote sensing.",
         [("ml", "flag", 1), ("cv", "flag", 2), ("rs", "possible", 1)]),
        ("", "Machine learning, computer vision and object detection, and remote sensing.",
         [("ml", "possible", 1), ("cv", "possible", 2), ("rs", "possible", 1)]),
    ],
)
def test_pool_by_category(tmp_path, pool_by, abstract, expected):
    found = _pooled_classifier(tmp_path, pool_by).classify_text(abstract=abstract)
    assert [(h.area.area_id, h.band, h.weight) for h in found] == expected


def test_pooled_flag_says_why(tmp_path):
    found = _pooled_classifier(tmp_path, 'pool_by = "category"').classify_text(
        abstract="Machine learning, computer vision and object detection.")
    assert found[0].evidence[-1] == 'with the other "ai" areas found, the terms weigh 3 (flag at 3)'


def test_a_term_two_pooled_areas_share_counts_once(tmp_path):
    path = write_pack(tmp_path, """
[[areas]]
id = "topics"
title = "Topics"
file = "areas.csv"
pool_by = "category"
""", files={"areas.csv": [["area_id", "title", "category", "terms"], ["a", "A", "robots", "drone; robot"],
                          ["b", "B", "robots", "drone"]]})
    found = AreaClassifier(load_pack(path).area_sets).classify_text(abstract="A drone and a robot.")
    # "drone" (both areas) + "robot" (a) = 2, not 3
    assert [(h.area.area_id, h.band) for h in found] == [("a", "possible"), ("b", "possible")]
