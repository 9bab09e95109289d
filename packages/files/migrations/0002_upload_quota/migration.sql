-- The client an upload came from (an IPv4 address or an IPv6 /64), for the per-client upload quota;
-- null for files a service made itself (exports), which no quota or clean-up of uploads concerns.
ALTER TABLE stored_file ADD COLUMN client_key text;
CREATE INDEX stored_file_client_created_idx ON stored_file (client_key, created_at) WHERE client_key IS NOT NULL;
CREATE INDEX stored_file_created_idx ON stored_file (created_at) WHERE client_key IS NOT NULL;
