-- Metadata of the files a service stores (the bytes live in its FileStore).
CREATE TABLE stored_file (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  type        text NOT NULL,
  size        bigint NOT NULL,
  sha256      text NOT NULL,
  uploaded_by text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
