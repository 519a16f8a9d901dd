"""The embedded database: SQLite (WAL), named migrations, per-document transactions, merging."""
