"""Rule conditions: parsed from policy.toml into a small tree, validated with precise errors, never eval'd.

>>> parse({"all": [{"area": {"set": "ca-stra"}}, {"list_hit": {"list": "ca-nro"}}]}, "when").kind
'all'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SUBJECTS = ("partner", "funder", "person")
LIST_BANDS = ("match", "possible", "any")
AREA_BANDS = ("flag", "possible", "any")
MISSING_FACTS = (
    "abstract",
    "keywords",
    "field_codes",
    "partner_country",
    "funder_country",
    "funder_type",
    "nationality",
)
FUNDER_TYPES = ("government", "industry", "charity", "university", "other")

# For each predicate: its options and what each must be.
_OPTIONS: dict[str, dict[str, str]] = {
    "list_hit": {"list": "ids", "subject": "subjects", "band": "list_band", "attribute": "attributes"},
    "area": {"set": "ids", "areas": "strings", "category": "strings", "tier": "strings", "band": "area_band"},
    "partner": {"country": "countries", "country_group": "group", "type": "strings"},
    "funder": {
        "country": "countries",
        "country_group": "group",
        "type": "funder_types",
        "min_amount": "number",
        "min_share": "share",
    },
    "person": {
        "nationality": "countries",
        "nationality_group": "group",
        "not_nationality_group": "group",
        "role": "strings",
        "talent_programme": "bool",
    },
    "project": {"min_amount": "number", "max_amount": "number", "funder_country": "countries",
                "funder_country_group": "group"},
}
PREDICATES = (*_OPTIONS, "missing")
COMBINATORS = ("all", "any", "not")


@dataclass(frozen=True)
class Condition:
    """One node: a combinator (all/any/not) over children, or a predicate with its options."""

    kind: str
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    children: tuple[Condition, ...] = ()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class ConditionError(ValueError):
    def __init__(self, key: str, message: str):
        self.key = key
        self.message = message
        super().__init__(f"{key}: {message}")


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _check_option(kind: str, name: str, value: Any, key: str, errors: list[ConditionError]) -> Any:
    expected = _OPTIONS[kind][name]
    if expected in ("ids", "strings", "countries", "subjects", "funder_types"):
        items = _as_list(value)
        if not items or not all(isinstance(i, str) for i in items):
            errors.append(ConditionError(key, "must be a string or a list of strings."))
            return ()
        if expected == "countries":
            bad = [i for i in items if not (len(i) == 2 and i.isalpha() and i.isupper())]
            if bad:
                errors.append(ConditionError(key, f"{bad[0]!r} is not an ISO 3166 alpha-2 code (e.g. \"CN\")."))
        if expected == "subjects":
            bad = [i for i in items if i not in SUBJECTS]
            if bad:
                errors.append(ConditionError(key, f"{bad[0]!r} is not a subject; use {', '.join(SUBJECTS)}."))
        if expected == "funder_types":
            bad = [i for i in items if i not in FUNDER_TYPES]
            if bad:
                errors.append(ConditionError(key, f"{bad[0]!r} is not a funder type; use {', '.join(FUNDER_TYPES)}."))
        return tuple(items)
    if expected in ("list_band", "area_band"):
        allowed = LIST_BANDS if expected == "list_band" else AREA_BANDS
        if value not in allowed:
            errors.append(ConditionError(key, f"{value!r} is not a band; use {', '.join(allowed)}."))
        return value
    if expected == "attributes":
        if not isinstance(value, dict) or not value:
            errors.append(ConditionError(key, 'must be a table such as { risk = ["very high"] }.'))
            return {}
        out = {}
        for attr, allowed_values in value.items():
            items = _as_list(allowed_values)
            if not all(isinstance(i, str) for i in items):
                errors.append(ConditionError(f"{key}.{attr}", "must be a string or a list of strings."))
            out[attr] = tuple(str(i).casefold() for i in items)
        return out
    if expected == "group":
        if not isinstance(value, str):
            errors.append(ConditionError(key, "must be the name of a [country_groups] entry."))
        return value
    if expected in ("number", "share"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            errors.append(ConditionError(key, "must be a number."))
            return 0
        if expected == "share" and not 0 <= value <= 1:
            errors.append(ConditionError(key, "must be a share between 0 and 1."))
        return float(value)
    if expected == "bool":
        if not isinstance(value, bool):
            errors.append(ConditionError(key, "must be true or false."))
        return value
    raise AssertionError(expected)


def _parse(node: Any, key: str, errors: list[ConditionError]) -> Condition:
    if not isinstance(node, dict) or len(node) != 1:
        allowed = ", ".join((*COMBINATORS, *PREDICATES))
        errors.append(ConditionError(key, f"a condition is a table with exactly one key, one of: {allowed}."))
        return Condition("invalid")
    (kind, body), = node.items()
    here = f"{key}.{kind}"
    if kind in ("all", "any"):
        if not isinstance(body, list) or not body:
            errors.append(ConditionError(here, "must be a non-empty list of conditions."))
            return Condition(kind)
        return Condition(kind, children=tuple(_parse(c, f"{here}[{i}]", errors) for i, c in enumerate(body)))
    if kind == "not":
        return Condition(kind, children=(_parse(body, here, errors),))
    if kind == "missing":
        if body not in MISSING_FACTS:
            errors.append(ConditionError(here, f"{body!r} is not a fact; use {', '.join(MISSING_FACTS)}."))
        return Condition(kind, {"fact": body})
    if kind not in _OPTIONS:
        allowed = ", ".join((*COMBINATORS, *PREDICATES))
        errors.append(ConditionError(here, f"unknown condition; use one of: {allowed}."))
        return Condition("invalid")
    if not isinstance(body, dict):
        errors.append(ConditionError(here, "must be a table of options, e.g. { list = \"ca-nro\" }."))
        return Condition(kind)
    options = {}
    for name, value in body.items():
        if name not in _OPTIONS[kind]:
            allowed = ", ".join(_OPTIONS[kind])
            errors.append(ConditionError(f"{here}.{name}", f"unknown option; {kind} takes {allowed}."))
            continue
        options[name] = _check_option(kind, name, value, f"{here}.{name}", errors)
    if kind in ("partner", "funder", "person", "project") and not options:
        errors.append(ConditionError(here, f"needs at least one option ({', '.join(_OPTIONS[kind])})."))
    return Condition(kind, options)


def parse(node: Any, key: str = "when") -> Condition:
    """Parse a ``when`` table; raise one ConditionError per problem found (as ``.errors``)."""
    errors: list[ConditionError] = []
    condition = _parse(node, key, errors)
    if errors:
        raise ConditionErrors(errors)
    return condition


class ConditionErrors(ValueError):
    def __init__(self, errors: list[ConditionError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))
