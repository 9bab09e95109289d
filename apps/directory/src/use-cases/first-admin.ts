import { hashPassword } from "../auth/passwords.ts";
import { oneTimePassword } from "../auth/secrets.ts";
import type { Db } from "../db/client.ts";
import { RuleViolation } from "../domain/errors.ts";
import { assertAcceptablePassword } from "../domain/passwords.ts";
import { normaliseUsername } from "./sessions.ts";

/**
 * A real deployment's first administrator (the demo seed is for the demo and test stacks only): a
 * CITY_ADMIN with a one-time password, which they must change at their first sign-in. Run by the
 * operator (src/create-admin.ts), never through the API.
 */
export async function createFirstAdmin(db: Db, username: string, fullName: string): Promise<{ userId: string; password: string }> {
  const name = normaliseUsername(username);
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(name)) throw new RuleViolation("A username is 2–64 of a-z, 0-9, '.', '_', '-'", "username");
  if (await db.user.findUnique({ where: { username: name } })) throw new RuleViolation(`The user ${name} exists already`, "username");
  const password = oneTimePassword(16);
  assertAcceptablePassword(password, name, "password");
  const user = await db.user.create({
    data: { username: name, fullName, roles: ["CITY_ADMIN"], passwordHash: await hashPassword(password), mustChangePassword: true },
  });
  return { userId: user.id, password };
}
