-- A unit's dated names/levels and tree parents (directory.unit.* events carry them since 2026-12), and the
-- successions of closed units (directory.unit.succeeded), so "as of" and "who holds this unit's work now"
-- are answered inside every service.
CREATE TABLE unit_replica_name (
  unit_id     text NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date,
  name        text NOT NULL,
  short_name  text,
  level_code  text NOT NULL,
  PRIMARY KEY (unit_id, valid_from)
);
CREATE TABLE unit_replica_parent (
  unit_id     text NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date,
  parent_id   text NOT NULL,
  PRIMARY KEY (unit_id, valid_from)
);
CREATE INDEX unit_replica_parent_parent_idx ON unit_replica_parent (parent_id, valid_from);
CREATE TABLE unit_replica_succession (
  predecessor_id text NOT NULL,
  successor_id   text NOT NULL,
  work_kinds     text[] NOT NULL,
  effective_from date NOT NULL,
  decision_id    text NOT NULL,
  PRIMARY KEY (predecessor_id, successor_id)
);
-- What the replica knew until now: one period per unit.
INSERT INTO unit_replica_name (unit_id, valid_from, valid_to, name, short_name, level_code)
  SELECT id, valid_from, valid_to, name, short_name, level_code FROM unit_replica;
INSERT INTO unit_replica_parent (unit_id, valid_from, valid_to, parent_id)
  SELECT id, valid_from, valid_to, parent_id FROM unit_replica WHERE parent_id IS NOT NULL;
