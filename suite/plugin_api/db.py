"""What a plugin's models and migrations use: the one declarative base, the mixins and the
column types of the suite.

::

    from suite.plugin_api.db import Base, RecordMixin, Money, UTCDateTime

    class Product(RecordMixin, Base):
        __tablename__ = "orders_products"          # every table carries the plugin's prefix
        name: Mapped[str] = mapped_column(String(100))
        price: Mapped[Decimal] = mapped_column(Money())
        # a pinyin key of the name, kept by the session: sort by name_pinyin, search with
        # pinyin_match(Product.name_pinyin, Product.name_initials, typed)
        name_pinyin: Mapped[str] = pinyin_column("name")
        name_initials: Mapped[str] = pinyin_column("name", initials=True)
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
from suite.db.pinyin import pinyin_column, pinyin_keys, pinyin_match

__all__ = [
    "CENT", "AuthorMixin", "Base", "IdMixin", "Money", "RecordMixin", "TimestampMixin",
    "UTCDateTime", "VersionMixin", "money", "utcnow", "pinyin_column", "pinyin_keys", "pinyin_match",
]
