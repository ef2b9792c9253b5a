"""``suite orders-import customers|products FILE``: preview, then write the valid rows.

::

    suite orders-import customers 客户.csv            # shows the bad rows, asks before writing
    suite orders-import products menu.xlsx --yes      # no question (scripts)
    suite orders-import customers old.csv --dry-run   # only the preview
    suite orders-import customers 客户.csv --accept-no-address --no-areas

A summary by reason is printed, and every problem row goes to ``<file>.problems.csv`` beside
the file (in the file's encoding) to be fixed in Excel and imported again. Areas the file
names that do not exist yet are listed; ``--create-areas`` creates them first.
"""

from __future__ import annotations

import sys

from suite.plugin_api.i18n import domain

T = domain("orders")


def import_args(parser) -> None:
    parser.add_argument("kind", choices=["customers", "products"], help=T.now("what the file holds"))
    parser.add_argument("file", help=T.now("CSV (UTF-8 or GBK) or XLSX file"))
    parser.add_argument("--yes", action="store_true", help=T.now("write the valid rows without asking"))
    parser.add_argument("--dry-run", action="store_true", help=T.now("only list the bad rows"))
    parser.add_argument("--as-user", metavar="NAME", help=T.now("act as this user (the audit log names them)"))
    parser.add_argument("--create-areas", action="store_true", help=T.now("create the areas the file names that do not exist yet"))
    parser.add_argument("--no-areas", action="store_true", help=T.now("import without areas (the office does not deliver by area)"))
    parser.add_argument("--accept-no-address", action="store_true", help=T.now("import rows with an empty address"))
    parser.add_argument("--accept-outside-areas", action="store_true",
                        help=T.now("import rows whose address no area claims, without an area"))


def import_run(ctx, args) -> int:
    from suite.plugin_api import core
    from suite_plugins.orders.services import imports

    if args.as_user:
        ctx = core.user_context(ctx, args.as_user)
    options = imports.ImportOptions(use_areas=not getattr(args, "no_areas", False),
                                    accept_no_address=getattr(args, "accept_no_address", False),
                                    accept_outside_areas=getattr(args, "accept_outside_areas", False))
    result = imports.preview_file(ctx, args.kind, args.file, options)
    if result.missing_areas and getattr(args, "create_areas", False) and not args.dry_run:
        imports.create_areas(ctx, list(result.missing_areas))
        print(T.now("Areas created: {names}.", names=", ".join(result.missing_areas)))
        result = imports.preview_file(ctx, args.kind, args.file, options)
    print(T.now("{file}: {total} row(s), {ok} valid, {bad} with problems (read as {encoding}).", file=result.filename,
                total=result.total, ok=result.ok_count, bad=len(result.problems), encoding=result.encoding))
    if result.problems:
        print(T.now("Problems by reason:"))
        for n, first in result.summary():
            print(T.now("  {n} row(s): {reason} (first on line {line})", n=n, reason=first.text, line=first.line))
    if result.missing_areas:
        print(T.now("Areas the file names that do not exist yet: {names} (--create-areas creates them).",
                    names=", ".join(f"{k} ({v})" for k, v in result.missing_areas.items())))
    for problem in result.problems[:200]:
        print(T.now("  line {line}: {reason}", line=problem.line, reason=problem.text))
    if len(result.problems) > 200:
        print(T.now("  ... and {n} more", n=len(result.problems) - 200))
    written_to = imports.problems_csv(result, args.file)
    if written_to is not None:
        print(T.now("Every problem row is in {path}: fix them there and import that file again.", path=str(written_to)))
    if args.dry_run or not result.valid:
        return 0 if not result.problems else 2
    if not args.yes:
        if not sys.stdin.isatty():
            print(T.now("Not written: add --yes to write the valid rows without a terminal to ask."), file=sys.stderr)
            return 2
        answer = input(T.now("Write the {n} valid row(s)? [y/N] ", n=result.ok_count)).strip().lower()
        if answer not in ("y", "yes", "是"):
            print(T.now("Nothing written."))
            return 1
    written = imports.commit(ctx, result)
    print(T.now("{n} row(s) written.", n=written))
    return 0
