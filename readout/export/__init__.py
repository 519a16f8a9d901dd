"""Event records in the exported format (../shared/docs/event-format.md) and the writers for them."""
