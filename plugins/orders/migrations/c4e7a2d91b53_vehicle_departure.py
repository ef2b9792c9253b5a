"""a vehicle's usual departure and a crew's departure of the day

Revision ID: c4e7a2d91b53
Revises: bb11c894df70
Create Date: 2026-12-02 08:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c4e7a2d91b53'
down_revision: str | Sequence[str] | None = 'bb11c894df70'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders_vehicles') as batch:
        batch.add_column(sa.Column('departure', sa.String(length=5), nullable=False, server_default=''))
    with op.batch_alter_table('orders_crews') as batch:
        batch.add_column(sa.Column('departure', sa.String(length=5), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('orders_crews') as batch:
        batch.drop_column('departure')
    with op.batch_alter_table('orders_vehicles') as batch:
        batch.drop_column('departure')
