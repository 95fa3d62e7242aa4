"""Aggregation of a ``StatsSnapshot`` into exact count tables (no disclosure control here).

Measures (each one row group; row codes in brackets):

===============  ===========================================  =============================
measure          counts                                       event date (period, age)
===============  ===========================================  =============================
clients          distinct clients with a case open at some    the case's opening, or the
                 time in the period [clients.active]          period's first day
new_clients      clients created in the period [clients.new]  creation
assessments      completed assessments by instrument kind     completion
                 [kind.<form_kind>]
risk_levels      completed assessments with a professional-   completion
                 judgement level [level.<code>]
violence         distinct clients per violence category       first assessment in the
                 reported in the period [violence.<cat>]      period with that fact
children         distinct clients with children exposed       as above
                 [children.exposed], and harmed               (multi-response: the totals
                 [children.harmed]                            count mentions)
plans            safety plans (versions) created [plans.created]   creation
repeats          repeat assessments by kind [kind.<form_kind>]     completion
===============  ===========================================  =============================

Every measure is tabulated by ``period`` (month ``"2026-03"`` or quarter ``"2026-Q1"``,
all periods overlapping the dates, zeros included) and, when asked, by ``sex``
(``sex.female`` / ``sex.male`` / ``sex.unknown``) and ``age`` (age at the event date in
bands ``age.0-17`` ... ``age.65+``, ``age.unknown`` without a birth date). Tables of one
measure share their row totals and grand total; disclosure control relies on that.

A client counts as active when a case of theirs (``riskapp.domain.cases``) is open at some
time in the period: someone only screened (even negatively) is not an active client. The
event date is the opening of their first such case, or the period's first day if it was
opened earlier.

Risk levels are listed in the order the forms give (``level_order``: the danger-assessment
forms' levels, lowest first), then the common codes of ``_LEVEL_ORDER``, then any others.

Performance: one pass over the assessments with tuple-keyed counters, then small
marginalisations; 100,000 assessments take well under half a second.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from riskapp.domain.errors import DomainError
from riskapp.domain.stats.disclosure import CellRef
from riskapp.domain.stats.records import StatsSnapshot
from riskapp.domain.stats.table import Table

PERIODS = ("month", "quarter")
DIMENSIONS = ("sex", "age")

MEASURES = (
    "clients",
    "new_clients",
    "assessments",
    "risk_levels",
    "violence",
    "children",
    "plans",
    "repeats",
)

SEX_COLUMNS = ("sex.female", "sex.male", "sex.unknown")
_SEX_INDEX = {"female": 0, "male": 1}

#: Age bands: (code, lowest age, highest age inclusive).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("age.0-17", 0, 17),
    ("age.18-24", 18, 24),
    ("age.25-34", 25, 34),
    ("age.35-44", 35, 44),
    ("age.45-54", 45, 54),
    ("age.55-64", 55, 64),
    ("age.65+", 65, 200),
)
AGE_COLUMNS = (*(code for code, _, _ in AGE_BANDS), "age.unknown")
_AGE_UNKNOWN = len(AGE_BANDS)
#: Age (index) -> band index; ages beyond the table (or negative) are "unknown".
_AGE_LOOKUP = tuple(
    next(i for i, (_, low, high) in enumerate(AGE_BANDS) if low <= age <= high)
    for age in range(AGE_BANDS[-1][2] + 1)
)
#: A birth year that makes every age negative, hence "unknown".
_NO_BIRTH = 10**6
_UNKNOWN_CLIENT = (2, _NO_BIRTH, 0)
_ONE_DAY = timedelta(days=1)
#: A counter key: (row code, cell code).
_Key = tuple[str, int]

#: Children's facts always listed (stat codes of the forms), in this order.
CHILDREN_ROWS = ("children.exposed", "children.harmed")
#: Instrument kinds always listed (others follow, sorted).
KNOWN_KINDS = ("screening", "description", "danger_assessment")
#: Violence categories (docs/DOMAIN.md §3) always listed, in this order.
KNOWN_VIOLENCE = tuple(
    f"violence.{name}"
    for name in (
        "physical",
        "psychological",
        "sexual",
        "economic",
        "material",
        "latent",
        "neglect",
        "honour",
        "digital",
        "social",
    )
)
#: Level codes from lowest to highest risk: first the shipped danger-assessment scale
#: (low, raised, high, acute), then common codes of other scales; unknown codes follow, sorted.
_LEVEL_ORDER = (
    "low",
    "raised",
    "medium",
    "increased",
    "high",
    "acute",
    "severe",
    "extreme",
    "variable",
)


class StatsInputError(DomainError):
    """Bad statistics parameters (period kind, breakdown, dates)."""

    code = "stats_input"
    other_codes = (
        "stats_range",
        "stats_period",
        "stats_by",
    )


def check_parameters(start: date, end: date, by: Sequence[str], period: str) -> None:
    """Raise ``StatsInputError`` (``stats_range``, ``stats_period``, ``stats_by``)."""
    if start > end:
        raise StatsInputError("start after end", code="stats_range")
    if period not in PERIODS:
        raise StatsInputError("unknown period kind", code="stats_period", period=period)
    for dimension in by:
        if dimension not in DIMENSIONS:
            raise StatsInputError("unknown breakdown", code="stats_by", by=dimension)


def period_columns(start: date, end: date, period: str) -> tuple[str, ...]:
    """Codes of every month ("2026-03") or quarter ("2026-Q1") overlapping start..end."""
    if period == "month":
        first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
        return tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1))
    first, last = _quarter_number(start), _quarter_number(end)
    return tuple(f"{i // 4:04d}-Q{i % 4 + 1}" for i in range(first, last + 1))


def _quarter_number(day: date) -> int:
    return day.year * 4 + (day.month - 1) // 3


def _ordered(observed: Iterable[str], known: Sequence[str]) -> tuple[str, ...]:
    extra = sorted(set(observed) - set(known))
    return (*known, *extra)


def _level_rows(observed: Iterable[str], level_order: Sequence[str] = ()) -> tuple[str, ...]:
    codes = set(observed)
    order = dict.fromkeys((*level_order, *_LEVEL_ORDER))
    known = [code for code in order if code in codes]
    return tuple(f"level.{code}" for code in (*known, *sorted(codes - set(known))))


class _Indexer:
    """Maps an event date and a client to one int "cell code" (period, sex, age band).

    ``code = (period * 3 + sex) * 9 + band``: for one client (fixed sex) codes grow with the
    date, because neither the period nor the age band ever decreases, so the smallest code
    is the earliest event's. Each day of the period has a precomputed (period * 27, year,
    month * 100 + day) entry and each client a (sex * 9, birth year, birth month * 100 +
    day) entry, so a code costs a few integer operations. Someone born on 29 February
    becomes a year older on 1 March in common years (as ``Personnummer.age``).
    """

    def __init__(self, snapshot: StatsSnapshot, period: str) -> None:
        start, end = snapshot.start, snapshot.end
        first = start.year * 12 + start.month - 1 if period == "month" else _quarter_number(start)
        self.days: dict[date, tuple[int, int, int]] = {}
        day = start
        while day <= end:
            number = day.year * 12 + day.month - 1 if period == "month" else _quarter_number(day)
            self.days[day] = ((number - first) * 27, day.year, day.month * 100 + day.day)
            day += _ONE_DAY
        self.clients: dict[int, tuple[int, int, int]] = {
            c.key: (
                _SEX_INDEX.get(c.sex, 2) * 9,
                *(
                    (c.birth_date.year, c.birth_date.month * 100 + c.birth_date.day)
                    if c.birth_date is not None
                    else (_NO_BIRTH, 0)
                ),
            )
            for c in snapshot.clients
        }

    def code(self, client_key: int, day: date) -> int:
        base, year, month_day = self.days[day]
        sex9, born_year, born_month_day = self.clients.get(client_key, _UNKNOWN_CLIENT)
        age = year - born_year - (month_day < born_month_day)
        return base + sex9 + (_AGE_LOOKUP[age] if 0 <= age < len(_AGE_LOOKUP) else _AGE_UNKNOWN)


def _decode(code: int) -> tuple[int, int, int]:
    """(period index, sex index, age band index) of a cell code."""
    return code // 27, code % 27 // 9, code % 9


def _prefixed(counter: Counter[tuple[str, int]], prefix: str) -> Counter[tuple[str, int]]:
    return Counter({(prefix + row, code): n for (row, code), n in counter.items()})


def aggregate(
    snapshot: StatsSnapshot,
    *,
    by: Sequence[str] = (),
    period: str = "month",
    level_order: Sequence[str] = (),
) -> list[Table]:
    """Exact count tables for every measure: by period, then by each of ``by``.

    Raises ``StatsInputError`` (codes ``stats_range``, ``stats_period``, ``stats_by``).
    The result contains exact small counts: pass it through ``disclosure.protect`` before
    anything is shown or written.
    """
    start, end = snapshot.start, snapshot.end
    check_parameters(start, end, by, period)
    index = _Indexer(snapshot, period)

    # Hot loop: (row code, cell code) keys are collected in lists and counted with Counter
    # (C speed). "First event in the period" measures keep the smallest cell code per
    # client (per fact: one small dict per fact code, so no tuple keys are built).
    days = index.days
    clients_get = index.clients.get
    lookup, unknown_band, n_ages = _AGE_LOOKUP, _AGE_UNKNOWN, len(_AGE_LOOKUP)
    assessment_keys: list[_Key] = []
    level_keys: list[_Key] = []
    repeat_keys: list[_Key] = []
    first_fact: dict[str, dict[int, int]] = {}
    for a in snapshot.assessments:
        entry = days.get(a.completed_on)
        if entry is None:  # outside the period
            continue
        ckey = a.client_key
        base, year, month_day = entry
        sex9, born_year, born_month_day = clients_get(ckey, _UNKNOWN_CLIENT)
        age = year - born_year - (month_day < born_month_day)
        code = base + sex9 + (lookup[age] if 0 <= age < n_ages else unknown_band)
        akey = (a.form_kind, code)
        assessment_keys.append(akey)
        if a.level is not None:
            level_keys.append((a.level, code))
        if a.repeat:
            repeat_keys.append(akey)
        for fact in a.facts:
            firsts = first_fact.get(fact)
            if firsts is None:
                firsts = first_fact[fact] = {}
            seen = firsts.get(ckey)
            if seen is None or code < seen:
                firsts[ckey] = code

    code_of = index.code
    assessment_counts = Counter(assessment_keys)
    level_counts = Counter(level_keys)
    counts: dict[str, Counter[_Key]] = {
        "assessments": _prefixed(assessment_counts, "kind."),
        "repeats": _prefixed(Counter(repeat_keys), "kind."),
        "risk_levels": _prefixed(level_counts, "level."),
    }
    kinds = {key[0] for key in assessment_counts}
    levels = {key[0] for key in level_counts}

    plan_keys: list[_Key] = []
    for plan in snapshot.plans:
        if plan.created_on in days:
            code = code_of(plan.client_key, plan.created_on)
            plan_keys.append(("plans.created", code))
    counts["plans"] = Counter(plan_keys)

    new_keys: list[_Key] = []
    for client in snapshot.clients:
        if client.created_on in days:
            code = code_of(client.key, client.created_on)
            new_keys.append(("clients.new", code))
    counts["new_clients"] = Counter(new_keys)

    first_open: dict[int, date] = {}
    for case in snapshot.cases:
        if case.opened_on > end or (case.closed_on is not None and case.closed_on < start):
            continue
        day = max(case.opened_on, start)
        seen_day = first_open.get(case.client_key)
        if seen_day is None or day < seen_day:
            first_open[case.client_key] = day
    counts["clients"] = Counter(
        ("clients.active", code_of(key, day)) for key, day in first_open.items()
    )

    counts["violence"] = Counter()
    counts["children"] = Counter()
    violence: set[str] = set()
    for fact, firsts in first_fact.items():
        if fact in CHILDREN_ROWS:
            measure = "children"
        elif fact.startswith("violence."):
            measure = "violence"
            violence.add(fact)
        else:
            continue
        for code, n in Counter(firsts.values()).items():
            counts[measure][(fact, code)] = n

    kind_rows = tuple(f"kind.{k}" for k in _ordered(kinds, KNOWN_KINDS))
    rows: dict[str, tuple[str, ...]] = {
        "clients": ("clients.active",),
        "new_clients": ("clients.new",),
        "assessments": kind_rows,
        "risk_levels": _level_rows(levels, level_order),
        "violence": _ordered(violence, KNOWN_VIOLENCE),
        "children": CHILDREN_ROWS,
        "plans": ("plans.created",),
        "repeats": kind_rows,
    }
    columns = {
        "period": period_columns(start, end, period),
        "sex": SEX_COLUMNS,
        "age": AGE_COLUMNS,
    }
    dims = ("period", *(d for d in DIMENSIONS if d in by))

    tables: list[Table] = []
    for measure in MEASURES:
        row_codes = rows[measure]
        row_index = {code: i for i, code in enumerate(row_codes)}
        for dim in dims:
            position = ("period", "sex", "age").index(dim)
            grid = [[0] * len(columns[dim]) for _ in row_codes]
            for (row_code, code), n in counts[measure].items():
                grid[row_index[row_code]][_decode(code)[position]] += n
            tables.append(
                Table(
                    id=f"{measure}.{dim}",
                    measure=measure,
                    dimension=dim,
                    title=f"table.{measure}",
                    rows=row_codes,
                    columns=columns[dim],
                    cells=tuple(tuple(line) for line in grid),
                )
            )
    return tables


def linked_counts(tables: Sequence[Table]) -> list[tuple[CellRef, CellRef]]:
    """Numbers of two different measures that are the same count, for ``protect``.

    Every completed danger assessment carries a professional-judgement level, so per
    dimension the risk-level column totals (and grand total) are the danger-assessment row
    of the instrument table (and its row total). ``protect`` ignores a link whose values
    differ (e.g. an organisation's own instrument without levels).
    """
    by_id = {t.id: t for t in tables}
    links: list[tuple[CellRef, CellRef]] = []
    danger = "kind.danger_assessment"
    for table in tables:
        if table.measure != "risk_levels":
            continue
        instruments = by_id.get(f"assessments.{table.dimension}")
        if instruments is None or danger not in instruments.rows:
            continue
        row = instruments.rows.index(danger)
        for j in range(len(table.columns) + 1):  # every column total, then the grand total
            links.append(((table.id, len(table.rows), j), (instruments.id, row, j)))
    return links
