"""The ``suite`` command line.

``suite`` alone starts the desktop program. Every other command prints one clear line and
exits non-zero on a user error (bad URL, unknown plugin, missing file, wrong password); the
details of an unexpected error go to the log file, never a traceback on the console.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from suite import __version__
from suite.plugin_api.errors import PermissionDenied, SuiteError, UserError, ValidationError
from suite.plugin_api.i18n import Msg, domain, translate

T = domain("cli")
log = logging.getLogger("suite.cli")

EXIT_OK, EXIT_ERROR, EXIT_USER, EXIT_DENIED, EXIT_BROKEN = 0, 1, 2, 3, 4


#: argparse's own words (Python ships no Chinese catalog for them): "usage", "options", -h's
#: help and its errors, translated like the suite's own messages (catalog context "argparse")
ARGPARSE_WORDS = (
    Msg("argparse", "usage: "),
    Msg("argparse", "options"),
    Msg("argparse", "positional arguments"),
    Msg("argparse", "show this help message and exit"),
    Msg("argparse", "show program's version number and exit"),
    Msg("argparse", "%(prog)s: error: %(message)s\n"),
    Msg("argparse", "argument %(argument_name)s: %(message)s"),
    Msg("argparse", "the following arguments are required: %s"),
    Msg("argparse", "unrecognized arguments: %s"),
    Msg("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    Msg("argparse", "invalid %(type)s value: %(value)r"),
    Msg("argparse", "expected one argument"),
    Msg("argparse", "expected at most one argument"),
    Msg("argparse", "expected at least one argument"),
    Msg("argparse", "expected %s argument"),
    Msg("argparse", "expected %s arguments"),
    Msg("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    Msg("argparse", "not allowed with argument %s"),
    Msg("argparse", "one of the arguments %s is required"),
    Msg("argparse", "ignored explicit argument %r"),
    Msg("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    Msg("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


def install_argparse_words() -> None:
    """Let argparse ask the suite's catalogs for its words (it looks ``_`` and ``ngettext`` up
    in its module each time it needs one, so the language in effect is the one shown)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other user error
        raise UserError(message)


def _say(text: object = "") -> None:
    print(str(text), flush=True)


def _read_password(args, prompt: str, confirm: bool = False) -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise UserError(T("No password on standard input."))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(T("No terminal to ask for the password: use --password-stdin."))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(T.now("Repeat the password: ")) != first:
        raise UserError(T("The two passwords differ."))
    return first


# ---------------------------------------------------------------------------- runtime helpers


def _host(args):
    if getattr(args, "_host", None) is None:
        from suite.bootstrap import build_host_from_settings
        from suite.config import Settings

        from suite.bootstrap import choose_language, load_catalogs

        args._settings = Settings.load()
        args._host = build_host_from_settings(args._settings)
        load_catalogs(args._host, choose_language(getattr(args, "lang", None), args._settings))
    return args._host


def _runtime(args, migrate: bool = True, office: bool = True):
    from suite.bootstrap import open_runtime

    host = _host(args)
    return open_runtime(args.db, settings=args._settings, host=host, migrate=migrate, language=args.lang, office=office)


def _as_user(args, rt):
    """The context for commands that act for a person (reports): --user with a password, or
    the system account."""
    if getattr(args, "user", None):
        from suite.core.users import login

        password = _read_password(args, T.now("Password for {user}: ", user=args.user))
        return login(rt.ctx, args.user, password)
    return rt.ctx


# ---------------------------------------------------------------------------- commands


def cmd_gui(args) -> int:
    from suite.desktop import check_desktop

    check_desktop()  # before Qt: a platform plugin that cannot load aborts with a raw message
    from suite.ui.app import run_gui

    return run_gui(db_url=args.db, language=args.lang)


def cmd_demo(args) -> int:
    from suite.demo import run_demo

    if not args.no_gui:
        from suite.desktop import check_desktop

        check_desktop()

    return run_demo(reset=args.reset, gui=not args.no_gui, language=args.lang, host=_host(args), seed=args.seed)


def cmd_db_upgrade(args) -> int:
    from suite.bootstrap import prepare_database

    rt = _runtime(args, migrate=False)
    steps = prepare_database(rt.ctx, backup=not args.no_backup)
    for branch, rev in steps:
        _say(T("upgraded {branch} to {revision}", branch=branch, revision=rev))
    if not steps:
        _say(T("The database is up to date ({where}).", where=rt.db.describe()))
    return EXIT_OK


def cmd_db_status(args) -> int:
    from suite import migrate

    rt = _runtime(args, migrate=False, office=False)
    rows = migrate.status(rt.db, rt.host)
    _say(rt.db.describe())
    _say(f"{'branch':<14} {'plugin':<14} {'current':<14} {'head':<14} state")
    for st in rows:
        if st.unknown:
            state = T.now("unknown revision (newer suite?)")
        elif not st.active:
            state = T.now("plugin not active")
        elif st.pending:
            state = T.now("{n} revision(s) pending", n=st.pending)
        else:
            state = T.now("up to date")
        _say(f"{st.branch:<14} {st.plugin:<14} {','.join(st.current) or '-':<14} {','.join(st.heads) or '-':<14} {state}")
    return EXIT_OK if all(s.up_to_date or not s.active for s in rows) else EXIT_USER


def cmd_db_revision(args) -> int:
    from suite import migrate

    host = _host(args)
    loc = next((m for m in host.migration_locations() if m.branch == args.branch), None)
    if loc is None:
        raise UserError(T("No active plugin has the migration branch \u201c{branch}\u201d.", branch=args.branch))
    rt = _runtime(args, migrate=True)
    path = migrate.make_revision(loc, rt.db, args.message, autogenerate=not args.empty)
    _say(path)
    return EXIT_OK


def cmd_plugins_list(args) -> int:
    host = _host(args)
    _say(f"{'name':<14} {'version':<9} {'distribution':<28} status")
    for info in sorted(host.plugins.values(), key=lambda p: (not p.builtin, p.name)):
        dist = f"{info.distribution} {info.distribution_version}".strip() or "-"
        _say(f"{info.name:<14} {info.version or '-':<9} {dist:<28} {info.status_text()}")
    return EXIT_OK


def cmd_plugins_enable(args, enabled: bool) -> int:
    from suite.config import Settings

    host = _host(args)
    if args.name not in host.plugins:
        raise UserError(T("There is no plugin called \u201c{name}\u201d. Installed: {names}",
                          name=args.name, names=", ".join(sorted(host.plugins))))
    if args.name == "core":
        raise UserError(T("The core cannot be disabled."))
    settings = Settings.load()
    settings.set_plugin_enabled(args.name, enabled)
    settings.save()
    _say(T("{name} will be {state} the next time the suite starts.", name=args.name,
           state=T.now("enabled") if enabled else T.now("disabled")))
    return EXIT_OK


def cmd_user_add(args) -> int:
    from suite.core import users

    rt = _runtime(args)
    password = _read_password(args, T.now("Password for {user}: ", user=args.username), confirm=True)
    if "owner" in args.role and not users.has_users(rt.ctx):
        users.create_owner(rt.ctx, args.username, password, args.name or "")
    else:
        if not users.has_users(rt.ctx):
            raise UserError(T("The first user must be the owner: suite user add NAME --role owner"))
        users.create_user(rt.ctx, args.username, password, display_name=args.name or "", roles=args.role)
    _say(T("User {user} created ({roles}).", user=args.username, roles=", ".join(args.role)))
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    from suite.core import users

    rt = _runtime(args)
    password = _read_password(args, T.now("New password for {user}: ", user=args.username), confirm=True)
    users.set_password(rt.ctx, password, username=args.username)
    _say(T("Password of {user} changed.", user=args.username))
    return EXIT_OK


def cmd_user_list(args) -> int:
    from suite.core import users

    rt = _runtime(args)
    now = rt.ctx.now()
    for u in users.list_users(rt.ctx):
        state = "active" if u.active and not u.is_locked(now) else ("locked" if u.active else "disabled")
        _say(f"{u.username:<20} {u.display_name:<20} {','.join(u.roles):<30} {state}")
    return EXIT_OK


def cmd_user_unlock(args) -> int:
    from suite.core import users

    rt = _runtime(args)
    found = next((u for u in users.list_users(rt.ctx) if u.username == args.username), None)
    if found is None:
        raise UserError(T("There is no user called \u201c{name}\u201d.", name=args.username))
    users.set_locked(rt.ctx, found.id, False, expected_version=found.version)
    _say(T("User {user} unlocked.", user=args.username))
    return EXIT_OK


def cmd_report_list(args) -> int:
    host = _host(args)
    for rep in sorted(host.reports(), key=lambda r: r.id):
        params = " ".join(f"{p.name}=<{p.kind}>" for p in rep.params)
        _say(f"{rep.id:<28} {str(rep.title):<30} {params}")
    return EXIT_OK


def cmd_report_render(args) -> int:
    rt = _runtime(args)
    ctx = _as_user(args, rt)
    rep = rt.host.report(args.report_id)
    if rep is None:
        raise UserError(T("There is no report \u201c{id}\u201d; see suite report list.", id=args.report_id))
    from suite.reports.render import parse_cli_params, render_report

    params = parse_cli_params(rep, args.param or [])
    out = Path(args.output)
    render_report(ctx, rep, params, out)
    _say(T("Report written to {path}", path=str(out)))
    return EXIT_OK


def cmd_backup(args) -> int:
    from suite import backup

    rt = _runtime(args, migrate=False)
    if not rt.db.is_sqlite:
        _say(backup.postgres_instructions(rt.db))
        return EXIT_USER
    path = backup.backup_now(rt.db, Path(args.to) if args.to else None, settings=rt.settings)
    _say(T("Backup written to {path}", path=str(path)))
    return EXIT_OK


def cmd_restore(args) -> int:
    from suite import backup

    rt = _runtime(args, migrate=False)
    if not rt.db.is_sqlite:
        _say(backup.postgres_instructions(rt.db))
        return EXIT_USER
    forced = backup.check_backup(Path(args.file), rt.host, force=args.force)
    for reason in forced:
        _say(T("Restoring anyway (--force): {reason}", reason=reason))
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(T("Restoring replaces the whole database: add --yes to confirm."))
        answer = input(T.now("Replace {db} with {file}? Type yes to continue: ", db=rt.db.describe(), file=args.file))
        if answer.strip().lower() not in ("yes", "y", "是"):
            _say(T("Nothing was replaced."))
            return EXIT_USER
    kept = backup.restore(rt.db, Path(args.file), rt.host, settings=rt.settings, force=args.force)
    _say(T("Database restored from {file}.", file=args.file))
    if kept:
        _say(T("The database it replaced was kept as {path}", path=str(kept)))
    return EXIT_OK


def cmd_audit_verify(args) -> int:
    from suite import migrate
    from suite.core.audit_head import verify_database

    rt = _runtime(args, migrate=False)
    if migrate.needs_upgrade(rt.db, rt.host):
        raise UserError(T("The database needs an upgrade first: suite db upgrade"))
    result = verify_database(rt.db, settings=rt.settings)
    if result.ok:
        _say(T("OK: {message}", message=result.message))
        return EXIT_OK
    _say(T("BROKEN: {message}", message=result.message))
    return EXIT_BROKEN


def cmd_new_plugin(args) -> int:
    from suite.scaffold import new_plugin

    path = new_plugin(args.name, Path(args.dir) if args.dir else Path.cwd())
    _say(T("Plugin scaffold written to {path}", path=str(path)))
    return EXIT_OK


def cmd_screenshot(args) -> int:
    from suite.ui.screenshot import screenshot

    out = screenshot(args.db, args.page, args.output, role=args.role, language=args.lang)
    _say(T("Screenshot written to {path}", path=str(out)))
    return EXIT_OK


def cmd_shell(args) -> int:
    import code

    from suite.plugin_api import core

    rt = _runtime(args, migrate=False)
    try:
        ctx = _as_user(args, rt)
        if args.role:
            from suite.plugin_api.script import role_user

            ctx = ctx.with_user(role_user(ctx, args.role))
        names = {"ctx": ctx, "core": core, "host": rt.host}
        banner = T.now("ctx acts as {user} on {db}; core is suite.plugin_api.core. Ctrl+D leaves.",
                       user=ctx.user.username, db=rt.db.engine.url.render_as_string(hide_password=True))
        if args.command_text:
            exec(compile(args.command_text, "<suite shell -c>", "exec"), names)  # noqa: S102 - the user's own code
            return EXIT_OK
        code.interact(banner=banner, local=names, exitmsg="")
        return EXIT_OK
    finally:
        rt.close()


# ---------------------------------------------------------------------------- parser


def build_parser(args_hint: list[str]) -> argparse.ArgumentParser:
    p = _Parser(prog="suite", description=T.now("Back-office suite for restaurants and water-delivery offices."))
    p.add_argument("--db", metavar="URL", help=T.now("database URL or SQLite file (overrides SUITE_DATABASE_URL and the settings file)"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=T.now("language of messages"))
    p.add_argument("-v", "--verbose", action="store_true", help=T.now("log to the console too"))
    p.add_argument("--version", action="version", version=f"suite {__version__}",
                   help=translate("argparse", "show program's version number and exit"))
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    d = sub.add_parser("demo", help=T.now("open the suite on a demo database with realistic data"))
    d.add_argument("--no-gui", action="store_true", help=T.now("only create the demo database"))
    d.add_argument("--reset", action="store_true", help=T.now("recreate the demo database"))
    d.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    d.set_defaults(func=cmd_demo)

    db = sub.add_parser("db", help=T.now("database upgrade and status"))
    dbs = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser, metavar="ACTION")
    up = dbs.add_parser("upgrade", help=T.now("apply every pending migration (after a backup)"))
    up.add_argument("--no-backup", action="store_true", help=argparse.SUPPRESS)
    up.set_defaults(func=cmd_db_upgrade)
    dbs.add_parser("status", help=T.now("current vs head revision of every branch")).set_defaults(func=cmd_db_status)
    rv = dbs.add_parser("revision", help=T.now("write a new migration for a plugin's branch (plugin authors)"))
    rv.add_argument("branch")
    rv.add_argument("-m", "--message", required=True)
    rv.add_argument("--empty", action="store_true", help=T.now("do not compare the models with the database"))
    rv.set_defaults(func=cmd_db_revision)

    pl = sub.add_parser("plugins", help=T.now("list, enable or disable plugins"))
    pls = pl.add_subparsers(dest="plugins_command", required=True, parser_class=_Parser, metavar="ACTION")
    pls.add_parser("list", help=T.now("name, version, distribution and status of every plugin")).set_defaults(func=cmd_plugins_list)
    en = pls.add_parser("enable", help=T.now("enable a plugin (takes effect at the next start)"))
    en.add_argument("name")
    en.set_defaults(func=lambda a: cmd_plugins_enable(a, True))
    di = pls.add_parser("disable", help=T.now("disable a plugin (takes effect at the next start)"))
    di.add_argument("name")
    di.set_defaults(func=lambda a: cmd_plugins_enable(a, False))

    us = sub.add_parser("user", help=T.now("user accounts"))
    uss = us.add_subparsers(dest="user_command", required=True, parser_class=_Parser, metavar="ACTION")
    ua = uss.add_parser("add", help=T.now("create a user (the first one must be the owner)"))
    ua.add_argument("username")
    ua.add_argument("--role", action="append", required=True, help=T.now("owner, manager, clerk, dispatcher, kitchen, quality, storekeeper, driver (repeatable)"))
    ua.add_argument("--name", help=T.now("display name"))
    ua.add_argument("--password-stdin", action="store_true", help=T.now("read the password from standard input"))
    ua.set_defaults(func=cmd_user_add)
    upw = uss.add_parser("passwd", help=T.now("set a user's password"))
    upw.add_argument("username")
    upw.add_argument("--password-stdin", action="store_true")
    upw.set_defaults(func=cmd_user_passwd)
    uss.add_parser("list", help=T.now("list users")).set_defaults(func=cmd_user_list)
    uu = uss.add_parser("unlock", help=T.now("unlock an account locked by wrong passwords or by the owner"))
    uu.add_argument("username")
    uu.set_defaults(func=cmd_user_unlock)

    rp = sub.add_parser("report", help=T.now("list and render reports"))
    rps = rp.add_subparsers(dest="report_command", required=True, parser_class=_Parser, metavar="ACTION")
    rps.add_parser("list", help=T.now("every report and its parameters")).set_defaults(func=cmd_report_list)
    rr = rps.add_parser("render", help=T.now("render a report to PDF"))
    rr.add_argument("report_id")
    rr.add_argument("--param", action="append", metavar="KEY=VALUE")
    rr.add_argument("-o", "--output", required=True)
    rr.add_argument("--user", help=T.now("render as this user (asks the password); default: the system account"))
    rr.add_argument("--password-stdin", action="store_true")
    rr.set_defaults(func=cmd_report_render)

    bk = sub.add_parser("backup", help=T.now("back up the SQLite database now"))
    bk.add_argument("--to", metavar="DIR")
    bk.set_defaults(func=cmd_backup)
    rs = sub.add_parser("restore", help=T.now("replace the database with a backup (after checking it)"))
    rs.add_argument("file")
    rs.add_argument("--yes", action="store_true", help=T.now("do not ask for confirmation"))
    rs.add_argument("--force", action="store_true",
                    help=T.now("restore even a backup that fails its checksum or audit chain check (recorded in the audit log)"))
    rs.set_defaults(func=cmd_restore)

    au = sub.add_parser("audit", help=T.now("check the audit log"))
    aus = au.add_subparsers(dest="audit_command", required=True, parser_class=_Parser, metavar="ACTION")
    aus.add_parser("verify", help=T.now("verify the audit log's hash chain and its last verified head")
                   ).set_defaults(func=cmd_audit_verify)

    npl = sub.add_parser("new-plugin", help=T.now("write a new plugin distribution to start from"))
    npl.add_argument("name")
    npl.add_argument("--dir")
    npl.set_defaults(func=cmd_new_plugin)

    sc = sub.add_parser("screenshot", help=T.now("save a picture of the main window on one page (docs, reviews)"))
    sc.add_argument("page", help=T.now("page id, e.g. orders.desk (home for the dashboard)"))
    sc.add_argument("--role", help=T.now("look as this role sees it (no account needed)"))
    sc.add_argument("-o", "--output", required=True, help=T.now("PNG file to write"))
    sc.set_defaults(func=cmd_screenshot)

    sh = sub.add_parser("shell", help=T.now("a Python prompt with a Context (ctx) on the database"))
    sh.add_argument("--user", help=T.now("log in as this account (asks for the password)"))
    sh.add_argument("--role", help=T.now("act with this role's permissions (no account needed)"))
    sh.add_argument("--password-stdin", action="store_true", help=T.now("read the password from standard input"))
    sh.add_argument("-c", dest="command_text", metavar="CODE", help=T.now("run CODE instead of a prompt"))
    sh.set_defaults(func=cmd_shell)

    # plugins' own subcommands: only when one is asked for, or for --help
    first = next((a for a in args_hint if not a.startswith("-")), None)
    if first is not None and first not in sub.choices or any(a in ("-h", "--help") for a in args_hint):
        lang = args_hint[args_hint.index("--lang") + 1] if "--lang" in args_hint[:-1] else None
        ns = argparse.Namespace(_host=None, lang=lang)  # --lang wins over SUITE_LANG for the help too
        try:
            host = _host(ns)
        except SuiteError:
            host = None
        if host is not None:
            p.set_defaults(_host=host, _settings=ns._settings)
            for command in host.cli_commands():
                if command.name in sub.choices:
                    continue
                cp = sub.add_parser(command.name, help=str(command.help))
                if command.configure:
                    from suite.host import resolve

                    resolve(command.configure)(cp)
                cp.set_defaults(func=_plugin_command(command))
    return p


def _plugin_command(command):
    def run(args) -> int:
        from suite.host import resolve

        ctx = None
        if command.needs_database:
            ctx = _runtime(args).ctx
        return int(resolve(command.run)(ctx, args) or 0)

    return run


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in argv or "--verbose" in argv
    from suite.logs import setup_logging
    from suite.paths import get_paths
    from suite.plugin_api import i18n

    paths = get_paths()
    log_file = setup_logging(paths.log_file, verbose=verbose)
    lang = None
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        lang = argv[argv.index("--lang") + 1]
    from suite.bootstrap import choose_language

    i18n.set_language(choose_language(lang))
    _register_core_catalog()
    install_argparse_words()
    try:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if not hasattr(args, "_host"):
            args._host = None
        if args.lang:
            i18n.set_language(args.lang)
        return int(args.func(args) or 0)
    except PermissionDenied as exc:
        print(f"suite: {T.now('not allowed')}: {exc}", file=sys.stderr)
        return EXIT_DENIED
    except ValidationError as exc:
        print(f"suite: {T.now('error')}: {exc}", file=sys.stderr)
        return EXIT_USER
    except SuiteError as exc:
        print(f"suite: {T.now('error')}: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to `head` or a pager that closed: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never a traceback on the console
        log.exception("unexpected error in suite %s", " ".join(argv[:2]))
        print(
            f"suite: {T.now('unexpected error')}: {type(exc).__name__}: {_first_line(exc)} "
            f"({T.now('details in {path}', path=str(log_file))})",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else ""


def _register_core_catalog() -> None:
    from suite.core.plugin import package_dir
    from suite.plugin_api import i18n

    i18n.add_catalog_dir(package_dir("suite.resources") / "i18n", "suite")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
