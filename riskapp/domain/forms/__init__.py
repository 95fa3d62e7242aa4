"""Forms as data: model, YAML loader with validation, condition parser and engine."""
