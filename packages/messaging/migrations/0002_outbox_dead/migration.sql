-- Outbox rows that can never be published as they are (their topic does not exist, the message is
-- larger than the broker accepts, the broker rejects the record): the relay moves them here, with
-- the error, so that the rows after them go on. `dlq-cli.ts outbox-retry` moves them back.
CREATE TABLE "outbox_dead" (
  "seq" bigint PRIMARY KEY,
  "event_id" uuid NOT NULL,
  "topic" text NOT NULL,
  "key" text NOT NULL,
  "payload" jsonb NOT NULL,
  "headers" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "created_at" timestamptz NOT NULL,
  "error" text NOT NULL,
  "failed_at" timestamptz NOT NULL DEFAULT now()
);
