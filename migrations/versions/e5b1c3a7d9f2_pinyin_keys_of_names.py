"""pinyin keys of customers' and staff members' names, for search and sort

Revision ID: e5b1c3a7d9f2
Revises: d2a8e61f4b37
Create Date: 2026-12-02 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e5b1c3a7d9f2'
down_revision: str | Sequence[str] | None = 'd2a8e61f4b37'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ('core_customers', 'core_staff')


def _key(length: int):
    return sa.String(length).with_variant(sa.String(length, collation='C'), 'postgresql')


def upgrade() -> None:
    from suite.db.pinyin import FULL_LENGTH, INITIALS_LENGTH, pinyin_keys

    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('name_pinyin', _key(FULL_LENGTH), server_default='', nullable=False))
            batch_op.add_column(sa.Column('name_initials', _key(INITIALS_LENGTH), server_default='', nullable=False))
            batch_op.create_index(f'ix_{table}_name_pinyin', ['name_pinyin'], unique=False)
            batch_op.create_index(f'ix_{table}_name_initials', ['name_initials'], unique=False)
    # the rows there already get their keys now (a person's surname read as a surname)
    bind = op.get_bind()
    for table, person in (('core_customers', "kind = 'person'"), ('core_staff', '1 = 1')):
        t = sa.table(table, sa.column('id'), sa.column('name'), sa.column('name_pinyin'), sa.column('name_initials'))
        rows = bind.execute(sa.text(f'SELECT id, name, {person} AS person FROM {table}')).all()
        for start in range(0, len(rows), 2000):
            batch = []
            for row_id, name, is_person in rows[start:start + 2000]:
                full, initials = pinyin_keys(name or '', surname=bool(is_person))
                batch.append({'rid': row_id, 'p': full, 'i': initials})
            bind.execute(t.update().where(t.c.id == sa.bindparam('rid'))
                         .values(name_pinyin=sa.bindparam('p'), name_initials=sa.bindparam('i')), batch)


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_name_initials')
            batch_op.drop_index(f'ix_{table}_name_pinyin')
            batch_op.drop_column('name_initials')
            batch_op.drop_column('name_pinyin')
