-- Each service's local copy of the directory's units, kept current by directory.unit.* events.
CREATE TABLE unit_replica (
  id          text PRIMARY KEY,
  code        text NOT NULL,
  name        text NOT NULL,
  short_name  text,
  level_code  text NOT NULL,
  parent_id   text,
  valid_from  date NOT NULL,
  valid_to    date,
  -- The time of the event that wrote this row: an older event arriving late never overwrites a newer state.
  event_time  timestamptz NOT NULL
);
CREATE INDEX unit_replica_parent_idx ON unit_replica (parent_id);
