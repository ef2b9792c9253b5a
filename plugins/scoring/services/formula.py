"""The final-score formula: parsed by ``simpleeval`` (never ``eval``), only arithmetic,
comparisons, ``x if c else y`` and the functions min, max, round, abs over known names."""

from __future__ import annotations

import ast
from decimal import Decimal

from simpleeval import InvalidExpression, SimpleEval

from suite.plugin_api import ValidationError
from suite.plugin_api.i18n import domain


T = domain("scoring")

FUNCTIONS = {"min": min, "max": max, "round": round, "abs": abs}
#: the names every formula may use besides the metric names
BASE_NAMES = ("kpi", "points", "attendance", "cs_score", "cs_max", "absences", "working_days")

_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call, ast.Name,
            ast.Load, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod, ast.Pow, ast.FloorDiv,
            ast.USub, ast.UAdd, ast.Not, ast.And, ast.Or, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)


def metric_name(metric_id: str) -> str:
    """The name a metric has in a formula: ``orders.on_time_rate`` -> ``orders_on_time_rate``."""
    return metric_id.replace(".", "_").replace("-", "_")


class FormulaError(Exception):
    """A formula failed for one employee (division by zero, a value of the wrong kind)."""


def _tree(formula: str) -> ast.Expression:
    text = (formula or "").strip()
    if not text:
        raise ValidationError(T("Write a formula, for example 0.6*kpi + 0.3*points + 0.1*attendance."))
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ValidationError(T("The formula has a syntax error near column {col}.", col=(exc.offset or 0))) from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise ValidationError(T("The formula may only use numbers, names, + - * / ( ), comparisons, "
                                    "\u201cif ... else\u201d and min, max, round, abs."))
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS or node.keywords:
                raise ValidationError(T("Unknown function in the formula: only min, max, round and abs."))
        if isinstance(node, ast.Name) and node.id.startswith("_"):
            raise ValidationError(T("\u201c{name}\u201d is not allowed in a formula.", name=node.id))
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise ValidationError(T("The formula may only hold numbers, not text."))
    return tree


def validate(formula: str, names) -> None:
    """Refuse a formula that is not safe arithmetic or names something unknown."""
    tree = _tree(formula)
    known = set(names) | set(FUNCTIONS)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in known:
            raise ValidationError(T("Unknown name in the formula: \u201c{name}\u201d.", name=node.id))


def evaluate(formula: str, values: dict[str, float]) -> float:
    """The formula's value for one employee; FormulaError on a failure of the arithmetic."""
    _tree(formula)
    ev = SimpleEval(functions=dict(FUNCTIONS), names={k: float(v) if isinstance(v, Decimal) else v
                                                        for k, v in values.items()})
    try:
        result = ev.eval(formula.strip())
    except ZeroDivisionError:
        raise FormulaError(T("division by zero")) from None
    except (InvalidExpression, TypeError, ValueError, OverflowError, KeyError, NameError) as exc:
        raise FormulaError(str(exc)) from None
    if isinstance(result, bool) or not isinstance(result, (int, float)):
        raise FormulaError(T("the formula did not give a number"))
    return float(result)


def condition_holds(condition: str, fields: dict[str, float]) -> bool:
    """A rule's condition (empty: always) over the fields of one occurrence."""
    if not (condition or "").strip():
        return True
    try:
        return bool(SimpleEval(functions=dict(FUNCTIONS), names=dict(fields)).eval(condition.strip()))
    except ZeroDivisionError:
        raise FormulaError(T("division by zero")) from None
    except Exception as exc:  # a faulty rule fails alone, never the evaluation of the others
        raise FormulaError(str(exc)) from None


__all__ = ["BASE_NAMES", "FormulaError", "condition_holds", "evaluate", "metric_name", "validate"]


class Condition:
    """A rule's condition parsed once; results are remembered per distinct set of fields
    (an evaluation over 100,000 occurrences sees few distinct ones)."""

    def __init__(self, condition: str) -> None:
        self.text = (condition or "").strip()
        self._ev = SimpleEval(functions=dict(FUNCTIONS))
        self._parsed = self._ev.parse(self.text) if self.text else None
        self._memo: dict = {}

    def __call__(self, fields: dict, key=None) -> bool:
        if self._parsed is None:
            return True
        if key is None:
            key = tuple(sorted(fields.items()))
        hit = self._memo.get(key)
        if hit is None:
            self._ev.names = dict(fields)
            try:
                hit = bool(self._ev.eval(self.text, previously_parsed=self._parsed))
            except ZeroDivisionError:
                raise FormulaError(T("division by zero")) from None
            except Exception as exc:  # a faulty rule fails alone
                raise FormulaError(str(exc)) from None
            self._memo[key] = hit
        return hit


class Formula:
    """A template's final-score formula, checked and parsed once, evaluated per employee."""

    def __init__(self, formula: str) -> None:
        self.text = (formula or "").strip()
        _tree(self.text)
        self._ev = SimpleEval(functions=dict(FUNCTIONS))
        self._parsed = self._ev.parse(self.text)

    def __call__(self, values: dict) -> float:
        self._ev.names = {k: float(v) if isinstance(v, Decimal) else v for k, v in values.items()}
        try:
            result = self._ev.eval(self.text, previously_parsed=self._parsed)
        except ZeroDivisionError:
            raise FormulaError(T("division by zero")) from None
        except (InvalidExpression, TypeError, ValueError, OverflowError, KeyError, NameError) as exc:
            raise FormulaError(str(exc)) from None
        if isinstance(result, bool) or not isinstance(result, (int, float)):
            raise FormulaError(T("the formula did not give a number"))
        return float(result)
