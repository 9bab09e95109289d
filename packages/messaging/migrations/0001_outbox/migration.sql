-- Transactional outbox: a service writes its events here in the same transaction as the change;
-- the relay publishes them to Kafka in seq order and stamps published_at.
CREATE TABLE "outbox" (
  "seq" bigserial PRIMARY KEY,
  "event_id" uuid NOT NULL UNIQUE,
  "topic" text NOT NULL,
  "key" text NOT NULL,
  "payload" jsonb NOT NULL,
  "headers" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "published_at" timestamptz
);

CREATE INDEX "outbox_unpublished_idx" ON "outbox" ("seq") WHERE "published_at" IS NULL;

-- Wakes the relay as soon as a transaction that wrote events commits (the relay also polls).
CREATE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tthc_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_notify"();

-- Idempotent consumers: an event's effect and this row are committed together, so a redelivered
-- event is recognised and skipped.
CREATE TABLE "processed_event" (
  "consumer_group" text NOT NULL,
  "event_id" uuid NOT NULL,
  "processed_at" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("consumer_group", "event_id")
);
