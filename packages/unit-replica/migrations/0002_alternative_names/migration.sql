-- The other names a unit goes by (directory.unit.* events carry them since 2026-12); plan imports match them.
ALTER TABLE unit_replica ADD COLUMN alternative_names text[] NOT NULL DEFAULT '{}';
