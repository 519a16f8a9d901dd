"""The knowledge base: countries, organizations, offices, persons and places, from versioned data files."""
