"""Pages of the inventory plugin (thin widgets over the services)."""
