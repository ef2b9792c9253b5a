"""Rendering a report to a PDF file: the one path the command line, the GUI and plugins use.

:func:`render_report` checks the permission, checks the parameters, finds the font, calls the
report's ``build(ctx, params, doc)``, lays the story out under the letterhead and writes the
PDF atomically (a temporary file in the same folder, then a rename): a failed render leaves no
file and never a half-written one over an old report.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from suite.plugin_api.errors import NotFound, UserError
from suite.plugin_api.i18n import domain, text_of
from suite.plugin_api.records import Report
from suite.reports.params import check_params, display_value
from suite.reports.params import parse_cli_params as _parse_cli_params

T = domain("reports")
log = logging.getLogger("suite.reports")

PAGE_SIZES = ("A4", "A4-landscape", "A5", "80mm")


def parse_cli_params(report: Report, items: Iterable[str], ctx=None) -> dict[str, Any]:
    """``["start=2026-11-01", "end=2026-11-30"]`` -> typed values (see :mod:`suite.reports.params`).
    Raises a ValidationError naming every bad, unknown or missing parameter."""
    return _parse_cli_params(report, items, ctx)


def resolve_report(ctx, report: Report | str) -> Report:
    """A Report record, or the active one with that id."""
    if isinstance(report, Report):
        return report
    found = ctx.host.report(report) if getattr(ctx, "host", None) is not None else None
    if found is None:
        raise NotFound(T("There is no report \u201c{id}\u201d.", id=report))
    return found


def page_spec(code: str):
    from suite.reports.template import PAGE_SPECS

    spec = PAGE_SPECS.get(code)
    if spec is None:
        raise UserError(T("Unknown page size \u201c{size}\u201d; use one of {sizes}.", size=code, sizes=", ".join(PAGE_SIZES)))
    return spec


def acting_name(ctx) -> str:
    """Who generated the report, as the footer names them."""
    user = ctx.user
    if user.id is None and user.username == "system":
        return T.now("System")
    return user.display_name or user.username


def render_report(ctx, report: Report | str, params: Mapping[str, Any] | None, out_path: str | os.PathLike, *,
                  font: str | None = None, system_fonts: bool = True) -> Path:
    """Render *report* (a record or its id) with *params* to the PDF file *out_path*.

    ``params`` may be typed values or command-line strings. ``font`` overrides the settings'
    ``[reports] font``; ``system_fonts=False`` does not look for the system's fonts. Raises
    PermissionDenied, ValidationError (bad parameters, one message per parameter) or
    UserError (no font, a folder that does not exist, a file open in another program).
    Returns the path written.
    """
    started = time.perf_counter()
    rep = resolve_report(ctx, report)
    if rep.permission:
        ctx.require(rep.permission)
    values = check_params(ctx, rep, params)
    spec = page_spec(rep.pagesize)
    out = Path(out_path)
    if not out.parent.is_dir():
        raise UserError(T("The folder {folder} does not exist.", folder=str(out.parent)))

    from suite.reports.fonts import report_fonts

    fonts = report_fonts(ctx, font=font, system=system_fonts)
    story, doc = _story(ctx, rep, values, fonts, spec)
    if doc.spec is not spec:
        spec = doc.spec
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        pages = _write(ctx, doc, story, spec, fonts, tmp)
        try:
            os.replace(tmp, out)
        except PermissionError:
            raise UserError(T("Cannot write {path}: it is probably open in another program. Close it and try again.",
                              path=str(out))) from None
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:  # pragma: no cover - Windows keeps a handle a moment
                pass
    log.info("report %s rendered: %d pages in %.0f ms", rep.id, pages, (time.perf_counter() - started) * 1000)
    return out


def _story(ctx, rep: Report, values: dict, fonts, spec):
    from suite.host import resolve
    from suite.reports.document import ReportDocument

    doc = ReportDocument(ctx, rep, values, fonts, spec)
    build = resolve(rep.build)
    story = build(ctx, values, doc)
    if story is None or isinstance(story, (str, bytes)) or not hasattr(story, "__iter__"):
        raise TypeError(f"the build function of report {rep.id} must return a list of flowables, not {type(story).__name__}")
    shown = [(text_of(p.label), display_value(ctx, p, values.get(p.name))) for p in rep.params]
    full = doc.front_matter(shown) + list(story)
    if spec.compact:
        doc.spec = _fit_receipt(spec, full)
    return full, doc


def _fit_receipt(spec, story):
    """An 80 mm receipt as one page as long as its content (up to 1.2 m; longer ones get
    A4-long pages)."""
    from reportlab.lib.units import mm

    used = 0.0
    for flowable in story:
        _w, h = flowable.wrap(spec.frame_width, 1e7)
        used += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    height = spec.top + spec.bottom + spec.letterhead + spec.footer + used + 8 * mm
    if height > 1200 * mm:
        return spec
    return spec.with_height(max(height, 80 * mm))


def _company_texts(ctx) -> tuple[str, str, bytes | None]:
    from suite.core.company import get_company

    company = get_company(ctx)
    parts = []
    if company.address:
        parts.append(T.now("Address: {address}", address=company.address))
    if company.phone:
        parts.append(T.now("Phone: {phone}", phone=company.phone))
    return company.name, "    ".join(parts), company.logo


def _write(ctx, doc, story: list, spec, fonts, path: Path) -> int:
    from suite.reports.template import Decorations, PageTexts, ReportTemplate, numbered_canvas

    name, address_line, logo = _company_texts(ctx)
    generated_at = ctx.local_now().strftime("%Y-%m-%d %H:%M")
    title = doc.title + (f" \u00b7 {doc.subtitle}" if doc.subtitle else "")
    texts = PageTexts(
        company_name=name,
        address_line=address_line,
        logo=logo,
        title=title,
        generated=T.now("Generated {time} by {user}", time=generated_at, user=acting_name(ctx)),
        page_of=lambda page, total: T.now("Page {page} of {total}", page=page, total=total),
    )
    decorations = Decorations(spec, fonts, texts)
    template = ReportTemplate(str(path), spec, decorations, fonts, title=title, author=name,
                              subject=doc.report.id, creator="Back-Office Suite")
    template.build(story, canvasmaker=numbered_canvas(decorations))
    return template.page
