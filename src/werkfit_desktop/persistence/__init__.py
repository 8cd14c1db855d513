"""Engine and connection settings, sessions, the migration runner, backups and checks."""
