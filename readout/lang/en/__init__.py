"""English: rule-based sentences, English date, name, title and trigger rules."""
