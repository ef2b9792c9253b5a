"""pinyin keys of item and supplier names (the platform's pinyin_column), for search and sort

The plugin's own ``pinyin`` column (pinyin and initials run together, searched with LIKE
'%...%') gives way to the two keys the session keeps on every flush: ``name_pinyin`` (one slot
per syllable, sorted byte by byte) and ``name_initials`` (``nfsq`` for 农夫山泉), both indexed.
The keys of the rows already there are computed here.

Revision ID: 9c4e1f7a2b30
Revises: 6b9d2a1ea209
Create Date: 2026-12-03 13:20:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9c4e1f7a2b30'
down_revision: str | Sequence[str] | None = '6b9d2a1ea209'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (('inv_items', 200), ('inv_suppliers', 240))


def _key(length: int):
    return sa.String(length).with_variant(sa.String(length, collation='C'), 'postgresql')


def upgrade() -> None:
    from suite.plugin_api.db import pinyin_keys

    bind = op.get_bind()
    for table, _old in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_pinyin')
            batch_op.drop_column('pinyin')
            batch_op.add_column(sa.Column('name_pinyin', _key(120), server_default='', nullable=False))
            batch_op.add_column(sa.Column('name_initials', _key(40), server_default='', nullable=False))
            batch_op.create_index(f'ix_{table}_name_pinyin', ['name_pinyin'], unique=False)
            batch_op.create_index(f'ix_{table}_name_initials', ['name_initials'], unique=False)
        t = sa.table(table, sa.column('id'), sa.column('name'), sa.column('name_pinyin'), sa.column('name_initials'))
        for row_id, name in bind.execute(sa.select(t.c.id, t.c.name)).all():
            full, initials = pinyin_keys(name or '')
            bind.execute(t.update().where(t.c.id == row_id).values(name_pinyin=full, name_initials=initials))


def downgrade() -> None:
    from suite.plugin_api.db import pinyin_keys

    bind = op.get_bind()
    for table, old in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_name_initials')
            batch_op.drop_index(f'ix_{table}_name_pinyin')
            batch_op.drop_column('name_initials')
            batch_op.drop_column('name_pinyin')
            batch_op.add_column(sa.Column('pinyin', sa.String(length=old), server_default='', nullable=False))
            batch_op.create_index(f'ix_{table}_pinyin', ['pinyin'], unique=False)
        t = sa.table(table, sa.column('id'), sa.column('name'), sa.column('pinyin'))
        for row_id, name in bind.execute(sa.select(t.c.id, t.c.name)).all():
            full, initials = pinyin_keys(name or '')
            bind.execute(t.update().where(t.c.id == row_id).values(pinyin=(full.replace(' ', '') + ' ' + initials)))
