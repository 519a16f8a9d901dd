"""Reading input: files, folders and JSONL lines become `RawDocument`s, or rejects with a reason."""
