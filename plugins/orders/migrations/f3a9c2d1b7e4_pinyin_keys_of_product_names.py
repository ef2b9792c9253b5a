"""pinyin keys of product names, for search and sort

Revision ID: f3a9c2d1b7e4
Revises: c4e7a2d91b53
Create Date: 2026-12-02 09:10:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'f3a9c2d1b7e4'
down_revision: str | Sequence[str] | None = 'c4e7a2d91b53'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(length: int):
    return sa.String(length).with_variant(sa.String(length, collation='C'), 'postgresql')


def upgrade() -> None:
    from suite.plugin_api.db import pinyin_keys

    with op.batch_alter_table('orders_products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_pinyin', _key(120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('name_initials', _key(40), server_default='', nullable=False))
        batch_op.create_index('ix_orders_products_name_pinyin', ['name_pinyin'], unique=False)
        batch_op.create_index('ix_orders_products_name_initials', ['name_initials'], unique=False)
    bind = op.get_bind()
    t = sa.table('orders_products', sa.column('id'), sa.column('name'), sa.column('name_pinyin'),
                 sa.column('name_initials'))
    for row_id, name in bind.execute(sa.select(t.c.id, t.c.name)).all():
        full, initials = pinyin_keys(name or '')
        bind.execute(t.update().where(t.c.id == row_id).values(name_pinyin=full, name_initials=initials))


def downgrade() -> None:
    with op.batch_alter_table('orders_products', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_products_name_initials')
        batch_op.drop_index('ix_orders_products_name_pinyin')
        batch_op.drop_column('name_initials')
        batch_op.drop_column('name_pinyin')
