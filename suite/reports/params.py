"""Report parameters: from command-line strings or form values to typed values, checked.

Kinds (:class:`suite.plugin_api.ReportParam.kind`) and the values a ``build`` function gets:

=============  ====================================  ==============================
kind           written on the command line           value
=============  ====================================  ==============================
text           ``user=xiaoli``                       ``str``
int            ``top=10``                            ``int``
decimal        ``min=12.50`` (``¥1,234.50`` too)     ``Decimal``
date           ``day=2026-11-01``                    ``datetime.date``
month          ``month=2026-11``                     :class:`Month`
date_range     ``period=2026-11-01..2026-11-30``     :class:`DateRange` (end inclusive)
               (or one day, or a month: ``2026-11``)
choice         ``status=open`` (a choice's value)    the choice's value
bool           ``yes``/``no``, ``true``/``false``,    ``bool``
               ``1``/``0``, ``是``/``否``
customer       ``customer=42`` (its id)              ``int`` (customer id)
staff          ``staff=7`` or ``staff=王师傅``         ``int`` (staff id)
=============  ====================================  ==============================

``ReportParam.default`` may be a value of the kind, a string written as on the command line, a
callable taking the Context, or one of the words ``today``, ``yesterday``, ``month_start``
(dates), ``this_month``, ``last_month`` (months and date ranges), ``last_7_days``,
``last_30_days`` (date ranges).

Every problem is reported at once as a :class:`ValidationError` whose ``fields`` map a
parameter name to its message (a form shows each beside its field; the command line prints
one line).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from suite.plugin_api.errors import NotFound, ValidationError
from suite.plugin_api.i18n import domain
from suite.plugin_api.records import Report, ReportParam

T = domain("reports")

KINDS = ("text", "int", "decimal", "date", "month", "date_range", "choice", "bool", "customer", "staff")

_TRUE = {"1", "yes", "y", "true", "on", "\u662f", "\u5bf9"}
_FALSE = {"0", "no", "n", "false", "off", "\u5426", "\u4e0d"}


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month (``2026-11``)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.year <= 9999):
            raise ValueError(f"no such month: {self.year}-{self.month}")

    @classmethod
    def of(cls, day: dt.date) -> "Month":
        return cls(day.year, day.month)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        """The last day (inclusive)."""
        return self.next().start - dt.timedelta(days=1)

    def next(self) -> "Month":
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> "Month":
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def range(self) -> "DateRange":
        return DateRange(self.start, self.end)

    def utc_bounds(self, ctx) -> tuple[dt.datetime, dt.datetime]:
        return self.range().utc_bounds(ctx)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class DateRange:
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def utc_bounds(self, ctx) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) in UTC: from the office's midnight starting ``start`` to the one ending ``end``."""
        return ctx.day_bounds(self.start)[0], ctx.day_bounds(self.end)[1]

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


class _Bad(Exception):
    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


# ---------------------------------------------------------------------------- one value


def example(param: ReportParam) -> str:
    """How a value of this parameter is written, for messages and placeholders."""
    return {
        "int": "10", "decimal": "12.50", "date": "2026-11-01", "month": "2026-11",
        "date_range": "2026-11-01..2026-11-30", "bool": "yes", "customer": "42", "staff": "7",
    }.get(param.kind, "")


_DATE_RE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_MONTH_RE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})\s*$")


def _date(text: str) -> dt.date:
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(text)
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def _month(text: str) -> Month:
    m = _MONTH_RE.match(text)
    if not m:
        raise ValueError(text)
    return Month(int(m[1]), int(m[2]))


def parse_value(param: ReportParam, raw: str) -> Any:
    """A command-line string as a value of the parameter's kind; raises ``_Bad``. Choices,
    customers and staff names are checked later, with the Context (:func:`check_params`)."""
    text = raw.strip()
    kind = param.kind
    if kind in ("text", "choice"):
        return text
    if kind == "int":
        if not re.fullmatch(r"[+-]?\d+", text.replace(",", "")):
            raise _Bad(T("\u201c{value}\u201d is not a whole number; write it like {example}.", value=raw, example=example(param)))
        return int(text.replace(",", ""))
    if kind == "decimal":
        try:
            value = Decimal(text.replace(",", "").replace("\u00a5", "").replace("\uffe5", "").strip())
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise _Bad(T("\u201c{value}\u201d is not a number; write it like {example}.", value=raw, example=example(param)))
        return value
    if kind == "date":
        try:
            return _date(text)
        except ValueError:
            raise _Bad(T("\u201c{value}\u201d is not a date; write it like {example}.", value=raw, example=example(param))) from None
    if kind == "month":
        try:
            return _month(text)
        except ValueError:
            raise _Bad(T("\u201c{value}\u201d is not a month; write it like {example}.", value=raw, example=example(param))) from None
    if kind == "date_range":
        return _date_range(param, raw)
    if kind == "bool":
        low = text.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise _Bad(T("\u201c{value}\u201d is neither yes nor no; write yes or no.", value=raw))
    if kind == "customer":
        if not text.isdigit():
            raise _Bad(T("\u201c{value}\u201d is not a customer number; write the customer's number, like {example}.",
                         value=raw, example=example(param)))
        return int(text)
    if kind == "staff":
        return int(text) if text.isdigit() else text
    raise _Bad(T("this report declares an unknown kind of parameter \u201c{kind}\u201d.", kind=kind))


def _date_range(param: ReportParam, raw: str) -> DateRange:
    text = raw.strip()
    bad = _Bad(T("\u201c{value}\u201d is not a date range; write it like {example}.", value=raw, example=example(param)))
    for sep in ("..", "~", "\uff5e", " to ", "\u81f3"):
        if sep in text:
            left, _, right = text.partition(sep)
            try:
                start, end = _date(left), _date(right)
            except ValueError:
                raise bad from None
            if end < start:
                raise _Bad(T("the range {value} ends before it starts.", value=raw))
            return DateRange(start, end)
    try:
        day = _date(text)
        return DateRange(day, day)
    except ValueError:
        pass
    try:
        return _month(text).range()
    except ValueError:
        raise bad from None


# ---------------------------------------------------------------------------- defaults and choices


def default_value(ctx, param: ReportParam) -> Any:
    """The parameter's default as a typed value (None when it has none)."""
    default = param.default
    if default is None:
        return None
    if callable(default):
        return default(ctx)
    if isinstance(default, str):
        today = ctx.today() if ctx is not None else dt.date.today()
        this_month = Month.of(today)
        words = {
            "today": {"date": today, "date_range": DateRange(today, today), "month": this_month},
            "yesterday": {"date": today - dt.timedelta(days=1),
                          "date_range": DateRange(today - dt.timedelta(days=1), today - dt.timedelta(days=1))},
            "month_start": {"date": this_month.start},
            "this_month": {"month": this_month, "date_range": this_month.range(), "date": this_month.start},
            "last_month": {"month": this_month.previous(), "date_range": this_month.previous().range(),
                           "date": this_month.previous().start},
            "last_7_days": {"date_range": DateRange(today - dt.timedelta(days=6), today)},
            "last_30_days": {"date_range": DateRange(today - dt.timedelta(days=29), today)},
        }
        if default in words and param.kind in words[default]:
            return words[default][param.kind]
        return parse_value(param, default)
    return default


def choices_of(ctx, param: ReportParam) -> list[tuple[Any, str]]:
    """The (value, label) pairs of a choice parameter (a ``"module:callable"`` is called with
    the Context)."""
    choices = param.choices
    if isinstance(choices, str):
        from suite.host import resolve

        choices = resolve(choices)(ctx)
    elif callable(choices):
        choices = choices(ctx)
    out = []
    for item in choices or ():
        if isinstance(item, (tuple, list)) and len(item) == 2:
            out.append((item[0], str(item[1])))
        else:
            out.append((item, str(item)))
    return out


# ---------------------------------------------------------------------------- whole sets


def _fail(errors: dict[str, Any]) -> None:
    if len(errors) == 1:
        ((name, message),) = errors.items()
        raise ValidationError(T("{name}: {problem}", name=name, problem=message), fields=errors)
    raise ValidationError(T("The report's parameters are not right:"), fields=errors)


def _missing(param: ReportParam) -> Any:
    ex = example(param)
    if ex:
        return T("required (for example {name}={example}).", name=param.name, example=ex)
    return T("required.")


def parse_cli_params(report: Report, items: Iterable[str], ctx=None) -> dict[str, Any]:
    """``["start=2026-11-01", ...]`` -> {name: typed value}, with every problem in one
    :class:`ValidationError`: a malformed item, an unknown or repeated key, a bad value, a
    required parameter missing (one with a default is not missing)."""
    by_name = {p.name: p for p in report.params}
    errors: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            errors[item or "?"] = T("write each parameter as --param name=value.")
            continue
        param = by_name.get(key)
        if param is None:
            errors[key] = _unknown(report)
            continue
        if key in values or key in errors:
            errors[key] = T("given twice.")
            continue
        if raw.strip() == "":
            continue  # an empty value is no value
        try:
            values[key] = parse_value(param, raw)
        except _Bad as bad:
            errors[key] = bad.message
    for param in report.params:
        if param.required and param.name not in values and param.name not in errors and param.default is None:
            errors[param.name] = _missing(param)
    if errors:
        _fail(errors)
    return values


def _unknown(report: Report) -> Any:
    names = ", ".join(p.name for p in report.params)
    if not names:
        return T("unknown parameter: this report takes none.")
    return T("unknown parameter; this report takes: {names}.", names=names)


def check_params(ctx, report: Report, values: Mapping[str, Any] | None) -> dict[str, Any]:
    """The complete, checked parameters a ``build`` function gets.

    ``values`` may hold typed values (from a form or a plugin) or command-line strings; every
    declared parameter appears in the result (None when optional and not given). Defaults are
    filled in, choices checked against their list, customers and staff looked up.
    """
    values = dict(values or {})
    by_name = {p.name: p for p in report.params}
    errors: dict[str, Any] = {}
    for key in values:
        if key not in by_name:
            errors[key] = _unknown(report)
    out: dict[str, Any] = {}
    for param in report.params:
        value = values.get(param.name)
        if isinstance(value, str) and (param.kind != "text" or not value.strip()):
            if not value.strip():
                value = None
            else:
                try:
                    value = parse_value(param, value)
                except _Bad as bad:
                    errors[param.name] = bad.message
                    continue
        if value is None:
            try:
                value = default_value(ctx, param)
            except _Bad as bad:  # a plugin's bad default: say so rather than crash
                errors[param.name] = bad.message
                continue
        if value is None:
            if param.required:
                errors[param.name] = _missing(param)
            out[param.name] = None
            continue
        try:
            out[param.name] = _check_value(ctx, param, value)
        except _Bad as bad:
            errors[param.name] = bad.message
    if errors:
        _fail(errors)
    return out


_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "int": (int,), "decimal": (Decimal, int), "month": (Month,), "date_range": (DateRange,),
    "bool": (bool,), "customer": (int,),
}


def _check_value(ctx, param: ReportParam, value: Any) -> Any:
    kind = param.kind
    if kind == "date":
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            raise _Bad(T("\u201c{value}\u201d is not a date; write it like {example}.", value=value, example=example(param)))
        return value
    if kind == "month" and isinstance(value, dt.date):
        return Month.of(value)
    if kind == "date_range" and isinstance(value, (tuple, list)) and len(value) == 2:
        value = DateRange(*value)
        if value.end < value.start:
            raise _Bad(T("the range {value} ends before it starts.", value=str(value)))
    if kind == "decimal" and isinstance(value, float):
        value = Decimal(repr(value))
    if kind == "choice":
        pairs = choices_of(ctx, param)
        for choice_value, _label in pairs:
            if choice_value == value or str(choice_value) == str(value):
                return choice_value
        raise _Bad(T("\u201c{value}\u201d is not one of: {choices}.", value=value,
                     choices=", ".join(str(v) for v, _ in pairs)))
    if kind == "customer":
        from suite.core.customers import get_customer

        try:
            get_customer(ctx, int(value))
        except (NotFound, ValueError, TypeError):
            raise _Bad(T("there is no customer number {value}.", value=value)) from None
        return int(value)
    if kind == "staff":
        return _staff_id(ctx, value)
    expected = _TYPES.get(kind)
    if expected is None:
        raise _Bad(T("this report declares an unknown kind of parameter \u201c{kind}\u201d.", kind=kind))
    if kind == "int" and isinstance(value, bool) or not isinstance(value, expected):
        raise _Bad(T("\u201c{value}\u201d is not a valid value here.", value=value))
    if kind == "text":
        value = value.strip()
    return value


def _staff_named(ctx, value: Any):
    """The staff member with this id (an int) or this exact name. (Through list_staff: the
    core's get_staff reads its row after its session has closed.)"""
    from suite.core.staff import list_staff

    people = list_staff(ctx, include_archived=True)
    if isinstance(value, int) and not isinstance(value, bool):
        found = [s for s in people if s.id == value]
        if not found:
            raise _Bad(T("there is no staff member number {value}.", value=value))
        return found[0]
    name = str(value).strip()
    found = [s for s in people if s.name == name]
    if not found:
        raise _Bad(T("there is no staff member called \u201c{value}\u201d.", value=name))
    if len(found) > 1:
        raise _Bad(T("several staff members are called \u201c{value}\u201d; give the number instead ({ids}).",
                     value=name, ids=", ".join(str(s.id) for s in found)))
    return found[0]


def _staff_id(ctx, value: Any) -> int:
    return _staff_named(ctx, value).id


# ---------------------------------------------------------------------------- showing


def display_value(ctx, param: ReportParam, value: Any) -> str:
    """A checked value as the report's parameter block shows it."""
    if value is None or value == "":
        return str(T("(all)")) if not param.required else ""
    kind = param.kind
    if kind == "bool":
        return str(T("Yes")) if value else str(T("No"))
    if kind == "date_range":
        return f"{value.start.isoformat()} \u2013 {value.end.isoformat()}"
    if kind == "date":
        return value.isoformat()
    if kind == "decimal":
        from suite.reports.formatting import number

        exponent = value.as_tuple().exponent
        return number(value, max(0, -exponent) if isinstance(exponent, int) else 2)
    if kind == "choice":
        for choice_value, label in choices_of(ctx, param):
            if choice_value == value:
                return label
    if kind == "customer":
        from suite.core.customers import get_customer

        try:
            return f"{get_customer(ctx, value).name} (#{value})"
        except Exception:  # noqa: BLE001 - the number alone still says which
            return f"#{value}"
    if kind == "staff":
        try:
            return f"{_staff_named(ctx, value).name} (#{value})"
        except Exception:  # noqa: BLE001 - the number alone still says which
            return f"#{value}"
    return str(value)
