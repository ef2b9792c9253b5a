"""What a plugin's models and migrations use: the one declarative base, the mixins and the
column types of the suite.

::

    from suite.plugin_api.db import Base, RecordMixin, Money, UTCDateTime

    class Product(RecordMixin, Base):
        __tablename__ = "orders_products"          # every table carries the plugin's prefix
        name: Mapped[str] = mapped_column(String(100))
        price: Mapped[Decimal] = mapped_column(Money())
"""

from suite.db.base import (
    CENT,
    AuthorMixin,
    Base,
    IdMixin,
    Money,
    RecordMixin,
    TimestampMixin,
    UTCDateTime,
    VersionMixin,
    money,
    utcnow,
)

__all__ = [
    "CENT", "AuthorMixin", "Base", "IdMixin", "Money", "RecordMixin", "TimestampMixin",
    "UTCDateTime", "VersionMixin", "money", "utcnow",
]
