"""English: pysbd sentences, English date, name, title and trigger rules."""
