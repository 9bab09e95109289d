import { invalidInput, isPartnerScope, isUuid, notFound, PARTNER_SCOPES, type PartnerScope } from "@tthc/service-kit";
import { randomToken, sha256 } from "../auth/secrets.ts";
import type { Db } from "../db/client.ts";
import { normaliseApiKeyName } from "../domain/api-keys.ts";

const KEY_PREFIX = "tthc_";
/** What a key gets when the admin names no scope: what the old `read` scope gave (units and PAKN, non-personal fields). */
export const DEFAULT_PARTNER_SCOPES: readonly PartnerScope[] = ["directory:read", "complaints:read"];

/** Only scopes of the catalogue (@tthc/service-kit PARTNER_SCOPES), each once. */
function checkScopes(scopes: readonly string[]): PartnerScope[] {
  const unknown = scopes.filter((s) => !isPartnerScope(s));
  if (unknown.length || scopes.length === 0) {
    throw invalidInput(
      "scopes",
      `Phạm vi không hợp lệ: ${unknown.join(", ") || "(trống)"}. Các phạm vi: ${Object.keys(PARTNER_SCOPES).join(", ")}.`,
      `Unknown scope(s): ${unknown.join(", ") || "(none)"}. Scopes: ${Object.keys(PARTNER_SCOPES).join(", ")}.`,
    );
  }
  return [...new Set(scopes as PartnerScope[])];
}

export interface VerifiedPartner {
  partnerId: string;
  name: string;
  scopes: string[];
}

/** A new partner API key; the clear key is returned once and only its hash is kept. */
export async function createApiKey(
  db: Db,
  input: { name: string; createdById: string | null; scopes?: string[]; key?: string },
): Promise<{ id: string; key: string }> {
  const name = normaliseApiKeyName(input.name);
  const key = input.key ?? `${KEY_PREFIX}${randomToken()}`;
  const created = await db.apiKey.create({
    data: {
      name,
      keyHash: sha256(key),
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      scopes: input.scopes ? checkScopes(input.scopes) : [...DEFAULT_PARTNER_SCOPES],
      createdById: input.createdById,
    },
  });
  return { id: created.id, key };
}

/** Revoke a key (idempotent: revoking a revoked key succeeds). */
export async function revokeApiKey(db: Db, id: string, now: Date): Promise<void> {
  if (!isUuid(id)) throw notFound("No such API key");
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0 && (await db.apiKey.count({ where: { id } })) === 0) throw notFound("No such API key");
}

export async function verifyApiKey(db: Db, key: string): Promise<VerifiedPartner | null> {
  const found = await db.apiKey.findUnique({ where: { keyHash: sha256(key) } });
  if (!found || found.revokedAt) return null;
  return { partnerId: found.id, name: found.name, scopes: found.scopes };
}
