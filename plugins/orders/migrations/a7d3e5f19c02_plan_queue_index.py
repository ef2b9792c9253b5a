"""an index for the day's queue: plan day, driver, status and area

Revision ID: a7d3e5f19c02
Revises: f3a9c2d1b7e4
Create Date: 2026-12-03 20:40:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = 'a7d3e5f19c02'
down_revision: str | Sequence[str] | None = 'f3a9c2d1b7e4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_orders_orders_plan_queue', 'orders_orders',
                    ['plan_day', 'driver_staff_id', 'status', 'area_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_orders_orders_plan_queue', table_name='orders_orders')
