"""point rules by role

Revision ID: a7c41e9b2d55
Revises: e13238d90776
Create Date: 2026-12-02 08:15:00

A point rule names the roles (staff positions, e.g. 配送员, 厨师) it applies to, beside the
departments (perf_rules.roles, comma-separated; empty: every role).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a7c41e9b2d55'
down_revision: str | Sequence[str] | None = 'e13238d90776'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('perf_rules', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roles', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('perf_rules', schema=None) as batch_op:
        batch_op.drop_column('roles')
