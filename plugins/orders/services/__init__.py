"""The order desk's rules. Every function takes the Context first, checks permissions,
validates, writes in one unit of work and emits the domain events. No Qt here."""
