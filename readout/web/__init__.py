"""HTTP API (FastAPI) and the web page, read-only over a readout database."""
