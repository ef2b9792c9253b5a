"""chain the audit log: every row carries its hash and the previous row's

Revision ID: c7d31a9e5f20
Revises: 508b82e749c4
Create Date: 2026-12-02 01:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import suite.plugin_api.db

revision: str = 'c7d31a9e5f20'
down_revision: str | Sequence[str] | None = '508b82e749c4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_SQLITE = {
    verb: (f"CREATE TRIGGER core_audit_log_no_{verb.lower()} BEFORE {verb} ON core_audit_log "
           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    for verb in ("UPDATE", "DELETE")
}


def _audit_table():
    return sa.table(
        'core_audit_log',
        sa.column('id', sa.Integer()), sa.column('at', suite.plugin_api.db.UTCDateTime()),
        sa.column('user_id', sa.Integer()), sa.column('username', sa.String()), sa.column('action', sa.String()),
        sa.column('table_name', sa.String()), sa.column('row_id', sa.String()), sa.column('changes', sa.Text()),
        sa.column('prev_hash', sa.String()), sa.column('row_hash', sa.String()),
    )


def _chain_existing_rows(bind) -> None:
    from suite.core.audit_chain import GENESIS, row_digest

    t = _audit_table()
    cols = [t.c.id, t.c.at, t.c.user_id, t.c.username, t.c.action, t.c.table_name, t.c.row_id, t.c.changes]
    stmt = t.update().where(t.c.id == sa.bindparam('b_id')).values(
        prev_hash=sa.bindparam('b_prev'), row_hash=sa.bindparam('b_hash'))
    last_id, prev = 0, GENESIS
    while True:
        rows = bind.execute(sa.select(*cols).where(t.c.id > last_id).order_by(t.c.id).limit(5000)).all()
        if not rows:
            break
        params = []
        for r in rows:
            digest = row_digest(r.id, r.at, r.user_id, r.username, r.action, r.table_name, r.row_id,
                                r.changes or "", prev)
            params.append({'b_id': r.id, 'b_prev': prev, 'b_hash': digest})
            prev = digest
        bind.execute(stmt, params)
        last_id = rows[-1].id


def upgrade() -> None:
    from suite.core.audit_chain import install_guards

    bind = op.get_bind()
    # the old guards step aside while the rows already written get their hashes
    if bind.dialect.name == 'sqlite':
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS core_audit_log_no_{verb}")
    else:
        op.execute("DROP TRIGGER IF EXISTS core_audit_log_no_change ON core_audit_log")
    with op.batch_alter_table('core_audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    _chain_existing_rows(bind)
    with op.batch_alter_table('core_audit_log', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('row_hash', existing_type=sa.String(length=64), nullable=False)
    if bind.dialect.name == 'postgresql':
        # ids are given by the chain from now on; keep the sequence past them all the same
        op.execute("SELECT setval(pg_get_serial_sequence('core_audit_log', 'id'), "
                   "coalesce((SELECT max(id) FROM core_audit_log), 0) + 1, false)")
    install_guards(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for name in ("core_audit_log_no_update", "core_audit_log_no_delete", "core_audit_log_chain"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS core_audit_log_no_change ON core_audit_log")
        op.execute("DROP TRIGGER IF EXISTS core_audit_log_chain ON core_audit_log")
        op.execute("DROP FUNCTION IF EXISTS core_audit_log_chain()")
        op.execute("DROP FUNCTION IF EXISTS core_audit_append(jsonb)")
        # the chain gave the ids; the database gives them again from here
        op.execute("SELECT setval(pg_get_serial_sequence('core_audit_log', 'id'), "
                   "coalesce((SELECT max(id) FROM core_audit_log), 0) + 1, false)")
    with op.batch_alter_table('core_audit_log', schema=None) as batch_op:
        batch_op.drop_column('row_hash')
        batch_op.drop_column('prev_hash')
    if bind.dialect.name == 'sqlite':
        for sql in _OLD_SQLITE.values():
            op.execute(sql)
    else:
        op.execute(
            "CREATE TRIGGER core_audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON core_audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION core_audit_log_append_only()"
        )
