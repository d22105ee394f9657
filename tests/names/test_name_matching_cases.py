"""Case tables for the matcher: the forms researchers type, hard negatives, acronym support, listed parents, and
what every match says about itself.

The first tables run against the shipped lists (ca-strac, aspi-cdut, us-research-security); the rule tables run
against a small pack of our own, so each rule is seen working on names nobody tuned it for.
"""

from __future__ import annotations

import pytest
from conftest import write_pack

from collabscreen.names import NameIndex
from collabscreen.policy import load_pack, load_policies

HIT_ASPI = ("aspi-cdut", "aspi-cdut-harbin-institute-of-technology")
HIT_ALL = [HIT_ASPI, ("ca-nro", "ca-nro-harbin-institute-of-technology"),
           ("us-1286", "us-1286-harbin-institute-of-technology"),
           ("us-bis-research", "us-bis-research-harbin-institute-of-technology")]


@pytest.fixture(scope="module")
def shipped():
    return NameIndex(load_policies(["ca-strac", "aspi-cdut", "us-research-security"]).lists)


def found(index, text, country=None):
    """(list_id, entry_id, band) of every match, sorted."""
    return sorted((m.list_id, m.entry_id, m.band) for m in index.match(text, country))


def with_band(pairs, band="match"):
    return sorted((list_id, entry_id, band) for list_id, entry_id in pairs)


POSITIVES = [
    # (text, country, expected (list_id, entry_id, band) triples)
    ("Dept. of Computer Science, Natl. Univ. of Defense Technol., Changsha 410073, P.R. China", None, with_band([
        ("aspi-cdut", "aspi-cdut-national-university-of-defense-technology"),
        ("ca-nro", "ca-nro-national-university-of-defense-technology"),
        ("us-1286", "us-1286-national-university-of-defense-technology"),
        ("us-bis-research", "us-bis-research-national-university-of-defense-technology-nudt")])),
    ("Harbin Inst. of Tech.", None, with_band(HIT_ALL)),
    ("Harbin Institute of Technology (Shenzhen)", "CN", with_band(HIT_ALL)),  # a campus: the university
    ("哈爾濱工業大學", None, with_band([HIT_ASPI])),  # traditional script; only ASPI prints Chinese
    ("Haerbingongyedaxue", "China", with_band([HIT_ASPI])),  # pinyin of the listed Chinese name, run together
    ("Haerbin Gongye Daxue", None, with_band([HIT_ASPI])),  # ... and spaced as the typist chose
    ("HIT", "China", with_band([HIT_ASPI, ("ca-nro", "ca-nro-harbin-institute-of-technology")])),
    ("Sichaun University", "CN", with_band([("aspi-cdut", "aspi-cdut-sichuan-university"),
                                            ("ca-nro", "ca-nro-sichuan-university"),
                                            ("us-1286", "us-1286-sichuan-university"),
                                            ("us-bis-research", "us-bis-research-sichuan-university")])),
    ("Peking University Third Hospital", "CN", with_band([("aspi-cdut", "aspi-cdut-peking-university")])),
    ("Tsinghua University and Massachusetts Institute of Technology", None,
     with_band([("aspi-cdut", "aspi-cdut-tsinghua-university")])),  # two organisations, one listed
    ("Institute of Physics, Chinese Academy of Sciences, Beijing 100190, China", None, with_band([
        ("us-1286", "us-1286-chinese-academy-of-sciences-institute-of-physics"),
        ("us-bis-research", "us-bis-research-chinese-academy-of-sciences-institute-of-physics")])),
    ("Boreskov Institute of Catalysis SB RAS, Novosibirsk, Russia", None, with_band([
        ("us-1286", "us-1286-federal-research-center-boreskov-institute-of-catalysis"),
        ("us-bis-research", "us-bis-research-federal-research-center-boreskov-institute-of-catalysis")])),
    ("National Defense University", "PRC", with_band([("aspi-cdut", "aspi-cdut-national-defense-university"),
                                                      ("ca-nro", "ca-nro-national-defense-university"),
                                                      ("us-1286", "us-1286-national-defense-university")])),
    # A name of common words only, in another country: not even a possible match.
    ("National Defense University, Washington, DC", "USA", []),
]


@pytest.mark.parametrize(("text", "country", "expected"), POSITIVES)
def test_positive(shipped, text, country, expected):
    assert found(shipped, text, country) == expected


HARD_NEGATIVES = [
    ("Harbin Medical University", "CN"),  # shares two of three words with Harbin Engineering University
    ("Beijing University of Technology", "CN"),  # "Beijing University" (Peking) goes on "of Technology"
    ("Tianjin University of Technology", "CN"),
    ("Zhejiang University of Technology", "CN"),
    ("ShanghaiTech University", "CN"),  # not Shanghai University
    ("Shaanxi Normal University", "CN"),
    ("Northwestern University, Chicago, USA", None),
    ("Holon Institute of Technology (HIT)", "Israel"),  # the text spells HIT out as another name
    ("hit", "China"),  # a verb, not an acronym
    ("Institute of Physics (IOP), London", "UK"),  # a name of common words only, in another country
    ("US Army University, Fort Leavenworth", "USA"),
]


@pytest.mark.parametrize(("text", "country"), HARD_NEGATIVES)
def test_hard_negative(shipped, text, country):
    assert [m for m in found(shipped, text, country) if m[2] == "match"] == []


def test_a_match_explains_itself(shipped):
    (aspi, *_) = shipped.match("Dept. of Physics, Harbin Insitute of Technol., Harbin 150001, P.R. China")
    assert aspi.matched_text == "Harbin Insitute of Technol"
    assert aspi.explanation.startswith(
        'match on aspi-cdut entry "Harbin Institute of Technology" via alias "Harbin Institute of Technology", '
        "score 99 (match ≥ 92, possible ≥ 85): ")
    assert 'aligned harbin, institute=Insitute, technology=Technol' in aspi.explanation
    assert '"Insitute" read as "institute" (one letter apart, -3)' in aspi.explanation
    assert "country CN agrees (+2)" in aspi.explanation
    assert aspi.reasons[-1] == "country CN agrees (+2)"


def test_what_lowered_the_score_is_said(shipped):
    (nro,) = [m for m in shipped.match("National Defense University, Washington, DC", "USA", floor=50)
              if m.list_id == "ca-nro"]
    assert (nro.band, nro.score) == ("below", 76.0)
    assert nro.reasons[-2:] == (
        "a name that does not say where (common words only, or without the country the listed name carries), and "
        "no country to support it (capped at 88)", "country US differs from listed CN (-12)")


# --- the rules, on a pack of our own ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    path = write_pack(tmp_path_factory.mktemp("packs"), """
[[lists]]
id = "own"
title = "Our own list"
file = "orgs.csv"
""", files={"orgs.csv": [
        ["entry_id", "name", "aliases", "country", "parent"],
        ["o-qit", "Qilin Institute of Technology", "QIT; 麒麟理工大学", "CN", ""],
        ["o-lab", "Key Laboratory of Laser Optics at Qilin Institute of Technology", "", "CN", "o-qit"],
        ["o-phys", "Institute of Physics", "", "RU", ""],
        ["o-corp", "Dragonfly Avionics Co., Ltd. (Dragonfly)", "", "CN", ""],
    ]})
    return NameIndex(load_pack(path).lists)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Acronyms: typed in capitals, and supported by the country or by the long form in the same string.
        ("QIT", "CN", [("o-qit", "match")]),
        ("QIT", None, []),
        ("QIT", "FR", []),
        ("qit", "CN", []),
        ("QIT - Qilin Institute of Technology", None, [("o-qit", "match")]),
        ("Quantum Information Theory (QIT) group", "CN", []),  # spelled out as something else
        # A listed lab also stands for its listed parent.
        ("Key Laboratory of Laser Optics at Qilin Institute of Technology", None, [("o-lab", "match"),
                                                                                   ("o-qit", "match")]),
        # A part of the listed organisation before or after it: the organisation.
        ("School of Physics, Qilin Institute of Technology", None, [("o-qit", "match")]),
        ("Qilin Institute of Technology Graduate School", None, [("o-qit", "match")]),
        # A longer name is another organisation.
        ("Qilin Institute of Technology and Management", None, []),
        ("North Qilin Institute of Technology", None, []),
        # A name of common words only needs its country; a differing country takes it under the bands.
        ("Institute of Physics", "RU", [("o-phys", "match")]),
        ("Institute of Physics", None, [("o-phys", "possible")]),
        ("Institute of Physics", "GB", []),
        # Legal forms go; a bracketed short name is a name of its own.
        ("Dragonfly Avionics", None, [("o-corp", "match")]),
        ("Dragonfly", "CN", [("o-corp", "match")]),
        ("麒麟理工大學", None, [("o-qit", "match")]),
        ("Qilinligongdaxue", None, [("o-qit", "match")]),
    ],
)
def test_rules(own, text, country, expected):
    assert sorted((m.entry_id, m.band) for m in own.match(text, country)) == sorted(expected)


def test_parent_resolution_says_why(own):
    parent = next(m for m in own.match("Key Laboratory of Laser Optics at Qilin Institute of Technology")
                  if m.entry_id == "o-qit")
    assert ('"Key Laboratory of Laser Optics at Qilin Institute of Technology" is listed as part of '
            '"Qilin Institute of Technology"') in parent.explanation


def test_acronym_support_is_named(own):
    (alone,) = own.match("QIT", "CN")
    assert 'acronym "QIT" stands alone, supported by country CN' in alone.explanation
    (spelled,) = own.match("QIT - Qilin Institute of Technology")
    assert spelled.matched_alias == "Qilin Institute of Technology"  # the long form is the better evidence


def test_floor_reports_scores_under_the_bands(own):
    assert own.match("Institute of Physics", "GB") == []
    (below,) = own.match("Institute of Physics", "GB", floor=50)
    assert (below.band, below.score) == ("below", 76.0)


def test_words_run_together_match_even_when_each_is_a_known_word():
    # "Jiaotong" is itself a listed word (Xi'an Jiaotong University), so the joined form must be tried anyway.
    from collabscreen.names import NameIndex
    from collabscreen.policy import load_policies

    found = NameIndex(load_policies(["aspi-cdut"]).lists).match("Shanghai Jiaotong University, Shanghai 200240, China")
    assert [(m.entry_id, m.band) for m in found] == [("aspi-cdut-shanghai-jiao-tong-university", "match")]
