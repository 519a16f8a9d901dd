"""Korean: kiwipiepy morphology and sentences, Korean date, name, title and trigger rules."""
