"""``suite orders-import customers|products FILE``: preview, then write the valid rows.

::

    suite orders-import customers 客户.csv            # shows the bad rows, asks before writing
    suite orders-import products menu.xlsx --yes      # no question (scripts)
    suite orders-import customers old.csv --dry-run   # only the preview
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


def import_run(ctx, args) -> int:
    from suite.plugin_api import core
    from suite_plugins.orders.services import imports

    if args.as_user:
        ctx = core.user_context(ctx, args.as_user)
    result = imports.preview_file(ctx, args.kind, args.file)
    print(T.now("{file}: {total} row(s), {ok} valid, {bad} with problems (read as {encoding}).", file=result.filename,
                total=result.total, ok=result.ok_count, bad=len(result.problems), encoding=result.encoding))
    for problem in result.problems[:200]:
        print(T.now("  line {line}: {reason}", line=problem.line, reason=problem.text))
    if len(result.problems) > 200:
        print(T.now("  ... and {n} more", n=len(result.problems) - 200))
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
