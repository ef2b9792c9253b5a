"""The command line: every command, and one clear line (never a traceback) on user errors."""

from __future__ import annotations

import sqlite3
import sys

import pytest


def _ok(result):
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def _user_error(result, *needles):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def test_db_upgrade_status_user_and_backup_round(run_suite, tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run_suite("--db", db, "db", "status").returncode == 2  # pending revisions
    _ok(run_suite("--db", db, "db", "upgrade"))
    out = _ok(run_suite("--db", db, "db", "status"))
    assert "core" in out and "up to date" in out
    _ok(run_suite("--db", db, "user", "add", "boss", "--role", "owner", "--password-stdin", input="long-password\n"))
    _ok(run_suite("--db", db, "user", "add", "xiaoli", "--role", "clerk", "--name", "小李", "--password-stdin", input="clerk-password\n"))
    listing = _ok(run_suite("--db", db, "user", "list"))
    assert "boss" in listing and "小李" in listing and "clerk" in listing
    _ok(run_suite("--db", db, "user", "passwd", "xiaoli", "--password-stdin", input="new-password\n"))
    _ok(run_suite("--db", db, "user", "unlock", "xiaoli"))
    out = _ok(run_suite("--db", db, "backup", "--to", str(tmp_path / "bk")))
    files = list((tmp_path / "bk").glob("*.db"))
    assert len(files) == 1 and str(files[0]) in out
    _ok(run_suite("--db", db, "restore", str(files[0]), "--yes"))


@pytest.mark.parametrize("args,needle", [
    (["--db", "mysql://root@localhost/x", "db", "status"], "Unsupported database"),
    (["--db", "not a url ://", "db", "status"], ""),
    (["plugins", "enable", "nonexistent"], "no plugin called"),
    (["restore", "/no/such/file.db", "--yes"], "No such file"),
    (["report", "render", "no.such.report", "-o", "x.pdf"], "no report"),
    (["frobnicate"], "invalid choice"),
])
def test_user_errors_print_one_line_and_exit_non_zero(run_suite, args, needle):
    _user_error(run_suite(*args), needle)


def test_wrong_password_for_a_report_is_one_line(run_suite, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    _ok(run_suite("--db", db, "user", "add", "boss", "--role", "owner", "--password-stdin", input="long-password\n"))
    _user_error(run_suite("--db", db, "report", "render", "core.audit_extract", "--user", "boss", "--password-stdin",
                          "-o", str(tmp_path / "a.pdf"), input="wrong-password\n"), "Wrong user name or password")


def test_first_user_must_be_the_owner(run_suite, tmp_path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    _user_error(run_suite("--db", db, "user", "add", "clerk", "--role", "clerk", "--password-stdin", input="long-password\n"),
                "owner")


def test_network_share_is_refused_from_the_command_line(run_suite):
    _user_error(run_suite("--db", "sqlite:////" + "/server/share/suite.db", "db", "status"), "PostgreSQL")


def test_a_restore_of_a_foreign_file_changes_nothing(run_suite, tmp_path):
    db_path = tmp_path / "keep.db"
    db = f"sqlite:///{db_path}"
    _ok(run_suite("--db", db, "db", "upgrade"))
    before = db_path.read_bytes()
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    _user_error(run_suite("--db", db, "restore", str(foreign), "--yes"), "not a database of this suite")
    assert db_path.read_bytes() == before


def test_unexpected_errors_go_to_the_log_not_the_console(run_suite, tmp_path, suite_home):
    # a database whose table someone dropped behind the suite's back fails in a way no check foresees
    db_path = tmp_path / "damaged.db"
    _ok(run_suite("--db", str(db_path), "db", "upgrade"))
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TABLE core_user_roles")
    conn.commit()
    conn.close()
    result = run_suite("--db", str(db_path), "user", "add", "boss", "--role", "owner", "--password-stdin",
                       input="long-password\n")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "unexpected error" in result.stderr
    log = (suite_home / "logs" / "suite.log").read_text(encoding="utf-8")
    assert "Traceback" in log or "error" in log.lower()


def _db_failures(tmp_path):
    """(--db value, English needle, Chinese needle) for every database the suite cannot use."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n", encoding="utf-8")
    plain_file = tmp_path / "plain"
    plain_file.write_text("x", encoding="utf-8")
    return [
        ("postgresql://postgres@127.0.0.1:1/suite", "PostgreSQL server at 127.0.0.1:1 does not answer",
         "127.0.0.1:1 的 PostgreSQL 服务器没有响应"),
        (str(folder), f"{folder} is a folder, not a database file", f"{folder} 是文件夹"),
        (str(text_file), f"{text_file} is not a SQLite database", f"{text_file} 不是 SQLite 数据库"),
        (str(plain_file / "sub" / "suite.db"), f"The folder {plain_file / 'sub'} for the database file cannot be created",
         f"无法创建数据库文件所在的文件夹 {plain_file / 'sub'}"),
        ("::::", "\u201c::::\u201d is neither a database URL nor a file path", "“::::”既不是数据库 URL，也不是文件路径"),
    ]


@pytest.mark.parametrize("case", range(5), ids=["unreachable-postgres", "folder", "text-file", "uncreatable", "not-a-url"])
def test_every_unusable_database_is_one_line_naming_what_to_fix(run_suite, tmp_path, monkeypatch, case):
    db, english, chinese = _db_failures(tmp_path)[case]
    monkeypatch.chdir(tmp_path)
    def files():
        return sorted(str(p) for p in tmp_path.rglob("*") if "suite-home" not in p.parts)

    before = files()
    line = _user_error(run_suite("--db", db, "db", "status"), english)
    assert "unexpected error" not in line and "Error" not in line  # no driver's error class or text
    zh = _user_error(run_suite("--db", db, "db", "upgrade", env={"SUITE_LANG": "zh_CN"}), chinese)
    assert "unexpected" not in zh and "意外" not in zh
    assert files() == before  # no file was created


def test_a_missing_postgres_database_is_named(run_suite):
    from suite.plugin_api.testing import postgres_url

    server = postgres_url()
    if not server:
        pytest.skip("SUITE_TEST_POSTGRES_URL is not set")
    from sqlalchemy.engine import make_url

    url = make_url(server).set(database="suite_no_such_database").render_as_string(hide_password=False)
    host = f"{make_url(server).host}:{make_url(server).port or 5432}"
    line = _user_error(run_suite("--db", url, "db", "status"), f"server at {host} has no database \u201csuite_no_such_database\u201d",
                       "createdb")
    assert "OperationalError" not in line
    zh = _user_error(run_suite("--db", url, "user", "list", env={"SUITE_LANG": "zh_CN"}), "没有数据库“suite_no_such_database”")
    assert "createdb" in zh


def test_personal_data_stays_out_of_the_log(run_suite, tmp_path, suite_home):
    db = f"sqlite:///{tmp_path / 'pii.db'}"
    _ok(run_suite("--db", db, "db", "upgrade"))
    code = (
        "import logging, sys\n"
        "from suite.logs import setup_logging\n"
        "from suite.paths import get_paths\n"
        "setup_logging(get_paths().log_file)\n"
        "from suite.bootstrap import open_runtime\n"
        "from sqlalchemy import text\n"
        f"rt = open_runtime({db!r}, migrate=False)\n"
        "try:\n"
        "    with rt.ctx.unit_of_work() as s:\n"
        "        s.execute(text('INSERT INTO core_customer_phones (customer_id, phone, label, is_primary, version, created_at, updated_at) "
        "VALUES (:c, :p, :l, 0, 1, :t, :t)'), {'c': 99999, 'p': '13912349876', 'l': '', 't': '2026-01-01'})\n"
        "except Exception:\n"
        "    logging.getLogger('suite').exception('insert failed')\n"
    )
    import os
    import subprocess

    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "SUITE_HOME": str(suite_home)})
    log = (suite_home / "logs" / "suite.log").read_text(encoding="utf-8")
    assert "insert failed" in log and "FOREIGN KEY" in log.upper()
    assert "13912349876" not in log
    assert "hidden due to hide_parameters" in log


def test_plugins_list_stays_light(run_suite):
    """Start-up cost: listing plugins imports neither Alembic, reportlab nor Qt."""
    code = (
        "import sys\n"
        "from suite.cli import main\n"
        "main(['plugins', 'list'])\n"
        "heavy = [m for m in ('alembic', 'reportlab', 'PySide6', 'openpyxl') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    import os
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ), check=True).stdout
    assert "HEAVY=\n" in out or out.rstrip().endswith("HEAVY=")


def test_db_status_does_not_import_alembic(run_suite, tmp_path):
    import os
    import subprocess

    db = f"sqlite:///{tmp_path / 's.db'}"
    _ok(run_suite("--db", db, "db", "upgrade"))
    code = (
        "import sys\n"
        "from suite.cli import main\n"
        f"main(['--db', {db!r}, 'db', 'status'])\n"
        "print('ALEMBIC=' + str('alembic' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ), check=True).stdout
    assert "ALEMBIC=False" in out


def test_messages_follow_the_language(run_suite):
    zh = run_suite("--lang", "zh_CN", "plugins", "enable", "nonexistent")
    assert "没有名为“nonexistent”的插件" in zh.stderr
    zh_env = run_suite("plugins", "enable", "nonexistent", env={"SUITE_LANG": "zh_CN"})
    assert "没有名为" in zh_env.stderr
    en = run_suite("plugins", "enable", "nonexistent")
    assert "There is no plugin called" in en.stderr
    listing = run_suite("--lang", "zh_CN", "report", "list")
    assert "审计日志摘录" in listing.stdout


def test_version_and_help(run_suite):
    assert _ok(run_suite("--version")).startswith("suite ")
    assert "demo" in _ok(run_suite("--help"))


def test_help_is_all_chinese_in_chinese(run_suite):
    zh = _ok(run_suite("--help", env={"SUITE_LANG": "zh_CN"}))
    for english in ("usage:", "options:", "show this help message and exit", "show program's version number"):
        assert english not in zh, english
    assert zh.startswith("用法：") and "选项" in zh and "显示此帮助信息并退出" in zh
    sub = _ok(run_suite("--lang", "zh_CN", "db", "--help"))
    assert "用法：" in sub and "usage:" not in sub and "显示此帮助信息并退出" in sub
    wrong = run_suite("--lang", "zh_CN", "db", "frobnicate")
    assert wrong.returncode == 2 and "无效的选择" in wrong.stderr and "invalid choice" not in wrong.stderr
    en = _ok(run_suite("--help"))
    assert en.startswith("usage: ") and "show this help message and exit" in en
