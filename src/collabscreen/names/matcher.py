"""Match organisation names and whole affiliation strings against organisation lists.

The index is built once per run. Matching a text goes in four steps, each cheap enough for tens of thousands of
list names (no all-pairs scoring: every step is a dictionary look-up, or a fuzzy comparison with the few aliases
that share the text's rarest word):

1. **Words.** The text is cut into segments at commas, semicolons, brackets and slashes, and each word is reduced
   to match keys (``normalise.word_keys``); the stop word or hyphen joining it to the word before is kept, because
   "Tianjin University *of* Technology" is a different name from "Tianjin University". A word the lists never use
   but one edit away from a word they do ("Insitute") is read as that word, at a small cost.
2. **Exact phrases.** Every run of words is looked up among the listed aliases' keys, and run together without
   spaces among the aliases' unspaced forms ("Tsing Hua", pinyin typed as one word). Chinese script is looked up
   in simplified form; each Chinese alias is also indexed by its pinyin. A listed name inside a longer segment
   counts only when the rest is a part of it (a department, lab, hospital, campus) or another organisation: a
   name that goes on with "of ..." is a different, longer name.
3. **Near phrases.** A segment with no exact hit is compared with the aliases sharing its rarest word; every word
   of the alias must align with a word of the segment ("Northwest" ~ "Northwestern"), with nothing foreign between.
4. **Acronyms** match only when typed in capitals and supported: by the listed country, or by the long form
   elsewhere in the string; never when the string spells the acronym out as something else.

Country evidence (the ``country`` given and the countries the text names) raises or lowers the score; a name
made only of common words ("Institute of Physics") needs it. A listed lab or subsidiary also reports its listed
parent. Every match explains itself: the alias, the aligned words, and what raised or lowered the score.

>>> index = NameIndex(policies.lists)                                         # doctest: +SKIP
>>> [m.entry_name for m in index.match("School of Astronautics, Harbin Institute of Technology, China")]  # doctest: +SKIP
['Harbin Institute of Technology']
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from rapidfuzz import fuzz

from collabscreen.names.countries import countries_in, country_code
from collabscreen.names.normalise import fold, is_acronym, pinyin_forms, word_keys
from collabscreen.names.normalise import tokens as name_tokens
from collabscreen.policy.model import ListEntry, OrgList

EXACT_SCORE = 100.0
CONTAINED_SCORE = 96.0
ACRONYM_SCORE = 95.0
TYPO_PENALTY = 3.0
COUNTRY_AGREES = 2.0
COUNTRY_DIFFERS = -12.0
GENERIC_CAP = 88.0  # a name of common words only, with no country evidence, is at most a possible match
NEAR_MIN = 80.0
TOKEN_ALIKE = 85.0
MAX_SEGMENT_WORDS = 40
MAX_JOINED_WORDS = 8
BLOCK_LIMIT = 150  # aliases compared fuzzily per segment, at most

# Words that say what kind of body or part of one it is, or what it works on. A name made only of these
# ("Institute of Physics", "Army University", "School of International Relations") names many bodies worldwide.
GENERIC = frozenset("""
academy administration advanced aeronautics aerospace agency agricultural agriculture air applied army art artillery
association astronautics automation aviation biological biology board bureau business center central chemical
chemistry china chinese civil clinical college command commission committee communication computer computing
control corps council culture defense department design development division economic economics education
electrical electronic energy engineering environment equipment experimental faculty federal finance foreign force
foundation fundamental general geology graduate group health high higher hospital industrial industry information
institute intelligence international iran iranian joint key laboratory language law logistic management marine
maritime materials mathematics mechanical mechanics medical medicine metallurgy military mining ministry national
natural naval navy normal nuclear ocean office optics organization people peoples physics police polytechnical
power program public radio relation republic research rocket russia russian safety school science security
service ship society space special state strategic studies support system teacher technology telecommunication
theoretical training transport union united university
""".split())
# Words that name a part of an organisation: "School of Astronautics, Harbin Institute of Technology".
UNIT = frozenset("""
department school college faculty laboratory institute center hospital division graduate campus branch
program office unit clinic station
""".split())
# Words that head the name of an organisation: what follows "and" is a second organisation when it has one.
HEAD = frozenset("""
university institute college academy laboratory center hospital school polytechnical bureau agency ministry
council society foundation organization group company
""".split())
COUNTRY_WORDS = {"CN": {"china", "chinese", "peoples"}, "IR": {"iran", "iranian"}, "RU": {"russia", "russian"}}
HAN_PREFIXES = ("中国人民解放军", "解放军")
_BINDS = frozenset({"of", "for", "de", "du", "des", "der", "la", "-"})  # "University of ..." continues the name

_SEGMENT_BREAK = re.compile(r"[,;()\[\]/|\n:]|\s[-–—]\s")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_CAPITALS = re.compile(r"(?<![\w.])[A-Z][A-Z0-9.&-]*[A-Z0-9]\.?(?![\w])")
_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class NameMatch:
    """One list entry found in one text, with its evidence."""

    list_id: str
    entry_id: str
    entry_name: str
    matched_alias: str
    matched_text: str
    score: float
    band: str  # "match" or "possible"
    explanation: str
    entry: ListEntry
    reasons: tuple[str, ...] = field(default=(), compare=False)  # the explanation's parts, one per finding

    @property
    def attributes(self):
        return self.entry.attributes


@dataclass(frozen=True)
class _Alias:
    list_index: int
    entry: ListEntry
    text: str  # as the list prints it
    keys: tuple[str, ...]
    kind: str  # "name", "acronym", "han" or "pinyin"
    generic: bool = False  # made only of GENERIC words
    base: float = EXACT_SCORE  # lower for a form the index derived from the listed name
    note: str = ""  # how the index derived it
    keyset: frozenset[str] = frozenset()  # the keys as a set, for a quick overlap test


@dataclass(slots=True)
class _Token:
    key: str
    surface: str
    start: int
    end: int
    link: str  # the stop word or hyphen between this word and the previous one in the segment ("" if none)
    corrected: str = ""  # the typed word when the key was corrected from a typo
    raw: str = ""  # the key as typed, before any correction


@dataclass(slots=True)
class _Hit:
    alias: _Alias
    score: float
    start: int  # character span in the text
    end: int
    reasons: list[str]
    via_child: bool = False  # a listed parent reported because its listed part matched


class NameIndex:
    """All aliases of the given lists, indexed for exact look-up by phrase and for blocking by word."""

    def __init__(self, lists: Sequence[OrgList]):
        self.lists = tuple(lists)
        self._aliases: list[_Alias] = []
        self._phrases: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._prefixes: set[tuple[str, ...]] = set()
        self._joined: dict[str, list[int]] = defaultdict(list)
        self._acronyms: dict[str, list[int]] = defaultdict(list)
        self._han: dict[str, list[int]] = defaultdict(list)  # by the alias's first two characters
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._spellings: dict[str, str] = {}  # each word of the lists as spelled, and its match key
        self._posting_sets: dict[str, frozenset[int]] = {}
        self._fixes: dict[str, str] = {}  # typed word -> the list word it is read as (itself when none)
        self._entry_by_id: list[dict[str, ListEntry]] = [{e.entry_id: e for e in lst.entries} for lst in self.lists]
        short_forms: list[tuple[int, ListEntry, str, tuple[str, ...]]] = []
        for list_index, org_list in enumerate(self.lists):
            for entry in org_list.entries:
                later: list[tuple[str, tuple[str, ...]]] = []
                self._add_entry(list_index, entry, later)
                short_forms += [(list_index, entry, text, keys) for text, keys in later]
        # A bracketed short form is a name ("... Co., Ltd. (Sugon)") unless the lists use its words in other names:
        # "China University of Geosciences (Wuhan)" says where, not who.
        for list_index, entry, text, keys in short_forms:
            elsewhere = any(self._aliases[p].entry.entry_id != entry.entry_id for k in keys for p in self._postings[k])
            if keys and (len(keys) > 1 and _specific(keys) or not elsewhere):
                self._add_entry(list_index, ListEntry(entry.entry_id, entry.name, (), entry.country, entry.attributes,
                                                      entry.parent), [], only=(text, keys))
        country_code("China")  # load the territory names now, not on the first text matched
        self._df = Counter({key: len(ids) for key, ids in self._postings.items()})
        self._vocabulary = set(self._postings)
        # Symmetric-delete index (one deletion) of the lists' words, for reading typos in one dictionary look-up.
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for word in self._spellings:
            if len(word) >= 6 and word.isalpha():
                for variant in _deletions(word):
                    self._deletes[variant].add(word)

    def _add_entry(self, list_index: int, entry: ListEntry, later: list, only=None) -> None:
        seen: set[tuple[str, tuple[str, ...]]] = set()

        def add(text: str, keys: tuple[str, ...], kind: str, base: float = EXACT_SCORE, note: str = "") -> None:
            if not keys or (kind, keys) in seen:
                return
            seen.add((kind, keys))
            # Four or more common words ("Academy of Military Medical Sciences") already make a specific name.
            generic = kind == "name" and len(keys) <= 3 and all(k in GENERIC or k.isdigit() for k in keys)
            # "Institute Pasteur" for "Pasteur Institute of Iran": an alias that drops the country its entry's
            # name carries names a body elsewhere as often as the listed one.
            own = COUNTRY_WORDS.get(entry.country, set())
            generic = generic or (kind == "name" and len(keys) <= 2 and bool(own & set(_keys(entry.name)))
                                  and not own & set(keys))
            alias = _Alias(list_index, entry, text, keys, kind, generic, base, note, frozenset(keys))
            position = len(self._aliases)
            self._aliases.append(alias)
            if kind == "acronym":
                self._acronyms[keys[0]].append(position)
                return
            if kind == "han":
                self._han[keys[0][:2]].append(position)
                return
            self._phrases[keys].append(position)
            self._prefixes.update(keys[:n] for n in range(1, len(keys)))
            joined = "".join(keys)
            if len(joined) >= 8:
                self._joined[joined].append(position)
            if kind == "name":
                for key in set(keys):
                    self._postings[key].append(position)
                for word in _WORD.findall(text):
                    for raw in name_tokens(word):
                        self._spellings.setdefault(raw, word_keys(word)[0] if word_keys(word) else raw)

        if only is not None:
            add(*only, "name")
            return

        for text in (entry.name, *entry.aliases):
            text = text.strip()
            if not text:
                continue
            if is_acronym(text):
                add(text, (re.sub(r"[.\s&-]", "", text),), "acronym")
                continue
            han = "".join(_HAN_CHAR.findall(fold(text)))
            if han and len(han) >= 2 and not re.search(r"[A-Za-z]{2,}", text):
                add(text, (han,), "han")
                # "国防科技大学" for "中国人民解放军国防科技大学": the PLA prefix is often left out.
                for prefix in HAN_PREFIXES:
                    if han.startswith(prefix) and len(han) - len(prefix) >= 4:
                        add(text, (han[len(prefix):],), "han", CONTAINED_SCORE,
                            f'the listed Chinese name without its prefix "{prefix}"')
                spaced, joined = pinyin_forms(han)
                add(text, tuple(spaced.split()), "pinyin")
                add(text, (joined,), "pinyin")
                continue
            keys = _keys(text)
            add(text, keys, "name")
            # "Dawning Information Industry Co., Ltd. (Sugon)": the name without its bracketed short form, and the
            # short form on its own.
            bracketed = re.fullmatch(r"(.+?)\s*\(([^)]+)\)\s*", text)
            if bracketed:
                add(text, _keys(bracketed.group(1)), "name")
                short = bracketed.group(2).strip()
                if is_acronym(short):
                    # Only when it is this name's acronym: "... Russian Academy of Sciences (RAS)" names the parent.
                    if _initials(bracketed.group(1)) == re.sub(r"[.\s&-]", "", short).lower():
                        add(text, (re.sub(r"[.\s&-]", "", short),), "acronym")
                elif not _HAN_CHAR.search(short):
                    later.append((text, _keys(short)))
            # "Rzhanov Institute of Semiconductor Physics, Siberian Branch of ...": the part before the parent.
            first = text.split(",")[0]
            if first != text and _specific(_keys(first)):
                add(text, _keys(first), "name", CONTAINED_SCORE, f'the listed name up to its comma, "{first}"')
            # "Federal Research Center Boreskov Institute of Catalysis": the name without its common-word prefix.
            lead = next((n for n, k in enumerate(keys) if k not in GENERIC), 0)
            if lead >= 2 and _specific(keys[lead:]) and set(keys[lead:]) & HEAD:
                add(text, keys[lead:], "name", CONTAINED_SCORE,
                    f'the listed name without its leading common words ("{" ".join(keys[:lead])}")')

    def __len__(self) -> int:
        return len(self._aliases)

    # --- matching ------------------------------------------------------------------------------------------------

    def match(self, text: str, country: str | None = None, floor: float | None = None) -> list[NameMatch]:
        """Every list entry found in the text, best first; at most one entry per list for each part of the text.

        ``country`` is evidence: an ISO code or a country name as typed ("P.R. China", "Canada; China").
        ``floor`` reports matches down to that score instead of each list's ``possible`` threshold (calibration
        needs the scores under it; their band is then "below").
        """
        if not text or not text.strip():
            return []
        countries = set(countries_in(country)) if country else set()
        countries |= countries_in(text, given=False)
        hits: list[_Hit] = []
        segments = self._segments(text)
        for tokens in segments:
            found = self._exact(tokens)
            if not found:
                found = self._near(tokens)
            hits += found
        hits += self._across_segments(segments)
        hits += self._chinese(text)
        hits += self._acronym_hits(text, segments, hits, countries)
        # Where the text names several organisations, a country given for the row may be another one's.
        several = sum(1 for tokens in segments if tokens[0].key not in UNIT and {t.key for t in tokens} & HEAD) > 1
        for hit in hits:
            self._adjust_for_country(hit, countries, several)
        return self._results(text, hits, floor)

    def _across_segments(self, segments: list[list[_Token]]) -> list[_Hit]:
        """Names that hold a comma, in either order: "Institute of Physics, Chinese Academy of Sciences" is the
        listed "Chinese Academy of Sciences – Institute of Physics"."""
        hits = []
        for first, second in zip(segments, segments[1:]):
            for tokens in (first + second, second + first):
                for position in self._phrases.get(tuple(t.key for t in tokens), ()):
                    alias = self._aliases[position]
                    score = min(alias.base, EXACT_SCORE)
                    reasons = [f'the listed name "{alias.text}" is "{_surface(first)}" with "{_surface(second)}"']
                    start, end = min(first[0].start, second[0].start), max(first[-1].end, second[-1].end)
                    hits.append(_Hit(alias, score, start, end, reasons))
        return hits

    def _segments(self, text: str) -> list[list[_Token]]:
        segments: list[list[_Token]] = []
        position = 0
        for piece in _SEGMENT_BREAK.split(text):
            offset = text.find(piece, position)
            position = offset + len(piece)
            tokens: list[_Token] = []
            link = ""
            last_end = 0
            for word in _WORD.finditer(piece):
                start, end = word.span()
                between = piece[last_end:start]
                last_end = end
                if between:
                    if "-" in between and " " not in between:
                        link = "-"
                    elif "&" in between:
                        link = "and"
                surface = word.group()
                keys, stop = _word_info(surface)
                if not keys:
                    link = stop or link  # a stop word: remember it as the link to the next word
                    continue
                for key in keys:
                    fixed = self._fixes.get(key, key) if key in self._fixes else self._correct(key)
                    tokens.append(_Token(fixed, surface, offset + start, offset + end, link,
                                         surface if fixed != key else "", key))
                    link = ""
            if tokens:
                segments.append(tokens[:MAX_SEGMENT_WORDS])
        return segments

    def _correct(self, key: str) -> str:
        """Read a word the lists never use as the list word one edit away, if there is exactly one."""
        fixed = key
        if key not in self._vocabulary and len(key) >= 6 and key.isalpha():
            found = set(self._deletes.get(key, ()))
            for variant in _deletions(key):
                found |= self._deletes.get(variant, set())
                if variant in self._spellings:
                    found.add(variant)
            keys = {self._spellings[w] for w in found}
            if len(keys) == 1:
                fixed = keys.pop()
        if len(self._fixes) < 200_000:
            self._fixes[key] = fixed
        return fixed

    def _exact(self, tokens: list[_Token]) -> list[_Hit]:
        keys = [t.key for t in tokens]
        raw = [t.raw for t in tokens]  # pinyin run together is looked up as typed, not as "corrected" words
        n = len(tokens)
        spans: list[tuple[int, int, list[int], str]] = []
        for i in range(n):
            for j in range(i + 1, n + 1):
                phrase = tuple(keys[i:j])
                ids = self._phrases.get(phrase)
                if ids:
                    spans.append((i, j, ids, "phrase"))
                # Run-together words ("Jiaotong" for "Jiao Tong") may each be known words: always try the joined form.
                if j - i <= MAX_JOINED_WORDS:
                    ids = self._joined.get("".join(raw[i:j]))
                    if ids:
                        spans.append((i, j, ids, "joined"))
                if phrase not in self._prefixes and j - i >= MAX_JOINED_WORDS:
                    break
        hits: list[_Hit] = []
        accepted = []
        for i, j, ids, how in spans:
            context = self._context(tokens, i, j)
            for position in ids:
                alias = self._aliases[position]
                inside = (i, j) != (0, n) and not (context or "").startswith("another organisation")
                if context is None or (alias.generic and inside):
                    continue  # a longer, different name; or a common-words name inside a longer one
                accepted.append((i, j))
                hits.append(self._exact_hit(alias, tokens, i, j, how, context))
        # A shorter name inside a longer accepted one ("Beijing University" in "Beijing University of Chemical
        # Technology") is not a second finding.
        return [h for h, (i, j) in zip(hits, accepted)
                if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in accepted)]

    def _context(self, tokens: list[_Token], i: int, j: int) -> str | None:
        """Why a listed name found at tokens[i:j] stands for the organisation in this segment, or None when the
        words around it make it a different, longer name."""
        before, after = tokens[:i], tokens[j:]
        words_before = {t.key for t in before}
        words_after = {t.key for t in after}
        parts = []
        if after:
            link = after[0].link
            if link in _BINDS:
                return None  # "Tianjin University of Technology" is not "Tianjin University"
            if link == "and":
                if not words_after & HEAD:
                    return None  # "Posts and Telecommunications": one name
                parts.append(f'another organisation follows ("{_surface(after)}")')
            elif words_after & UNIT:
                parts.append(f'a part of it follows ("{_surface(after)}")')
            elif len(after) <= 2 and not words_after & GENERIC:
                parts.append(f'a short name, not a common word, follows ("{_surface(after)}")')
            else:
                return None
        if before:
            link = tokens[i].link
            if link == "-":
                return None
            if link == "and":
                parts.append(f'another organisation comes before ("{_surface(before)}")')
            elif link in ("at", "in") or words_before & UNIT:
                parts.append(f'a part of it comes before ("{_surface(before)}")')
            else:
                return None  # "US Army University", "East China Normal University": a different name
        return "; ".join(parts)

    def _exact_hit(self, alias: _Alias, tokens: list[_Token], i: int, j: int, how: str, context: str) -> _Hit:
        span = tokens[i:j]
        whole = i == 0 and j == len(tokens)
        score = min(alias.base, EXACT_SCORE if whole else CONTAINED_SCORE)
        typed = _surface(span)
        if alias.kind == "pinyin":
            reasons = [f'"{typed}" is the pinyin of the listed Chinese name "{alias.text}"']
        elif how == "joined":
            reasons = [f'"{typed}" is the listed name "{alias.text}" written without spaces']
        elif whole:
            reasons = [f'the listed name "{alias.text}" is the whole of "{typed}"']
        else:
            reasons = [f'the listed name "{alias.text}" is found in "{_surface(tokens)}": {context} '
                       f"({CONTAINED_SCORE:.0f})"]
        if alias.note:
            reasons.append(f"{alias.note} ({alias.base:.0f})")
        if how == "phrase" and alias.kind == "name":
            reasons.append("aligned " + ", ".join(t.key if t.key == t.surface.lower() else f"{t.key}={t.surface}"
                                                  for t in span))
        for t in span if how == "phrase" else ():
            if t.corrected:
                score -= TYPO_PENALTY
                reasons.append(f'"{t.corrected}" read as "{t.key}" (one letter apart, -{TYPO_PENALTY:.0f})')
        return _Hit(alias, score, span[0].start, span[-1].end, reasons)

    def _near(self, tokens: list[_Token]) -> list[_Hit]:
        """Aliases sharing the segment's rarest listed word, every word of which aligns with the segment's."""
        keys = [t.key for t in tokens]
        known = sorted({k for k in keys if k in self._df}, key=lambda k: self._df[k])
        present = set(keys)
        if not known or not present & HEAD:
            return []  # nothing to block on, or not an organisation's name ("Changsha 410073")
        if len(known) > 1 and self._df[known[0]] > BLOCK_LIMIT:
            # Even the rarest word is common (a big list): the aliases with both rarest words.
            candidates = self._posting_set(known[0]) & self._posting_set(known[1])
        else:
            candidates = self._posting_set(known[0])
        if len(candidates) > BLOCK_LIMIT:
            candidates = list(islice(candidates, BLOCK_LIMIT))
        hits = []
        for position in candidates:
            alias = self._aliases[position]
            if len(alias.keys) < 2 or alias.generic or len(alias.keys) > len(keys):
                continue
            if len(alias.keyset - present) > 1:
                continue  # at most one word may differ: cheap to check before aligning
            window = _align(alias.keys, keys)
            if window is None:
                continue
            i, j, pairs = window
            context = self._context(tokens, i, j)
            if context is None:
                continue
            score = fuzz.ratio(" ".join(alias.keys), " ".join(keys[i:j]))
            if (i, j) != (0, len(tokens)):
                score = min(score, CONTAINED_SCORE)
            if score < NEAR_MIN:
                continue
            reasons = [f'"{_surface(tokens[i:j])}" is close to the listed name "{alias.text}" '
                       f"(character similarity {score:.0f})",
                       "aligned " + ", ".join(a if a == b else f"{a}≈{b}" for a, b in pairs)]
            if context:
                reasons.append(context)
            hits.append(_Hit(alias, float(score), tokens[i].start, tokens[j - 1].end, reasons))
        return hits

    def _posting_set(self, key: str) -> frozenset[int]:
        found = self._posting_sets.get(key)
        if found is None:
            found = self._posting_sets[key] = frozenset(self._postings[key])
        return found

    def _chinese(self, text: str) -> list[_Hit]:
        folded = text if not _HAN_CHAR.search(text) else fold(text).replace(" ", "")
        if not _HAN_CHAR.search(folded):
            return []
        original = text.replace(" ", "")
        hits = []
        for start in range(len(folded) - 1):
            for position in self._han.get(folded[start:start + 2], ()):
                alias = self._aliases[position]
                han = alias.keys[0]
                if folded.startswith(han, start):
                    typed = original[start:start + len(han)] if len(original) == len(folded) else han
                    where = text.find(typed)
                    reasons = [f'the Chinese name "{han}" appears in the text'
                               + (f' (typed "{typed}", traditional script)' if typed != han else "")]
                    if alias.note:
                        reasons.append(f"{alias.note} ({alias.base:.0f})")
                    hits.append(_Hit(alias, alias.base, max(where, 0), max(where, 0) + len(typed), reasons))
        # The longest Chinese name wins over a shorter one inside it: "国防科技大学" in "中国人民解放军国防科技大学".
        return [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end and
                                           (o.end - o.start) > (h.end - h.start) and
                                           o.alias.entry is not h.alias.entry for o in hits)]

    def _acronym_hits(self, text: str, segments: list[list[_Token]], hits: list[_Hit],
                      countries: set[str]) -> list[_Hit]:
        found = []
        long_forms = {(h.alias.list_index, h.alias.entry.entry_id) for h in hits}
        for word in _CAPITALS.finditer(text):
            typed = word.group()
            bare = re.sub(r"[.\-&]", "", typed)
            if not (2 <= len(bare) <= 8 and bare.isupper() and bare.isalnum()):
                continue  # only a word typed in capitals is an acronym: "hit" is a verb
            ids = self._acronyms.get(bare, ())
            if not ids:
                continue
            spelled = _spelled_out(bare, segments, word.start())
            for position in ids:
                alias = self._aliases[position]
                key = (alias.list_index, alias.entry.entry_id)
                if key in long_forms:
                    why = f'acronym "{typed}" with the long form elsewhere in the text'
                elif spelled:
                    continue  # the text spells it out as another name: "Holon Institute of Technology (HIT)"
                elif alias.entry.country and alias.entry.country in countries:
                    why = f'acronym "{typed}" stands alone, supported by country {alias.entry.country}'
                else:
                    continue  # an acronym alone, without support, names too many things
                found.append(_Hit(alias, ACRONYM_SCORE, word.start(), word.end(), [why]))
        return found

    @staticmethod
    def _adjust_for_country(hit: _Hit, countries: set[str], several: bool) -> None:
        listed = hit.alias.entry.country
        if listed and countries and listed in countries:
            hit.score = min(100.0, hit.score + COUNTRY_AGREES)
            hit.reasons.append(f"country {listed} agrees (+{COUNTRY_AGREES:.0f})")
            return
        # A name that does not say where needs the country to agree; without it, it is at most a possible match.
        if hit.alias.generic and not set(hit.alias.keys) & COUNTRY_WORDS.get(listed, set()) and hit.score > GENERIC_CAP:
            hit.score = GENERIC_CAP
            hit.reasons.append("a name that does not say where (common words only, or without the country the "
                               f"listed name carries), and no country to support it (capped at {GENERIC_CAP:.0f})")
        if not (listed and countries):
            return
        given = ", ".join(sorted(countries))
        if several and not hit.alias.generic:
            hit.reasons.append(f"country {given} differs from listed {listed}, but the text names several "
                               "organisations (no change)")
        else:
            hit.score = max(0.0, hit.score + COUNTRY_DIFFERS)
            hit.reasons.append(f"country {given} differs from listed {listed} ({COUNTRY_DIFFERS:.0f})")

    def _results(self, text: str, hits: list[_Hit], floor: float | None = None) -> list[NameMatch]:
        best: dict[tuple[int, str], _Hit] = {}
        for hit in hits:
            key = (hit.alias.list_index, hit.alias.entry.entry_id)
            if key not in best or hit.score > best[key].score:
                best[key] = hit
        # A listed lab, campus or subsidiary also stands for its listed parent.
        for (list_index, _), hit in list(best.items()):
            parent = self._entry_by_id[list_index].get(hit.alias.entry.parent) if hit.alias.entry.parent else None
            if parent is not None and (list_index, parent.entry_id) not in best:
                child = hit.alias.entry
                best[(list_index, parent.entry_id)] = _Hit(
                    _Alias(list_index, parent, hit.alias.text, hit.alias.keys, hit.alias.kind, hit.alias.generic),
                    hit.score, hit.start, hit.end,
                    [*hit.reasons, f'"{child.name}" is listed as part of "{parent.name}"'], via_child=True)
        results: list[NameMatch] = []
        taken: set[tuple[int, int, int]] = set()
        order = sorted(best.items(), key=lambda kv: (-kv[1].score, kv[1].via_child, kv[1].alias.entry.entry_id))
        for (list_index, _), hit in order:
            org_list = self.lists[list_index]
            if hit.score < (org_list.possible if floor is None else min(floor, org_list.possible)):
                continue
            place = (list_index, hit.start, hit.end)
            if place in taken and not hit.via_child:
                continue  # one entry per list for each part of the text: the best one (and its listed parent)
            taken.add(place)
            band = "match" if hit.score >= org_list.match else "possible" if hit.score >= org_list.possible else "below"
            entry = hit.alias.entry
            explanation = (
                f'{band} on {org_list.id} entry "{entry.name}" via alias "{hit.alias.text}", score {hit.score:.0f} '
                f"(match ≥ {org_list.match:.0f}, possible ≥ {org_list.possible:.0f}): " + "; ".join(hit.reasons)
            )
            results.append(NameMatch(org_list.id, entry.entry_id, entry.name, hit.alias.text,
                                     text[hit.start:hit.end] or hit.alias.text, round(hit.score, 1), band,
                                     explanation, entry, tuple(hit.reasons)))
        return results


@lru_cache(maxsize=200_000)
def _word_info(word: str) -> tuple[tuple[str, ...], str]:
    """A typed word's match keys, or (none and) the stop word it is; Chinese script is matched apart."""
    if _HAN_CHAR.search(word):
        return (), ""
    keys = word_keys(word)
    return keys, "" if keys else fold(word).strip()


def _keys(text: str) -> tuple[str, ...]:
    return tuple(k for word in _WORD.findall(text) for k in word_keys(word))


def _initials(name: str) -> str:
    """The initials of a name's words, stop words and legal forms left out: "NUDT" for the National University of
    Defense Technology."""
    return "".join(word[0].lower() for word in _WORD.findall(name) if word_keys(word))


def _specific(keys: tuple[str, ...]) -> bool:
    """Two or more words, one of them not a common word: specific enough to stand as a name by itself."""
    return len(keys) >= 2 and any(k not in GENERIC for k in keys)


def _surface(tokens: list[_Token]) -> str:
    words: list[str] = []
    for t in tokens:
        if not words or words[-1] != t.surface:
            words.append(t.surface)
    return " ".join(words)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and 0 < abs(len(a) - len(b)) <= 3 and (a.startswith(b) or b.startswith(a)):
        return True  # "northwest" / "northwestern"
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= TOKEN_ALIKE


def _align(alias_keys: tuple[str, ...], keys: list[str]):
    """The window of the segment whose words are the alias's words in order, each alike, with nothing else
    between them; (start, end, aligned pairs) or None."""
    first = alias_keys[0]
    for start in range(len(keys) - len(alias_keys) + 1):
        if not _alike(first, keys[start]):
            continue
        window = keys[start:start + len(alias_keys)]
        if all(_alike(a, b) for a, b in zip(alias_keys, window)):
            return start, start + len(alias_keys), list(zip(alias_keys, window))
    return None


def _spelled_out(acronym: str, segments: list[list[_Token]], at: int) -> bool:
    """Whether another part of the text spells the acronym out: its words' initials are the acronym's letters."""
    letters = acronym.lower()
    for tokens in segments:
        if any(t.start <= at < t.end for t in tokens):
            continue
        initials = "".join(t.key[0] for t in tokens if t.key)
        surface_initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", _surface(tokens).replace("'", "")))
        if letters in (initials, surface_initials.lower()):
            return True
    return False
