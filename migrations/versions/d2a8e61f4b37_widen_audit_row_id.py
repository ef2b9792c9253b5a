"""widen the audit log's row id: a composite key (a role's permission) can pass 64 characters

Revision ID: d2a8e61f4b37
Revises: c7d31a9e5f20
Create Date: 2026-12-02 08:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'd2a8e61f4b37'
down_revision: str | Sequence[str] | None = 'c7d31a9e5f20'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _alter(length_from: int, length_to: int) -> None:
    from suite.core.audit_chain import install_guards, remove_guards

    bind = op.get_bind()
    # on SQLite the table is rebuilt, which takes its guard triggers with it: they step aside
    # for the copy and are installed again at once
    remove_guards(bind)
    with op.batch_alter_table('core_audit_log', schema=None) as batch_op:
        batch_op.alter_column('row_id', existing_type=sa.String(length=length_from),
                              type_=sa.String(length=length_to), existing_nullable=False)
    install_guards(bind)


def upgrade() -> None:
    _alter(64, 255)


def downgrade() -> None:
    _alter(255, 64)
