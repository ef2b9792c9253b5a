"""Order desk: phone and table orders, dispatch, deliveries, bucket deposits, daily close."""
