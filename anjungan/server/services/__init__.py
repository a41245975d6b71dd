"""Server use cases, one module per area: functions taking a Session, the settings and
the calling Principal. Routes call these; rules come from `core.domain`."""
