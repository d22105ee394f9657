#!/usr/bin/env python3
"""Build bench/data/org_matching_labelled.csv (labelled evaluation set for the name matcher).

Deterministic: no randomness; rows come out in the order written below.

Positives are derived from the reference lists in /work/shared/reference/ (names, aliases,
name_zh from the ASPI file) or hand-written around a listed organisation (typos, affiliation
strings, campuses/labs, multi-organisation strings).  Every positive's target_name is asserted to
be the exact `name` / `name_en` / `Clean Name` of a row of target_source, and every alias-derived
text is asserted to be present in that row's alias field.

Negatives are hand-written (real institutions).  They are verified separately against ALL
reference files by check_org_labels.py.

Needs: opencc-purepy (simplified -> traditional) and pypinyin (pinyin without spaces), e.g.
    /tmp/probe/bin/python bench/data/build_org_labels.py
"""
import csv
import os
import re
import sys
import unicodedata

from opencc_purepy import OpenCC
from pypinyin import lazy_pinyin

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.environ.get("COLLABSCREEN_REFERENCE_DIR", "/work/shared/reference")
OUT = os.path.join(HERE, "org_matching_labelled.csv")

ASPI = "aspi_china_defence_universities_2020.csv"
NRO = "canada_named_research_organizations_2024-04-18.csv"
S1286 = "us_ndaa_fy2019_section_1286_list.csv"
S1260H = "us_section_1260h_chinese_military_companies.csv"
BIS = "us_bis_entity_list_research_institutions_2026-07.csv"

FIELDS = ["text", "country", "label", "target_source", "target_name", "form", "note"]
FORMS = {"exact", "alias", "acronym", "chinese_script", "traditional_chinese", "pinyin_no_spaces",
         "former_name", "abbreviated", "typo", "affiliation_string", "campus_or_lab", "multi_org",
         "hard_negative", "benign"}


# --------------------------------------------------------------------------- reference loading
def _split(s, sep=";"):
    return [p.strip() for p in (s or "").split(sep) if p.strip()]


def load_reference():
    """{file: {exact target name: set(aliases incl. Chinese)}}"""
    ref = {}
    with open(os.path.join(REF, ASPI), encoding="utf-8") as f:
        d = {}
        for r in csv.DictReader(f):
            d.setdefault(r["name_en"], set()).update(_split(r["aliases"]) + [r["name_zh"]])
        ref[ASPI] = d
    with open(os.path.join(REF, NRO), encoding="utf-8") as f:
        d = {}
        for r in csv.DictReader(f):
            d.setdefault(r["name"], set()).update(_split(r["known_aliases"]))
        ref[NRO] = d
    with open(os.path.join(REF, S1286), encoding="utf-8") as f:
        d = {}
        for r in csv.DictReader(f):
            d.setdefault(r["name"], set()).update(_split(r["aliases"]))
        ref[S1286] = d
    with open(os.path.join(REF, S1260H), encoding="utf-8") as f:
        d = {}
        for r in csv.DictReader(f):
            d.setdefault(r["Clean Name"], set()).update(
                _split(r["Alias"], ",") + _split(r["Previous Name"]) + [r["Name"]])
        ref[S1260H] = d
    with open(os.path.join(REF, BIS), encoding="utf-8") as f:
        d = {}
        for r in csv.DictReader(f):
            d.setdefault(r["name"], set()).update(_split(r["aliases"]))
        ref[BIS] = d
    return ref


REFDATA = load_reference()


def _norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    s = s.replace("&", " and ").replace("–", " ").replace("—", " ")
    s = re.sub(r"[^\w\u4e00-\u9fff]+", " ", s)
    return " ".join(s.split())


# For notes: which other lists carry the same organisation (same normalised name or alias).
_INDEX = {}
for _src, _d in REFDATA.items():
    for _name, _al in _d.items():
        for _v in {_name, *_al}:
            _INDEX.setdefault(_norm(_v), set()).add(_src)

SHORT = {ASPI: "ASPI", NRO: "NRO", S1286: "1286", S1260H: "1260H", BIS: "BIS"}


def also_in(src, target):
    other = sorted(SHORT[s] for s in _INDEX.get(_norm(target), set()) if s != src)
    return ("; also in " + ", ".join(other)) if other else ""


# --------------------------------------------------------------------------- row helpers
ROWS = []

CHINA = ["China", "P.R. China", "PRC", "CN", "People's Republic of China", "P. R. China", "",
         "Peoples Republic of China", "China (mainland)", "中国"]
IRAN = ["Iran", "I.R. Iran", "Islamic Republic of Iran", "IR", ""]
RUSSIA = ["Russia", "Russian Federation", "RU", "", "Russian Fed."]
_ci = {"cn": 0, "ir": 0, "ru": 0}


def C(kind):
    """Deterministic rotation through the typed forms of a country."""
    pool = {"cn": CHINA, "ir": IRAN, "ru": RUSSIA}[kind]
    v = pool[_ci[kind] % len(pool)]
    _ci[kind] += 1
    return v


def check_target(src, target):
    if target not in REFDATA[src]:
        sys.exit(f"target_name not found in {src}: {target!r}")


def pos(text, country, src, target, form, note=""):
    check_target(src, target)
    assert form in FORMS and form not in ("hard_negative", "benign"), form
    ROWS.append(dict(text=text, country=country, label=1, target_source=src, target_name=target,
                     form=form, note=(note + also_in(src, target)).strip("; ")))


def pos_alias(alias, country, src, target, form, note=""):
    """Alias/acronym/former name: must literally be in the row's alias field."""
    check_target(src, target)
    if alias not in REFDATA[src][target]:
        sys.exit(f"alias {alias!r} not listed for {target!r} in {src}")
    pos(alias, country, src, target, form, note or f"listed alias in {SHORT[src]}")


def neg(text, country, form, note):
    assert form in ("hard_negative", "benign")
    ROWS.append(dict(text=text, country=country, label=0, target_source="", target_name="",
                     form=form, note=note))


# =========================================================================== POSITIVES
# ---- exact: the listed name as printed -----------------------------------------------
for t, k in [("Harbin Institute of Technology", "cn"), ("Beihang University", "cn"),
             ("Northwestern Polytechnical University", "cn"),
             ("National University of Defense Technology", "cn"), ("Xidian University", "cn"),
             ("Harbin Engineering University", "cn"),
             ("University of Electronic Science and Technology of China", "cn"),
             ("Tsinghua University", "cn"), ("Zhejiang University", "cn"),
             ("Shanghai Jiao Tong University", "cn"), ("Xi'an Jiaotong University", "cn"),
             ("Nanjing University of Aeronautics and Astronautics", "cn"),
             ("Huazhong University of Science and Technology", "cn"),
             ("Beijing University of Posts and Telecommunications", "cn")]:
    pos(t, C(k), ASPI, t, "exact", "name_en in ASPI file")
pos("Northeastern University", "China", ASPI, "Northeastern University", "exact",
    "ASPI name_en (东北大学, Shenyang); same string as Northeastern University, Boston (hard negative) - country disambiguates")
pos("Soochow University", "P.R. China", ASPI, "Soochow University", "exact",
    "ASPI name_en (苏州大学, Suzhou); homonym of Soochow University, Taipei (hard negative)")
pos("National Defense University", "PRC", ASPI, "National Defense University", "exact",
    "ASPI name_en (PLA NDU, Beijing); homonym of US National Defense University (hard negative)")
pos("University of South China", "China", ASPI, "University of South China", "exact",
    "ASPI name_en (南华大学, Hengyang)")
for t, k in [("Sharif University of Technology", "ir"), ("Imam Hossein University", "ir"),
             ("Shahid Beheshti University", "ir"),
             ("Iranian Research Organization for Science and Technology", "ir"),
             ("Pasteur Institute of Iran", "ir"),
             ("Chinese Academy of Engineering Physics", "cn"),
             ("Center for High Pressure Science and Technology Advanced Research", "cn"),
             ("Academy of Military Medical Sciences", "cn"),
             ("Hefei National Laboratory for Physical Sciences at Microscale", "cn"),
             ("Beijing Computational Science Research Centre", "cn"),
             ("48th Central Scientific Research Institute", "ru"),
             ("Key Laboratory of Information Systems Engineering", "cn")]:
    pos(t, C(k), NRO, t, "exact", "name in NRO file")
pos("Aerospace Research Institute", "Iran", NRO, "Aerospace Research Institute", "exact",
    "NRO name; generic string, only the country (Iran) makes it specific")
pos("Physics Research Center", "Iran", NRO, "Physics Research Center", "exact",
    "NRO name; generic string, country Iran")
for t, k in [("Moscow Institute of Physics and Technology", "ru"),
             ("Skolkovo Institute of Science and Technology", "ru"),
             ("Bauman Moscow State Technical University", "ru"),
             ("Ocean University of China", "cn"), ("Amirkabir University of Technology", "ir"),
             ("Tomsk Polytechnic University", "ru"), ("Moscow State University", "ru"),
             ("Astrakhan State University", "ru")]:
    pos(t, C(k), S1286, t, "exact", "name in Section 1286 list")
for t in ["Huawei Technologies Co., Ltd.", "Semiconductor Manufacturing International Corporation",
          "BGI Genomics Co., Ltd.", "Contemporary Amperex Technology Co., Ltd.",
          "Chinese Academy of Ordnance Science", "Shanghai Aircraft Design and Research Institute"]:
    pos(t, C("cn"), S1260H, t, "exact", "Clean Name in 1260H file")
for t, k in [("Peng Cheng Laboratory", "cn"), ("Zhangjiang Laboratory", "cn"),
             ("Beijing Academy of Artificial Intelligence", "cn"), ("Xinjiang Police College", "cn"),
             ("Central Aerohydrodynamic Institute", "ru"),
             ("Wuxi Jiangnan Institute of Computing Technology", "cn"),
             ("Shanghai Institute of Optics and Fine Mechanics", "cn")]:
    pos(t, C(k), BIS, t, "exact", "name in BIS Entity List subset")

# ---- alias (English aliases, not acronyms / former names) ---------------------------
for a, k, src, t in [
    ("Beijing University of Aeronautics and Astronautics", "cn", ASPI, "Beihang University"),
    ("Academy of Military Sciences", "cn", ASPI, "Academy of Military Science"),
    ("PLA Air Force Command College", "cn", ASPI, "Air Force Command College"),
    ("Army Engineering University of the PLA", "cn", ASPI, "Army Engineering University"),
    ("China Academy of Engineering Physics", "cn", ASPI, "Chinese Academy of Engineering Physics"),
    ("PLA Dalian Naval Academy", "cn", ASPI, "Dalian Naval Academy"),
    ("Nanhang University", "cn", ASPI, "Nanjing University of Aeronautics and Astronautics"),
    ("Nanchang Aviation University", "cn", ASPI, "Nanchang Hangkong University"),
    ("Xi'an University of Electronic Science and Technology", "cn", ASPI, "Xidian University"),
    ("Beijing University", "cn", ASPI, "Peking University"),
    ("China Ordnance Equipment Group Corporation", "cn", ASPI, "China South Industries Group"),
    ("China Aerospace Science & Industry Corp", "cn", ASPI, "China Aerospace Science and Industry Corporation"),
    ("Ministry of State Security Administrative Institute", "cn", ASPI, "Jiangnan Social University"),
    ("Naval Aeronautics and Astronautics University", "cn", ASPI, "Navy Aviation University"),
    ("Rocket Force Engineering University", "cn", ASPI, "Rocket Force University of Engineering"),
    ("Qinghua University", "cn", ASPI, "Tsinghua University"),
    ("Imam Hussein University", "ir", NRO, "Imam Hossein University"),
    ("Baqiyatallah University of Medical Sciences", "ir", NRO, "Baghyatollah Medical Sciences University"),
    ("Institute of Computing Technology Chinese Academy of Sciences", "cn", NRO,
     "Chinese Academy of Sciences Institute of Computing Technology"),
    ("Defence Industries Training and Research Institute", "ir", NRO,
     "Defence Industries Organization Training and Research Institute"),
    ("Research Centre for Explosion and Impact", "ir", NRO, "Explosion and Impact Technology Research Centre"),
    ("Peak Multiscale Science Institute", "cn", NRO, "Peac Institute of Multiscale Science"),
    ("Beijing High Voltage Science Research Center", "cn", NRO,
     "Center for High Pressure Science and Technology Advanced Research"),
    ("Shahid Sattari Air Academy", "ir", NRO, "Shahid Sattari Air Force University"),
    ("Institute Pasteur of Iran", "ir", NRO, "Pasteur Institute of Iran"),
    ("Imam Hossein University of the Revolutionary Guards", "ir", NRO, "Imam Hossein University"),
    ("M.V. Lomonosov Moscow State University", "ru", S1286, "Moscow State University"),
    ("National Research University Higher School of Economics", "ru", S1286,
     "Moscow’s Higher School of Economics"),
    ("Kurchatov Institute", "ru", S1286, "National Research Centre “Kurchatov Institute”"),
    ("Lebedev Physical Institute", "ru", S1286,
     "P.N. Lebedev Physical Institute of the Russian Academy of Sciences"),
    ("Kazan National Technical Research University", "ru", S1286,
     "Kazan National Research Technical University named after A.N. Tupolev-KAI"),
    ("Malek Ashtar University of Technology", "ir", S1286, "Malek Ashtar University"),
    ("Osipyan Institute of Solid State Physics", "ru", S1286,
     "Institute of Solid State Physics of the Russian Academy of Sciences"),
    ("Zhongshan University", "cn", S1286, "Sun Yat-sen University"),
    ("Qihoo 360", "cn", S1260H, "360 Security Technology Inc."),
    ("Hikvision", "cn", S1260H, "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("Sugon", "cn", S1260H, "Dawning Information Industry Co., Ltd."),
    ("Pengcheng Lab", "cn", BIS, "Peng Cheng Laboratory"),
    ("Zhiyuan Research Institute", "cn", BIS, "Beijing Academy of Artificial Intelligence"),
    ("Krylov State Research Center", "ru", BIS, "St. Petersburg Shipbuilding Institution Krylov"),
    ("Nanjing Research Institute of Electronics Technology", "cn", BIS,
     "China Electronics Technology Group Corporation 14th Research Institute (CETC 14)"),
    ("Hebei Semiconductor Research Institute", "cn", BIS,
     "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)"),
    ("Xi'an Microelectronics Technology Institute", "cn", BIS,
     "China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 Research Institute"),
    ("Institute for Information Transmission Problems", "ru", BIS,
     "A.A. Kharkevich Institute for Information Transmission Problems (IITP), Russian Academy of Sciences (RAS)"),
]:
    pos_alias(a, C(k), src, t, "alias")

# ---- acronym ------------------------------------------------------------------------
for a, country, src, t in [
    ("NUDT", "China", ASPI, "National University of Defense Technology"),
    ("BUAA", "PRC", ASPI, "Beihang University"),
    ("HIT", "China", ASPI, "Harbin Institute of Technology"),
    ("NWPU", "CN", ASPI, "Northwestern Polytechnical University"),
    ("NJUST", "P.R. China", ASPI, "Nanjing University of Science and Technology"),
    ("UESTC", "China", ASPI, "University of Electronic Science and Technology of China"),
    ("BUPT", "China", ASPI, "Beijing University of Posts and Telecommunications"),
    ("USTC", "PRC", ASPI, "University of Science and Technology of China"),
    ("CETC", "China", ASPI, "China Electronics Technology Group Corporation"),
    ("CASIC", "China", ASPI, "China Aerospace Science and Industry Corporation"),
    ("AVIC", "CN", ASPI, "Aviation Industry Corporation of China"),
    ("CARDC", "China", ASPI, "China Aerodynamics Research and Development Center"),
    ("PLAIEU", "China", ASPI, "Information Engineering University"),
    ("CAEP", "China", ASPI, "Chinese Academy of Engineering Physics"),
    ("AMMS", "PRC", NRO, "Academy of Military Medical Sciences"),
    ("HPSTAR", "China", NRO, "Center for High Pressure Science and Technology Advanced Research"),
    ("IROST", "Iran", NRO, "Iranian Research Organization for Science and Technology"),
    ("IHU", "Iran", NRO, "Imam Hossein University"),
    ("BMSU", "Iran", NRO, "Baghyatollah Medical Sciences University"),
    ("MIPT", "Russia", S1286, "Moscow Institute of Physics and Technology"),
    ("Skoltech", "Russian Federation", BIS, "Skolkovo Institute of Science and Technology"),
    ("BAAI", "China", BIS, "Beijing Academy of Artificial Intelligence"),
    ("TsAGI", "Russia", BIS, "Central Aerohydrodynamic Institute"),
    ("SIOM", "China", BIS, "Shanghai Institute of Optics and Fine Mechanics"),
    ("SMIC", "China", S1260H, "Semiconductor Manufacturing International Corporation"),
    ("YMTC", "China", S1260H, "Yangtze Memory Technologies Co., Ltd."),
]:
    pos_alias(a, country, src, t, "acronym", f"listed acronym in {SHORT[src]}; country needed to disambiguate")

# ---- chinese_script (ASPI name_zh / Chinese aliases only) ----------------------------
ZH = [  # (chinese string as in ASPI file, ASPI name_en)
    ("哈尔滨工业大学", "Harbin Institute of Technology"),
    ("北京航空航天大学", "Beihang University"),
    ("西北工业大学", "Northwestern Polytechnical University"),
    ("中国人民解放军国防科技大学", "National University of Defense Technology"),
    ("哈尔滨工程大学", "Harbin Engineering University"),
    ("北京理工大学", "Beijing Institute of Technology"),
    ("南京航空航天大学", "Nanjing University of Aeronautics and Astronautics"),
    ("南京理工大学", "Nanjing University of Science and Technology"),
    ("西安电子科技大学", "Xidian University"),
    ("电子科技大学", "University of Electronic Science and Technology of China"),
    ("中国工程物理研究院", "Chinese Academy of Engineering Physics"),
    ("中国电子科技集团公司", "China Electronics Technology Group Corporation"),
    ("清华大学", "Tsinghua University"),
    ("北京邮电大学", "Beijing University of Posts and Telecommunications"),
    ("中国科学技术大学", "University of Science and Technology of China"),
    ("国防大学", "National Defense University"),
    ("第四军医大学", "Air Force Medical University"),
    ("空军工程大学", "Air Force Engineering University"),
    ("西电大学", "Xidian University"),
    ("中国科技大学", "University of Science and Technology of China"),
    ("北大", "Peking University"),
    ("成都电子科技大学", "University of Electronic Science and Technology of China"),
    ("中船重工", "China Shipbuilding Industry Corporation"),
    ("航天科工", "China Aerospace Science and Industry Corporation"),
    ("国际关系学院", "University of International Relations"),
    ("火箭军工程大学", "Rocket Force University of Engineering"),
    ("中国空气动力研究与发展中心", "China Aerodynamics Research and Development Center"),
]
for zh, t in ZH:
    check_target(ASPI, t)
    assert zh in REFDATA[ASPI][t], (zh, t)
    pos(zh, C("cn"), ASPI, t, "chinese_script", "name_zh/alias taken verbatim from ASPI file")

# ---- traditional_chinese (opencc-purepy s2t of ASPI name_zh) --------------------------
S2T = OpenCC("s2t")
TRAD = ["哈尔滨工业大学", "北京航空航天大学", "西北工业大学", "中国人民解放军国防科技大学",
        "哈尔滨工程大学", "北京理工大学", "南京航空航天大学", "南京理工大学", "西安电子科技大学",
        "电子科技大学", "中国工程物理研究院", "中国电子科技集团公司", "北京邮电大学",
        "中国科学技术大学", "国防大学", "东北大学", "上海交通大学"]
ZHMAP = dict(ZH)
ZHMAP.update({"东北大学": "Northeastern University", "上海交通大学": "Shanghai Jiao Tong University"})
for zh in TRAD:
    t = ZHMAP[zh]
    assert zh in REFDATA[ASPI][t]
    tr = S2T.convert(zh)
    if tr == zh:
        continue
    pos(tr, C("cn") if zh != "东北大学" else "China", ASPI, t, "traditional_chinese",
        f"opencc-purepy s2t of ASPI name_zh {zh}")

# ---- pinyin_no_spaces (pypinyin lazy_pinyin of ASPI name_zh, joined) ------------------
PY = ["哈尔滨工业大学", "北京航空航天大学", "西北工业大学", "哈尔滨工程大学", "北京理工大学",
      "南京航空航天大学", "南京理工大学", "西安电子科技大学", "北京邮电大学", "长春理工大学",
      "沈阳理工大学", "桂林电子科技大学", "东华理工大学", "华中科技大学", "重庆邮电大学",
      "杭州电子科技大学"]
PYMAP = dict(ZH)
PYMAP.update({"长春理工大学": "Changchun University of Science and Technology",
              "沈阳理工大学": "Shenyang Ligong University",
              "桂林电子科技大学": "Guilin University of Electronic Science and Technology",
              "东华理工大学": "East China University of Technology",
              "华中科技大学": "Huazhong University of Science and Technology",
              "重庆邮电大学": "Chongqing University of Posts and Telecommunications",
              "杭州电子科技大学": "Hangzhou Dianzi University"})
for i, zh in enumerate(PY):
    t = PYMAP[zh]
    assert zh in REFDATA[ASPI][t]
    syl = lazy_pinyin(zh)
    style = i % 3
    if style == 0:
        s = "".join(syl).capitalize()
    elif style == 1:
        s = "".join(syl)
    else:
        s = "".join(x.capitalize() for x in syl)
    pos(s, C("cn"), ASPI, t, "pinyin_no_spaces", f"pypinyin lazy_pinyin of ASPI name_zh {zh}, joined")

# ---- former_name ---------------------------------------------------------------------
for a, k, src, t, note in [
    ("Fourth Military Medical University", "cn", ASPI, "Air Force Medical University", "pre-2017 name"),
    ("Third Military Medical University", "cn", ASPI, "Army Medical University", "pre-2017 name"),
    ("Second Military Medical University", "cn", ASPI, "Navy Medical University", "pre-2017 name"),
    ("Changsha Institute of Technology", "cn", ASPI, "National University of Defense Technology", "predecessor name"),
    ("Luoyang Foreign Languages University", "cn", ASPI, "Information Engineering University", "merged into IEU 2017"),
    ("Zhengzhou Institute of Surveying and Mapping", "cn", ASPI, "Information Engineering University", "merged into IEU"),
    ("Hebei United University", "cn", ASPI, "North China University of Science and Technology", "pre-2015 name"),
    ("Dalian Nationalities University", "cn", ASPI, "Dalian Minzu University", "pre-2015 name"),
    ("Gansu University of Technology", "cn", ASPI, "Lanzhou University of Technology", "pre-2003 name"),
    ("Guilin Institute of Electronic Technology", "cn", ASPI, "Guilin University of Electronic Science and Technology", "former name"),
    ("Hangzhou Institute of Electrical Engineering", "cn", ASPI, "Hangzhou Dianzi University", "former name"),
    ("East China Institute of Technology", "cn", ASPI, "East China University of Technology", "former name"),
    ("Wuhan Radar Institute", "cn", ASPI, "Air Force Early Warning Academy", "former name"),
    ("Armored Forces Engineering Academy", "cn", ASPI, "Army Academy of Armored Forces", "former name"),
    ("Second Artillery Equipment Academy", "cn", ASPI, "Rocket Force Research Institute", "former name (Second Artillery = Rocket Force before 2016)"),
    ("PLA University of Science and Technology", "cn", ASPI, "Army Engineering University", "pre-2017 name"),
    ("Arya-Mehr University of Technology", "ir", NRO, "Sharif University of Technology", "pre-1979 name"),
    ("Shenyang Institute of Aeronautical Engineering", "cn", S1286, "Shenyang Aerospace University", "pre-2010 name"),
    ("Shanghai Institute of Metallurgy", "cn", BIS,
     "Chinese Academy of Sciences' Shanghai Institute of Microsystem and Information Technology", "pre-2001 name of SIMIT"),
    ("Phoenix Optics Company Limited", "cn", S1260H, "Phenix Optical Company Limited", "1260H 'Previous Name'"),
    ("Shanghai East China Computer Co., Ltd.", "cn", S1260H, "CETC Digital Technology Co., Ltd.", "1260H 'Previous Name'"),
]:
    pos_alias(a, C(k), src, t, "former_name", f"listed alias; {note}")

# ---- abbreviated (generated: Univ./Inst./Natl./Technol. ...) --------------------------
ABBR = [("University", "Univ."), ("Institute", "Inst."), ("National", "Natl."),
        ("Technology", "Technol."), ("Technological", "Technol."), ("Science", "Sci."),
        ("Sciences", "Sci."), ("Engineering", "Eng."), ("Aeronautics", "Aeronaut."),
        ("Astronautics", "Astronaut."), ("Telecommunications", "Telecommun."),
        ("Polytechnical", "Polytech."), ("Academy", "Acad."), ("Electronic", "Electron."),
        ("Physics", "Phys."), ("Chemical", "Chem."), ("Technical", "Tech."), ("Defense", "Def."),
        ("Research", "Res."), ("Laboratory", "Lab.")]


def abbreviate(name, style):
    s = name
    for full, ab in ABBR:
        s = re.sub(r"\b%s\b" % full, ab, s)
    s = s.replace(" and ", " & ")
    if style == 1:      # no full stops
        s = s.replace(".", "")
    elif style == 2:    # keep 'of' out, as in some journal affiliation styles
        s = s.replace(" of ", " ")
    return s


for i, (src, t, k) in enumerate([
    (ASPI, "Harbin Institute of Technology", "cn"),
    (ASPI, "National University of Defense Technology", "cn"),
    (ASPI, "Northwestern Polytechnical University", "cn"),
    (ASPI, "Beijing University of Posts and Telecommunications", "cn"),
    (ASPI, "Nanjing University of Science and Technology", "cn"),
    (ASPI, "University of Science and Technology of China", "cn"),
    (ASPI, "University of Electronic Science and Technology of China", "cn"),
    (ASPI, "Harbin Engineering University", "cn"),
    (ASPI, "Beijing Institute of Technology", "cn"),
    (ASPI, "Nanjing University of Aeronautics and Astronautics", "cn"),
    (ASPI, "Huazhong University of Science and Technology", "cn"),
    (ASPI, "South China University of Technology", "cn"),
    (ASPI, "Dalian University of Technology", "cn"),
    (ASPI, "Changchun University of Science and Technology", "cn"),
    (ASPI, "Beijing University of Chemical Technology", "cn"),
    (ASPI, "Kunming University of Science and Technology", "cn"),
    (ASPI, "Hefei University of Technology", "cn"),
    (ASPI, "Wuhan University of Technology", "cn"),
    (NRO, "Sharif University of Technology", "ir"),
    (NRO, "Chinese Academy of Engineering Physics", "cn"),
    (NRO, "Iranian Research Organization for Science and Technology", "ir"),
    (S1286, "Moscow Institute of Physics and Technology", "ru"),
    (S1286, "Bauman Moscow State Technical University", "ru"),
    (S1286, "Skolkovo Institute of Science and Technology", "ru"),
]):
    a = abbreviate(t, i % 3)
    assert a != t, t
    pos(a, C(k), src, t, "abbreviated", "generated abbreviation of the listed name")

# ---- typo (hand-written, realistic keyboard / spelling errors) -------------------------
for text, k, src, t, note in [
    ("Harbin Insitute of Technology", "cn", ASPI, "Harbin Institute of Technology", "dropped letter"),
    ("Harbin Institue of Technology", "cn", ASPI, "Harbin Institute of Technology", "dropped letter"),
    ("Beihang Univeristy", "cn", ASPI, "Beihang University", "transposition"),
    ("Northwestern Polytechnial University", "cn", ASPI, "Northwestern Polytechnical University", "dropped letter"),
    ("National Univeristy of Defence Technology", "cn", ASPI, "National University of Defense Technology", "transposition + British spelling"),
    ("Xidain University", "cn", ASPI, "Xidian University", "transposition"),
    ("Tsinghua Univesity", "cn", ASPI, "Tsinghua University", "dropped letter"),
    ("Nanjing Univeristy of Science and Technology", "cn", ASPI, "Nanjing University of Science and Technology", "transposition"),
    ("Harbin Engeneering University", "cn", ASPI, "Harbin Engineering University", "misspelling"),
    ("Beijing Insitute of Technology", "cn", ASPI, "Beijing Institute of Technology", "dropped letter"),
    ("Univerity of Electronic Science and Technology of China", "cn", ASPI,
     "University of Electronic Science and Technology of China", "dropped letter"),
    ("Beijing University of Post and Telecommunication", "cn", ASPI,
     "Beijing University of Posts and Telecommunications", "common singular error"),
    ("Nanjing University of Aeronatics and Astronautics", "cn", ASPI,
     "Nanjing University of Aeronautics and Astronautics", "dropped letter"),
    ("Sichaun University", "cn", ASPI, "Sichuan University", "transposition"),
    ("Zheijang University", "cn", ASPI, "Zhejiang University", "transposition"),
    ("Huazhong Univeristy of Science and Technology", "cn", ASPI,
     "Huazhong University of Science and Technology", "transposition"),
    ("Sun Yat-sen Univeristy", "cn", ASPI, "Sun Yat-sen University", "transposition"),
    ("Shanghai Jiao Tong Univerisity", "cn", ASPI, "Shanghai Jiao Tong University", "extra letter"),
    ("Sharif Universty of Technology", "ir", NRO, "Sharif University of Technology", "dropped letter"),
    ("Imam Hosein University", "ir", NRO, "Imam Hossein University", "single s"),
    ("Chinese Acadamy of Engineering Physics", "cn", NRO, "Chinese Academy of Engineering Physics", "vowel error"),
    ("Moscow Institue of Physics and Technology", "ru", S1286, "Moscow Institute of Physics and Technology", "dropped letter"),
    ("Skolkovo Insitute of Science and Technology", "ru", S1286, "Skolkovo Institute of Science and Technology", "dropped letter"),
    ("Bauman Moscow State Techincal University", "ru", S1286, "Bauman Moscow State Technical University", "transposition"),
    ("Semiconductor Manufactoring International Corporation", "cn", S1260H,
     "Semiconductor Manufacturing International Corporation", "vowel error"),
]:
    pos(text, C(k), src, t, "typo", f"typo ({note}) of listed name")

# ---- affiliation_string (department + org + city + postcode + country) ------------------
for text, country, src, t in [
    ("School of Astronautics, Harbin Institute of Technology, Harbin 150001, China", "China", ASPI, "Harbin Institute of Technology"),
    ("College of Underwater Acoustic Engineering, Harbin Engineering University, Harbin 150001, P.R. China", "P.R. China", ASPI, "Harbin Engineering University"),
    ("School of Electronic and Information Engineering, Beihang University, Beijing 100191, China", "China", ASPI, "Beihang University"),
    ("School of Mechatronical Engineering, Beijing Institute of Technology, Beijing 100081, PR China", "PR China", ASPI, "Beijing Institute of Technology"),
    ("School of Aeronautics, Northwestern Polytechnical University, Xi'an, Shaanxi 710072, China", "China", ASPI, "Northwestern Polytechnical University"),
    ("College of Energy and Power Engineering, Nanjing University of Aeronautics and Astronautics, Nanjing 210016, China", "China", ASPI, "Nanjing University of Aeronautics and Astronautics"),
    ("School of Chemistry and Chemical Engineering, Nanjing University of Science and Technology, Nanjing 210094, China", "CN", ASPI, "Nanjing University of Science and Technology"),
    ("College of Computer Science and Technology, National University of Defense Technology, Changsha, Hunan 410073, China", "China", ASPI, "National University of Defense Technology"),
    ("Department of Engineering Physics, Tsinghua University, Beijing 100084, China", "China", ASPI, "Tsinghua University"),
    ("School of Physics, Peking University, Beijing 100871, P. R. China", "P. R. China", ASPI, "Peking University"),
    ("Hefei National Research Center for Physical Sciences at the Microscale, University of Science and Technology of China, Hefei, Anhui 230026, China", "China", ASPI, "University of Science and Technology of China"),
    ("School of Information and Communication Engineering, University of Electronic Science and Technology of China, Chengdu 611731, China", "China", ASPI, "University of Electronic Science and Technology of China"),
    ("National Laboratory of Radar Signal Processing, Xidian University, Xi'an 710071, China", "China", ASPI, "Xidian University"),
    ("College of Polymer Science and Engineering, Sichuan University, Chengdu 610065, China", "China", ASPI, "Sichuan University"),
    ("School of Precision Instrument and Opto-Electronics Engineering, Tianjin University, Tianjin 300072, China", "China", ASPI, "Tianjin University"),
    ("School of Materials Science and Engineering, Sun Yat-sen University, Guangzhou 510275, China", "China", ASPI, "Sun Yat-sen University"),
    ("School of Optical and Electronic Information, Huazhong University of Science and Technology, Wuhan 430074, China", "China", ASPI, "Huazhong University of Science and Technology"),
    ("School of Materials Science and Engineering, Central South University, Changsha 410083, China", "China", ASPI, "Central South University"),
    ("School of Electrical Engineering, Xi'an Jiaotong University, Xi'an 710049, China", "China", ASPI, "Xi'an Jiaotong University"),
    ("State Key Laboratory of Millimeter Waves, Southeast University, Nanjing 210096, China", "China", ASPI, "Southeast University"),
    ("College of Control Science and Engineering, Zhejiang University, Hangzhou 310027, China", "China", ASPI, "Zhejiang University"),
    ("School of Electronic Information and Electrical Engineering, Shanghai Jiao Tong University, Shanghai 200240, China", "China", ASPI, "Shanghai Jiao Tong University"),
    ("State Key Laboratory of Information Photonics and Optical Communications, Beijing University of Posts and Telecommunications, Beijing 100876, China", "China", ASPI, "Beijing University of Posts and Telecommunications"),
    ("School of Mechanical Engineering, Dalian University of Technology, Dalian 116024, China", "China", ASPI, "Dalian University of Technology"),
    ("College of Mechanical Engineering, Chongqing University, Chongqing 400044, China", "China", ASPI, "Chongqing University"),
    ("Department of Chemistry, Sharif University of Technology, Azadi Ave., Tehran, Iran", "Iran", NRO, "Sharif University of Technology"),
    ("Faculty of Physics, Shahid Beheshti University, Evin, Tehran, Iran", "Iran", NRO, "Shahid Beheshti University"),
    ("Institute of Fluid Physics, China Academy of Engineering Physics, Mianyang, Sichuan 621900, China", "China", NRO, "Chinese Academy of Engineering Physics"),
    ("State Key Laboratory of Computer Architecture, Institute of Computing Technology, Chinese Academy of Sciences, Beijing 100190, China", "China", NRO, "Chinese Academy of Sciences Institute of Computing Technology"),
    ("Department of Electrical Engineering, Amirkabir University of Technology, 424 Hafez Ave., Tehran, Iran", "Iran", S1286, "Amirkabir University of Technology"),
    ("Laboratory of Quantum Information Technologies, Moscow Institute of Physics and Technology, Institutskiy per. 9, Dolgoprudny, Moscow Region 141701, Russia", "Russia", S1286, "Moscow Institute of Physics and Technology"),
    ("Center for Energy Science and Technology, Skolkovo Institute of Science and Technology, Bolshoy Boulevard 30, bld. 1, Moscow 121205, Russia", "Russian Federation", S1286, "Skolkovo Institute of Science and Technology"),
    ("Faculty of Physics, Lomonosov Moscow State University, Leninskie Gory 1, Moscow 119991, Russia", "Russia", S1286, "Lomonosov Moscow State University"),
    ("Department of Physics, Bauman Moscow State Technical University, 2nd Baumanskaya St. 5, Moscow 105005, Russia", "RU", S1286, "Bauman Moscow State Technical University"),
    ("School of Nuclear Science and Engineering, Tomsk Polytechnic University, Lenin Ave. 30, Tomsk 634050, Russia", "Russia", S1286, "Tomsk Polytechnic University"),
    ("Boreskov Institute of Catalysis SB RAS, Lavrentiev Ave. 5, Novosibirsk 630090, Russia", "Russia", S1286, "Federal Research Center Boreskov Institute of Catalysis"),
    ("Institute of Physics, Chinese Academy of Sciences, Beijing 100190, China", "China", BIS, "Chinese Academy of Sciences, Institute of Physics"),
    ("Rzhanov Institute of Semiconductor Physics SB RAS, Lavrentiev Ave. 13, Novosibirsk 630090, Russia", "Russia", BIS, "Rzhanov Institute of Semiconductor Physics, Siberian Branch of Russian Academy of Sciences"),
]:
    pos(text, country, src, t, "affiliation_string", "hand-written affiliation string around the listed organisation")

# ---- campus_or_lab (branch campus, hospital, lab, research institute of a listed org) ---
for text, country, src, t, note in [
    ("Harbin Institute of Technology, Shenzhen", "China", ASPI, "Harbin Institute of Technology", "HIT Shenzhen campus"),
    ("Harbin Institute of Technology (Weihai)", "China", ASPI, "Harbin Institute of Technology", "HIT Weihai campus"),
    ("Shandong University, Weihai", "China", ASPI, "Shandong University", "SDU Weihai campus"),
    ("Sun Yat-sen University, Zhuhai Campus", "China", ASPI, "Sun Yat-sen University", "SYSU Zhuhai campus"),
    ("Tsinghua Shenzhen International Graduate School", "China", ASPI, "Tsinghua University", "graduate school of Tsinghua in Shenzhen"),
    ("Peking University Shenzhen Graduate School", "China", ASPI, "Peking University", "graduate school of PKU"),
    ("Xiamen University Malaysia, Sepang, Selangor", "Malaysia", ASPI, "Xiamen University", "overseas branch campus of Xiamen University; country is Malaysia"),
    ("West China Hospital, Sichuan University", "China", ASPI, "Sichuan University", "university hospital of SCU"),
    ("Tongji Medical College, Huazhong University of Science and Technology", "China", ASPI, "Huazhong University of Science and Technology", "medical college of HUST (not Tongji University)"),
    ("Zhejiang University School of Medicine", "China", ASPI, "Zhejiang University", "faculty of ZJU"),
    ("Ruijin Hospital, Shanghai Jiao Tong University School of Medicine", "China", ASPI, "Shanghai Jiao Tong University", "SJTU teaching hospital"),
    ("Peking University Third Hospital", "China", ASPI, "Peking University", "PKU hospital"),
    ("USTC Suzhou Institute for Advanced Research", "China", ASPI, "University of Science and Technology of China", "USTC research institute in Suzhou"),
    ("State Key Laboratory of Mathematical Engineering and Advanced Computing, Zhengzhou", "China", ASPI, "Information Engineering University", "listed alias: lab of IEU"),
    ("National Key Laboratory for Parallel and Distributed Processing", "China", ASPI, "National University of Defense Technology", "listed alias: NUDT lab"),
    ("Key Laboratory of Complex Aviation System Simulation", "China", NRO, "Air Force Research Institute", "listed alias in NRO"),
    ("National Key Laboratory of Radar Signal Processing, Xidian University", "China", S1286, "Defense S&T Key Laboratory of Radar Signal Processing at Xidian University", "listed alias of the 1286 lab row"),
    ("State Key Laboratory of High Power Semiconductor Laser, Changchun University of Science and Technology", "China", S1286, "Defense S&T Key Laboratory of High-Power Semiconductor Lasers at Changchun University of Science and Technology", "1286 lab row"),
    ("Beihang University Hangzhou Innovation Institute", "China", BIS, "Beijing University of Aeronautics and Astronautics (BUAA)", "listed BIS alias (sub-institute)"),
    ("Harbin Institute of Technology, Chongqing Research Institute", "China", BIS, "Harbin Institute of Technology", "listed BIS alias (sub-institute)"),
    ("Sichuan University, Qingdao Research Institute", "China", BIS, "Sichuan University", "listed BIS alias (sub-institute)"),
    ("Tianjin University, Binhai Industrial Research Institute", "China", BIS, "Tianjin University", "listed BIS alias (sub-institute)"),
    ("Beijing Institute of Technology, Chongqing Innovation Center", "China", BIS, "Beijing Institute of Technology", "listed BIS alias (sub-institute)"),
    ("Northwestern Polytechnical University, Ningbo Research Institute", "China", BIS, "Northwestern Polytechnical University", "listed BIS alias (sub-institute)"),
    ("Southwest Institute of Fluid Physics, Mianyang", "China", NRO, "Chinese Academy of Engineering Physics", "CAEP institute, listed NRO alias"),
]:
    pos(text, country, src, t, "campus_or_lab", note)

# ---- multi_org (two organisations, exactly one listed) --------------------------------
for text, country, src, t in [
    ("Department of Computer Science, University of Toronto, Canada; Harbin Institute of Technology, China", "Canada; China", ASPI, "Harbin Institute of Technology"),
    ("Tsinghua University and Massachusetts Institute of Technology", "", ASPI, "Tsinghua University"),
    ("Imperial College London, UK & Beihang University, Beijing", "UK / China", ASPI, "Beihang University"),
    ("McGill University / Zhejiang University", "Canada", ASPI, "Zhejiang University"),
    ("University of Edinburgh (UK) and National University of Defense Technology (PRC)", "UK, PRC", ASPI, "National University of Defense Technology"),
    ("Xidian University; University of British Columbia", "China; Canada", ASPI, "Xidian University"),
    ("Joint lab: University of Waterloo - Northwestern Polytechnical University", "Canada/China", ASPI, "Northwestern Polytechnical University"),
    ("ETH Zurich, Switzerland and Shanghai Jiao Tong University, China", "Switzerland", ASPI, "Shanghai Jiao Tong University"),
    ("Monash University; Nanjing University of Science and Technology", "Australia; China", ASPI, "Nanjing University of Science and Technology"),
    ("University of Alberta & Harbin Engineering University", "Canada & China", ASPI, "Harbin Engineering University"),
    ("KTH Royal Institute of Technology / University of Electronic Science and Technology of China", "Sweden", ASPI, "University of Electronic Science and Technology of China"),
    ("University of Melbourne, Australia; Sun Yat-sen University, Guangzhou, China", "", ASPI, "Sun Yat-sen University"),
    ("Sharif University of Technology, Tehran & University of Waterloo, Canada", "Iran; Canada", NRO, "Sharif University of Technology"),
    ("University of Ottawa and Shahid Beheshti University", "Canada, Iran", NRO, "Shahid Beheshti University"),
    ("Chinese Academy of Engineering Physics / Université de Montréal", "China; Canada", NRO, "Chinese Academy of Engineering Physics"),
    ("Moscow Institute of Physics and Technology, Russia; Aalto University, Finland", "Russia; Finland", S1286, "Moscow Institute of Physics and Technology"),
    ("Skoltech and University of Cambridge", "", BIS, "Skolkovo Institute of Science and Technology"),
    ("Huawei Technologies Co., Ltd. and University of Cambridge", "China; UK", S1260H, "Huawei Technologies Co., Ltd."),
    ("Peng Cheng Laboratory, Shenzhen / National University of Singapore", "China/Singapore", BIS, "Peng Cheng Laboratory"),
    ("Karolinska Institutet & Ocean University of China", "Sweden, China", S1286, "Ocean University of China"),
    ("Universität Stuttgart; Beijing Institute of Technology", "Germany; China", ASPI, "Beijing Institute of Technology"),
]:
    pos(text, country, src, t, "multi_org", "two organisations in one string; exactly one is listed")

# =========================================================================== NEGATIVES
# Hard negatives: REAL institutions whose names are close to listed ones but which are not on any
# reference list.  Every one is verified by check_org_labels.py.  Rows whose text (or a segment of
# it) is literally identical to a listed name/acronym are marked "homonym:" in the note; they
# refer to a different organisation in a different country, and the checker requires the country
# column to differ from the listed entry's country.
H = "hard_negative"
for text, country, note in [
    # --- Harbin / Heilongjiang
    ("Harbin Medical University", "China", "real university (哈尔滨医科大学), not on any list; shares 'Harbin' and 'University' with HIT/HEU"),
    ("Harbin Medical University, Harbin 150081, P.R. China", "P.R. China", "affiliation style; Harbin Medical University is not listed"),
    ("哈尔滨医科大学", "中国", "Chinese name of Harbin Medical University; not listed (ASPI lists 哈尔滨工业大学/哈尔滨工程大学/哈尔滨理工大学)"),
    ("Haerbinyikedaxue", "China", "pinyin of 哈尔滨医科大学 (Harbin Medical University); not listed"),
    ("Harbin Normal University", "China", "real university (哈尔滨师范大学), not listed; shares 'Harbin ... University'"),
    ("Northeast Forestry University, Harbin", "China", "real university in Harbin, not listed; 'Northeast' vs listed Northeastern University"),
    ("Northeast Agricultural University", "PRC", "real university in Harbin, not listed"),
    ("Harbin University of Commerce", "China", "real university, not listed; shares 'Harbin University of ...' with Harbin University of Science and Technology"),
    ("Heilongjiang University of Science and Technology", "China", "real (黑龙江科技大学), not listed; near Heilongjiang University / Heilongjiang Institute of Technology"),
    ("Heilongjiang University of Chinese Medicine", "China", "real, not listed; shares 'Heilongjiang University' prefix"),
    # --- Beijing
    ("Beijing Normal University", "China", "real (北京师范大学), not on any list"),
    ("Beijing Normal University, Beijing 100875, China", "China", "affiliation style; not listed"),
    ("北京师范大学", "CN", "Chinese name of Beijing Normal University; not listed"),
    ("Beijing University of Technology", "China", "real (北京工业大学), not listed; one word away from Beijing Institute of Technology, and starts with 'Beijing University' (ASPI alias of Peking University)"),
    ("Beijinggongyedaxue", "China", "pinyin of 北京工业大学 (Beijing University of Technology); listed BIT is Beijingligongdaxue"),
    ("Beijing Jiaotong University", "China", "real (北京交通大学), not listed; cf. listed Shanghai Jiao Tong / Xi'an Jiaotong"),
    ("Beijing Forestry University", "China", "real, not listed"),
    ("Beijing University of Chinese Medicine", "China", "real, not listed; starts with 'Beijing University' (ASPI alias of Peking University)"),
    ("Beijing Foreign Studies University", "China", "real, not listed; cf. former listed alias Luoyang Foreign Languages University"),
    ("China Agricultural University", "China", "real (中国农业大学), not listed"),
    ("Capital Medical University", "China", "real, not listed"),
    ("Capital Normal University", "China", "real, not listed"),
    ("North China Electric Power University", "China", "real, not listed; cf. listed North China University of Science and Technology"),
    ("North China University of Technology", "China", "real (北方工业大学), not listed; near listed North University of China (中北大学)"),
    ("China University of Petroleum", "China", "real, not listed; cf. listed China University of Mining and Technology"),
    ("Peking Union Medical College", "China", "real, not listed; shares 'Peking' with listed Peking University"),
    ("Chinese Academy of Medical Sciences", "China", "real, not listed; cf. listed Academy of Military Medical Sciences"),
    ("Chinese Academy of Agricultural Sciences", "China", "real, not listed"),
    ("Institute of Automation, Chinese Academy of Sciences, Beijing", "China", "real (CASIA, Beijing), not listed; not the listed Chinese Academy of Sciences – Shenyang Institute of Automation"),
    ("Institute of Software, Chinese Academy of Sciences", "China", "real (ISCAS), not listed; cf. listed Institute of Computing Technology; unrelated to BIS-listed JSC Research Institute of Software Tools (Russia)"),
    ("Institute of Chemistry, Chinese Academy of Sciences, Beijing 100190, China", "China", "real CAS institute, not listed; unrelated to listed Federal State Unitary Enterprise Central Scientific Research Institute of Chemistry and Mechanics (Russia)"),
    ("Institute of Microbiology, Chinese Academy of Sciences", "China", "real (IMCAS), not listed; cf. listed AMMS Institute of Microbiology and Epidemiology"),
    ("Institute of Semiconductors, Chinese Academy of Sciences", "China", "real, not listed; cf. listed Rzhanov Institute of Semiconductor Physics and BIS alias Hebei Institute of Semiconductors (CETC 13)"),
    ("National Astronomical Observatories, Chinese Academy of Sciences", "China", "real, not listed"),
    ("Institute of High Energy Physics, Chinese Academy of Sciences, Beijing", "China", "homonym: CAS IHEP (Beijing) - the listed 'Institute of High Energy Physics' (1286/BIS) is the Russian one (alias Kurchatovskiy Institute ITEF)"),
    # --- Tianjin / Hebei
    ("Tianjin Medical University", "China", "real (天津医科大学), not listed; shares 'Tianjin' with Tianjin University"),
    ("Tianjin University of Technology", "China", "real (天津理工大学), distinct from listed Tianjin University"),
    ("天津理工大学", "China", "Tianjin University of Technology; not listed (listed: 天津大学)"),
    ("Tianjin Normal University", "China", "real, not listed"),
    ("Tianjin University of Science and Technology", "China", "real (天津科技大学), distinct from listed Tianjin University"),
    ("Tianjin University of Finance and Economics", "China", "real, distinct from listed Tianjin University"),
    ("Hebei University of Technology, Tianjin 300401, China", "China", "real (河北工业大学), not listed; near listed Hebei University / Hebei University of Science and Technology"),
    ("Hebeigongyedaxue", "China", "pinyin of 河北工业大学 (Hebei University of Technology); not listed"),
    ("Hebei Medical University", "China", "real, not listed; near listed Hebei University"),
    # --- Shanghai
    ("Shanghai University of Finance and Economics", "China", "real, distinct from listed Shanghai University"),
    ("Shanghai University of Engineering Science", "China", "real, distinct from listed Shanghai University"),
    ("Shanghai University of Electric Power", "China", "real, distinct from listed Shanghai University"),
    ("Shanghai Normal University", "China", "real, not listed"),
    ("Shanghai Ocean University", "China", "real (上海海洋大学), not listed; near listed Ocean University of China"),
    ("Shanghai Maritime University", "China", "real, not listed"),
    ("East China Normal University", "China", "real (华东师范大学), not listed"),
    ("East China University of Science and Technology, Shanghai 200237, China", "China", "real (华东理工大学), NOT the listed East China University of Technology (东华理工大学)"),
    ("Huadongligongdaxue", "China", "pinyin of 华东理工大学 (ECUST); listed ECUT is Donghualigongdaxue"),
    ("华东理工大学", "China", "ECUST; listed is 东华理工大学 (same characters, different order)"),
    ("Shanghai Astronomical Observatory, Chinese Academy of Sciences", "China", "real, not listed; cf. BIS alias Shaanxi Astronomical Observatory (NTSC)"),
    ("ShanghaiTech University", "China", "real, not listed"),
    ("Shanghai Institute of Organic Chemistry, CAS", "China", "real, not listed; cf. listed Shanghai Institute of Optics and Fine Mechanics"),
    # --- Jiangsu / Nanjing
    ("Nanjing Medical University", "China", "real, not listed; shares 'Nanjing ... University'"),
    ("Nanjing Forestry University", "China", "real, not listed"),
    ("Nanjing Agricultural University", "China", "real, not listed"),
    ("Nanjing University of Information Science and Technology, Nanjing 210044, China", "China", "real (NUIST), distinct from listed Nanjing University and Nanjing University of Science and Technology"),
    ("Nanjing University of Chinese Medicine", "China", "real, distinct from listed Nanjing University"),
    ("Nanjing University of Finance and Economics", "China", "real, distinct from listed Nanjing University"),
    ("Hohai University", "China", "real, not listed"),
    ("China Pharmaceutical University", "China", "real, not listed"),
    ("Jiangsu University", "China", "real (江苏大学), not listed; near listed Jiangsu University of Science and Technology"),
    ("Jiangnan University, Wuxi", "China", "real (江南大学), not listed; near listed Jiangnan Social University / Jiangnan Institute of Computing Technology"),
    ("Suzhou University of Science and Technology", "China", "real (苏州科技大学), not listed; cf. listed alias Suzhou University (Soochow)"),
    ("Purple Mountain Observatory, CAS, Nanjing", "China", "real, not listed; cf. listed Nanjing Institute of Astronomical Optics and Technology"),
    # --- Shaanxi / Xi'an
    ("Northwest University, Xi'an 710069, China", "China", "real (西北大学), not listed; near listed Northwestern Polytechnical University"),
    ("Xibeidaxue", "China", "pinyin of 西北大学 (Northwest University); listed NWPU is Xibeigongyedaxue"),
    ("Northwest A&F University", "China", "real, not listed"),
    ("Xi'an University of Architecture and Technology", "China", "real, not listed; cf. listed Xi'an Technological University"),
    ("Xi'an University of Science and Technology", "China", "real (西安科技大学), not listed"),
    ("Shaanxi Normal University", "China", "real, not listed"),
    ("Chang'an University", "China", "real, not listed"),
    # --- Northeast
    ("Northeast Normal University, Changchun 130024, China", "China", "real (东北师范大学), not listed; near listed Northeastern University"),
    ("东北师范大学", "China", "Northeast Normal University; not listed (listed: 东北大学)"),
    ("Northeast Petroleum University", "China", "real, not listed"),
    ("Northeast Electric Power University", "China", "real, not listed"),
    ("Changchun University of Technology", "China", "real (长春工业大学), not listed; near listed Changchun University of Science and Technology"),
    ("Jilin University of Finance and Economics", "China", "real, distinct from listed Jilin University"),
    ("Dalian Maritime University", "China", "real, not listed; cf. listed Dalian Naval Academy / Dalian University of Technology"),
    ("Dalian Medical University", "China", "real, not listed"),
    ("Shenyang University of Technology", "China", "real (沈阳工业大学), not listed; near listed Shenyang Ligong University (alias Shenyang Institute of Technology)"),
    ("Shenyanggongyedaxue", "China", "pinyin of 沈阳工业大学; listed Shenyang Ligong University is Shenyangligongdaxue"),
    ("Shenyang Pharmaceutical University", "China", "real, not listed"),
    ("China Medical University, Shenyang", "China", "real (中国医科大学), not listed"),
    # --- Southwest / Central / South
    ("Southwest University, Chongqing", "China", "real (西南大学), not listed; near listed Southwest University of Science and Technology"),
    ("Southwest Jiaotong University", "China", "real, not listed"),
    ("Southwest Petroleum University", "China", "real, not listed"),
    ("Southwestern University of Finance and Economics", "China", "real, not listed"),
    ("Chongqing Medical University", "China", "real, distinct from listed Chongqing University"),
    ("Chongqing Jiaotong University", "China", "real, not listed"),
    ("Chongqing University of Science and Technology", "China", "real (重庆科技大学), not listed; near listed Chongqing University of Technology"),
    ("Sichuan Agricultural University", "China", "real, not listed; shares 'Sichuan ... University'"),
    ("Sichuan Normal University", "China", "real, not listed"),
    ("Chengdu University of Technology", "China", "real (成都理工大学), not listed; cf. listed alias 成都电子科技大学"),
    ("Chengdu University of Information Technology", "China", "real, not listed"),
    ("Wuhan University of Science and Technology", "China", "real (武汉科技大学), not listed; near listed Wuhan University of Technology"),
    ("Huazhong Agricultural University", "China", "real, not listed; near listed Huazhong University of Science and Technology"),
    ("Central China Normal University, Wuhan", "China", "real (华中师范大学), not listed"),
    ("Zhongnan University of Economics and Law", "China", "real, not listed; cf. listed Central South University (中南大学)"),
    ("Central South University of Forestry and Technology", "China", "real, distinct from listed Central South University"),
    ("South-Central Minzu University", "China", "real, not listed; cf. listed Central South University, Dalian Minzu University"),
    ("Hunan Normal University", "China", "real, not listed; near listed Hunan University"),
    ("Hunan University of Technology", "China", "real (湖南工业大学), distinct from listed Hunan University"),
    ("Changsha University of Science and Technology", "China", "real, not listed; cf. listed former name Changsha Institute of Technology (NUDT)"),
    ("Southern University of Science and Technology (SUSTech), Shenzhen", "China", "real, not listed; near listed South China University of Technology"),
    ("South China Normal University", "China", "real, not listed"),
    ("South China Agricultural University", "China", "real, not listed"),
    ("Shenzhen Technology University", "China", "real, distinct from listed Shenzhen University"),
    ("Guangdong University of Technology", "China", "real, not listed"),
    ("Jinan University, Guangzhou", "China", "real (暨南大学), not listed"),
    ("Guilin University of Technology", "China", "real (桂林理工大学), not listed; near listed Guilin University of Electronic Technology"),
    ("Kunming Medical University", "China", "real, not listed; near listed Kunming University of Science and Technology"),
    ("Yunnan University", "China", "real, not listed; near listed Yunnan Normal University"),
    ("Lanzhou Jiaotong University", "China", "real, not listed; near listed Lanzhou University"),
    # --- East
    ("Zhejiang University of Technology, Hangzhou 310014, China", "China", "real (浙江工业大学), distinct from listed Zhejiang University"),
    ("Zhejianggongyedaxue", "China", "pinyin of 浙江工业大学; not listed (listed 浙江大学 = Zhejiangdaxue)"),
    ("Zhejiang Normal University", "China", "real, not listed"),
    ("Zhejiang Sci-Tech University", "China", "real, not listed"),
    ("Zhejiang Lab, Hangzhou", "China", "real (之江实验室), not listed; near BIS-listed Zhangjiang Laboratory"),
    ("Westlake University", "China", "real, not listed"),
    ("Ningbo University", "China", "real, not listed; cf. BIS-listed Ningbo Institute of Materials Technology and Engineering"),
    ("Anhui Medical University", "China", "real, not listed; near listed Anhui University"),
    ("Anhui Normal University", "China", "real, not listed"),
    ("Hefei Institutes of Physical Science, CAS", "China", "real, not listed; near listed Hefei National Laboratory for Physical Sciences at Microscale"),
    ("Shandong Normal University", "China", "real, distinct from listed Shandong University"),
    ("Shandong University of Science and Technology", "China", "real (山东科技大学), distinct from listed Shandong University / Shandong University of Technology"),
    ("Qingdao University", "China", "real, not listed"),
    ("Fujian Normal University", "China", "real, not listed"),
    ("Jimei University, Xiamen", "China", "real, not listed; near listed Xiamen University"),
    ("Huaqiao University", "China", "real, not listed"),
    ("Henan University", "China", "real, not listed; near listed Henan University of Science and Technology"),
    ("Zhengzhou University", "China", "real, not listed; cf. listed former name Zhengzhou Institute of Surveying and Mapping"),
    ("Jiangxi Normal University", "China", "real, not listed"),
    ("China Three Gorges University, Yichang", "China", "real university (三峡大学), not the 1260H-listed China Three Gorges Corporation"),
    # --- Hong Kong / Macau / Taiwan
    ("National Tsing Hua University, Hsinchu", "Taiwan", "real (國立清華大學, Taiwan), not the listed Tsinghua University (Beijing)"),
    ("國立清華大學", "Taiwan", "NTHU in traditional Chinese; not listed (listed 清华大学 is Beijing)"),
    ("National Sun Yat-sen University, Kaohsiung", "Taiwan", "real (國立中山大學, Taiwan), distinct from listed Sun Yat-sen University (Guangzhou)"),
    ("國立中山大學", "Taiwan", "NSYSU in traditional Chinese; not listed (listed 中山大学 is Guangzhou)"),
    ("Soochow University, Taipei, Taiwan", "Taiwan", "homonym: Soochow University (東吳大學) in Taipei; listed Soochow University is 苏州大学 in Suzhou, China"),
    ("東吳大學", "Taiwan", "Soochow University (Taipei) in traditional Chinese; listed Soochow is 苏州大学"),
    ("National Yang Ming Chiao Tung University", "Taiwan", "real, not listed; cf. listed Shanghai Jiao Tong / Xi'an Jiaotong"),
    ("National Central University, Taoyuan", "Taiwan", "real, not listed; cf. listed Central South University"),
    ("National Taiwan University of Science and Technology", "Taiwan", "real, not listed; shares 'University of Science and Technology'"),
    ("Hong Kong University of Science and Technology", "Hong Kong", "real (HKUST), not listed; shares 'University of Science and Technology'"),
    ("The Hong Kong Polytechnic University", "Hong Kong SAR", "real, not listed; cf. listed Northwestern Polytechnical University"),
    ("City University of Hong Kong", "Hong Kong", "real, not listed"),
    ("Macau University of Science and Technology", "Macau", "real, not listed"),
    # --- "University/Institute of Science and Technology" elsewhere
    ("Korea Advanced Institute of Science and Technology (KAIST)", "South Korea", "real, not listed"),
    ("Pohang University of Science and Technology", "Korea", "real (POSTECH), not listed"),
    ("University of Science and Technology (UST), Daejeon", "Republic of Korea", "real Korean graduate university; name is a prefix of listed University of Science and Technology of China/Beijing"),
    ("Ulsan National Institute of Science and Technology", "South Korea", "real (UNIST), not listed"),
    ("Gwangju Institute of Science and Technology", "South Korea", "real (GIST), not listed"),
    ("Seoul National University of Science and Technology", "South Korea", "real, not listed"),
    ("King Abdullah University of Science and Technology", "Saudi Arabia", "real (KAUST), not listed"),
    ("Hanoi University of Science and Technology", "Vietnam", "real, not listed"),
    ("University of Science and Technology of Hanoi", "Viet Nam", "real (USTH), one word away from listed University of Science and Technology of China"),
    ("AGH University of Science and Technology, Kraków", "Poland", "real, not listed"),
    ("Norwegian University of Science and Technology", "Norway", "real (NTNU), not listed"),
    ("Kwame Nkrumah University of Science and Technology, Kumasi", "Ghana", "real (KNUST), not listed"),
    ("Jordan University of Science and Technology", "Jordan", "real, not listed"),
    ("Sudan University of Science and Technology", "Sudan", "real, not listed"),
    ("Malawi University of Science and Technology", "Malawi", "real (MUST), not listed"),
    ("Missouri University of Science and Technology", "USA", "real, not listed"),
    ("Okinawa Institute of Science and Technology", "Japan", "real (OIST), not listed"),
    ("Tokyo University of Science", "Japan", "real, not listed"),
    ("The University of Electro-Communications, Tokyo", "Japan", "real, not listed; cf. listed UESTC / BUPT"),
    ("Iran University of Science and Technology", "Iran", "real (IUST, Tehran), not on any reference list; near listed Sharif/Amirkabir"),
    ("Isfahan University of Technology", "Iran", "real, not listed; shares 'University of Technology' with listed Sharif/Amirkabir"),
    ("K. N. Toosi University of Technology", "Iran", "real, not listed"),
    # --- Institute of Technology
    ("Indian Institute of Technology Bombay", "India", "real, not listed; cf. Harbin/Beijing Institute of Technology"),
    ("Karlsruhe Institute of Technology", "Germany", "real (KIT), not listed"),
    ("Georgia Institute of Technology", "USA", "real, not listed"),
    ("Technion - Israel Institute of Technology", "Israel", "real, not listed"),
    ("Bandung Institute of Technology", "Indonesia", "real (ITB), not listed"),
    ("Kharkiv Institute of Physics and Technology", "Ukraine", "real, not listed; near listed Moscow Institute of Physics and Technology"),
    # --- Iran
    ("Iran University of Medical Sciences", "Iran", "real, not listed; cf. listed Baqiyatallah University of Medical Sciences"),
    ("Tehran University of Medical Sciences", "Iran", "real, not listed"),
    ("University of Tehran", "Iran", "real, not listed"),
    ("Shahid Beheshti University of Medical Sciences, Tehran", "Iran", "real, separate from listed Shahid Beheshti University (SBMU is a distinct medical university)"),
    ("Shahid Bahonar University of Kerman", "Iran", "real, not listed; near listed Shahid Beheshti University"),
    ("Shahid Chamran University of Ahvaz", "Iran", "real, not listed"),
    ("Imam Khomeini International University, Qazvin", "Iran", "real, not listed; near 1286-listed Naval University of Imam Khomeini"),
    ("Imam Sadiq University", "Iran", "real, not listed; near listed Imam Hossein / Imam Baqir University"),
    ("Tarbiat Modares University", "Iran", "real, not listed"),
    ("Ferdowsi University of Mashhad", "Iran", "real, not listed"),
    ("Royan Institute, Tehran", "Iran", "real, not listed"),
    ("Institute for Research in Fundamental Sciences (IPM), Tehran", "Iran", "real, not listed; cf. listed Physics Research Center / Institute of Applied Physics"),
    ("Pasteur Institute in Ho Chi Minh City", "Vietnam", "real, not listed; near listed Pasteur Institute of Iran"),
    ("Institut Pasteur, Paris", "France", "homonym: 'Institut Pasteur' (Paris) ~ listed NRO alias 'Institute Pasteur' of Pasteur Institute of Iran; different organisation"),
    ("Institut Pasteur de Lille", "France", "real, not listed; near listed NRO alias Institute Pasteur (Iran)"),
    # --- Russia
    ("Moscow State Pedagogical University", "Russia", "real (MPGU), not listed; near 1286-listed Moscow State University"),
    ("Moscow State University of Civil Engineering", "Russia", "real (MGSU), distinct from 1286-listed Moscow State University"),
    ("Moscow State Linguistic University", "Russia", "real, not listed"),
    ("Moscow State Institute of International Relations (MGIMO)", "Russia", "real, not listed; near listed University/Institute of International Relations"),
    ("Moscow Automobile and Road Construction State Technical University (MADI)", "Russia", "real, not listed; near listed Moscow Aviation Institute / Bauman MSTU"),
    ("Saint Petersburg State University", "Russia", "real, not listed"),
    ("Novosibirsk State University", "Russia", "real, not listed"),
    ("Tomsk State University", "Russia", "real, not listed; near 1286-listed Tomsk Polytechnic University"),
    ("Kazan Federal University", "Russia", "real, not listed; near 1286-listed Kazan National Research Technical University (KAI)"),
    ("Far Eastern Federal University, Vladivostok", "Russia", "real, not listed; near 1286-listed Ural Federal University"),
    ("Peoples' Friendship University of Russia (RUDN)", "Russia", "real, not listed"),
    ("ITMO University, Saint Petersburg", "Russia", "real, not listed"),
    ("Sechenov First Moscow State Medical University", "Russia", "real, not listed"),
    ("Zelinsky Institute of Organic Chemistry, Russian Academy of Sciences", "Russia", "real, not listed; near listed Shemyakin-Ovchinnikov Institute of Bioorganic Chemistry"),
    ("Institute of Cytology of the Russian Academy of Sciences, St Petersburg", "Russia", "real, not listed; near listed Institute of Molecular and Cell Biology SB RAS"),
    ("Joint Institute for Nuclear Research, Dubna", "Russia", "real international organisation (JINR), not listed"),
    ("Moscow School of Management SKOLKOVO", "Russia", "real business school, not the 1286/BIS-listed Skolkovo Institute of Science and Technology"),
    # --- Western homonyms / near names
    ("Northeastern University, Boston, MA 02115, USA", "USA", "homonym: Northeastern University (Boston) - the ASPI-listed Northeastern University is 东北大学 in Shenyang, China"),
    ("Northeastern University (NEU), Boston", "United States", "homonym: Boston NEU; ASPI lists acronym NEU for 东北大学 (Shenyang)"),
    ("Northwestern University, Evanston, IL 60208, USA", "USA", "real, not listed; near listed Northwestern Polytechnical University"),
    ("National Defense University, Washington, DC", "USA", "homonym: US National Defense University (Fort McNair); the listed NDU is the PLA's, in Beijing; also distinct from Iran's Supreme National Defense University (1286)"),
    ("United States Naval Academy, Annapolis", "USA", "real, not listed; contains NRO alias 'Naval Academy' (of PLA Naval Research Academy)"),
    ("Polish Naval Academy, Gdynia", "Poland", "real, not listed; contains NRO alias 'Naval Academy'"),
    ("Naval Postgraduate School, Monterey", "USA", "real, not listed"),
    ("Air Force Institute of Technology, Wright-Patterson AFB", "USA", "real (AFIT), not listed; near listed Air Force Engineering University"),
    ("Air Force Research Laboratory", "USA", "real (AFRL), not listed; near listed Air Force Research Institute"),
    ("Army Research Laboratory, Adelphi, MD", "USA", "real (DEVCOM ARL), not listed; near listed Army Research Institute"),
    ("U.S. Army Research Institute of Environmental Medicine", "USA", "real (USARIEM), not listed; contains 'Army Research Institute'"),
    ("Army University, Fort Leavenworth, Kansas", "USA", "homonym: US Army University; 1286 lists 'Army University' as alias of the PLA Army Service Arms University"),
    ("Uniformed Services University of the Health Sciences", "USA", "real, not listed; cf. listed Army/Navy Medical University"),
    ("University of Southern California (USC)", "USA", "homonym: acronym USC is ASPI's alias for University of South China"),
    ("University of South Florida", "USA", "real, not listed; near listed University of South China"),
    ("University of South Australia", "Australia", "real, not listed; near listed University of South China"),
    ("Colorado State University (CSU), Fort Collins", "USA", "homonym: acronym CSU is listed for Central South University (ASPI) and CAS CSU (BIS)"),
    ("Stony Brook University (SBU), New York", "USA", "homonym: acronym SBU is NRO's alias for Shahid Beheshti University"),
    ("Birla Institute of Technology, Mesra (BIT)", "India", "homonym: acronym BIT is ASPI/NRO alias for Beijing Institute of Technology"),
    ("Holon Institute of Technology (HIT)", "Israel", "homonym: acronym HIT is listed for Harbin Institute of Technology"),
    ("Suranaree University of Technology (SUT)", "Thailand", "homonym: acronym SUT is listed for Sharif University of Technology"),
    ("International Hellenic University (IHU)", "Greece", "homonym: acronym IHU is listed for Imam Hossein University"),
    ("School of International Relations, University of St Andrews", "UK", "homonym: 'School of International Relations' is a 1286 alias of China's University of International Relations"),
    ("Institute of International Relations Prague", "Czech Republic", "homonym: 'Institute of International Relations' is a 1286 alias of China's University of International Relations"),
    ("Institute of Physics (IOP), London", "United Kingdom", "homonym: UK learned society; 'Institute of Physics' is the CAS institute listed by 1286/BIS (Chinese Academy of Sciences – Institute of Physics)"),
    ("Southeast University, Dhaka", "Bangladesh", "homonym: private university in Bangladesh; ASPI-listed Southeast University is 东南大学, Nanjing"),
    ("Cirrus Logic, Inc.", "USA", "real company, not listed; near 1260H-listed Cirrus Design Corporation"),
    ("Continental AG", "Germany", "real company, not listed; near 1260H-listed Continental Aerospace Technologies"),
    ("Align Technology, Inc.", "USA", "real company, not listed; near 1260H-listed Align Aerospace LLC"),
    ("WuXi Biologics", "China", "real company, not on the 1260H file; near 1260H-listed WuXi AppTec"),
    ("China Southern Power Grid", "China", "real SOE, not listed; near listed China South Industries Group"),
    ("China Railway Group Limited (CREC)", "China", "real SOE, not listed; near 1260H-listed China Railway Construction Corporation"),
    ("China Construction Bank", "China", "real bank, not listed; near 1260H-listed China State Construction Engineering Corporation"),
    ("Harbin Electric Corporation", "China", "real SOE, not listed; shares 'Harbin' with HIT/HEU and 1260H Harbin First Machinery"),
    ("Yangtze Optical Fibre and Cable", "China", "real company (YOFC), not listed; near 1260H-listed Yangtze Memory Technologies"),
    ("Lenovo Group Limited", "China", "real company, not on any reference file"),
]:
    neg(text, country, H, note)

# Benign negatives: ordinary institutions, same messy styles.
B = "benign"
for text, country in [
    ("University of Toronto", "Canada"), ("Dept. of Physics, McGill University, Montreal, QC H3A 2T8, Canada", "Canada"),
    ("ETH Zurich", "Switzerland"), ("University of Oxford, Oxford OX1 2JD, UK", "UK"),
    ("Imperial College London", "United Kingdom"), ("Max Planck Institute for Polymer Research, Mainz", "Germany"),
    ("CNRS", "France"), ("Sorbonne Université", "France"), ("Università di Bologna", "Italy"),
    ("TU Delft", "Netherlands"), ("KU Leuven", "Belgium"), ("The University of Tokyo", "Japan"),
    ("Kyoto Univ.", "Japan"), ("Seoul National University", "South Korea"),
    ("National University of Singapore", "Singapore"), ("Nanyang Technological Univ.", "Singapore"),
    ("University of Melbourne", "Australia"), ("University of Cape Town", "South Africa"),
    ("University of Nairobi", "Kenya"), ("Makerere University, Kampala", "Uganda"),
    ("University of Lagos", "Nigeria"), ("Cairo University", "Egypt"),
    ("Universidad de Buenos Aires", "Argentina"), ("Universidade de São Paulo", "Brazil"),
    ("UNAM - Universidad Nacional Autónoma de México", "Mexico"), ("Indian Institute of Science, Bangalore", "India"),
    ("Mayo Clinic, Rochester, MN", "USA"), ("Johns Hopkins Hospital", "USA"),
    ("Karolinska Institutet, Stockholm", "Sweden"), ("Charité – Universitätsmedizin Berlin", "Germany"),
    ("Massachusetts General Hospital, Boston", "USA"), ("Novartis AG, Basel", "Switzerland"),
    ("Siemens AG", "Germany"), ("Nokia Bell Labs", "Finland"), ("Ericsson Research", "Sweden"),
    ("Philips Research Eindhoven", "Netherlands"), ("Samsung Electronics Co., Ltd.", "Korea"),
    ("Toyota Motor Corporation", "Japan"), ("Sony Group Corp.", "Japan"), ("IBM Research - Zurich", "Switzerland"),
    ("Microsoft Research", "USA"), ("Pfizer Inc.", "USA"), ("AstraZeneca", "UK"),
    ("F. Hoffmann-La Roche Ltd", "Switzerland"), ("University of Ghana, Legon", "Ghana"),
    ("Addis Ababa University", "Ethiopia"), ("University of the Witwatersrand, Johannesburg", "South Africa"),
    ("Aga Khan University, Karachi", "Pakistan"), ("Chulalongkorn University", "Thailand"),
    ("Mahidol Univ.", "Thailand"), ("Universiti Malaya", "Malaysia"),
    ("University of the Philippines Diliman", "Philippines"), ("Vietnam National University, Hanoi", "Vietnam"),
    ("Tata Institute of Fundamental Research, Mumbai", "India"), ("University of Auckland", "New Zealand"),
    ("Monash University, Clayton VIC 3800, Australia", "Australia"), ("Australian National University", "Australia"),
    ("CSIRO", "Australia"), ("National Research Council Canada", "Canada"),
    ("Fraunhofer Institute for Solar Energy Systems ISE, Freiburg", "Germany"), ("CERN, Geneva", "Switzerland"),
    ("EMBL Heidelberg", "Germany"), ("Wellcome Sanger Institute, Hinxton", "UK"),
    ("Institut Curie", "France"), ("Univ. of British Columbia, Vancouver", "Canada"),
    ("Université Laval, Québec", "Canada"), ("Hospital for Sick Children (SickKids), Toronto", "Canada"),
    ("Universidad de Chile", "Chile"), ("University of Dar es Salaam", "Tanzania"),
]:
    neg(text, country, B, "ordinary institution, unrelated to any listed name")


# =========================================================================== write
def main():
    seen = set()
    for r in ROWS:
        key = (r["text"], r["country"])
        if key in seen:
            sys.exit(f"duplicate row: {key}")
        seen.add(key)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    from collections import Counter
    c = Counter((r["label"], r["form"]) for r in ROWS)
    print(f"wrote {len(ROWS)} rows to {OUT}")
    for (lab, form), n in sorted(c.items()):
        print(f"  label={lab} {form:22s} {n}")
    print("  positives:", sum(r["label"] == 1 for r in ROWS), " negatives:", sum(r["label"] == 0 for r in ROWS))
    print("  by source:", dict(Counter(SHORT[r["target_source"]] for r in ROWS if r["label"] == 1)))


if __name__ == "__main__":
    main()
