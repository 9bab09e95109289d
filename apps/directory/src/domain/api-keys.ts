import { RuleViolation } from "./errors.ts";

/** A partner API key's name, trimmed: what the city office sees in the key list. */
export function normaliseApiKeyName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 200) throw new RuleViolation("Name must be 1–200 characters", "name");
  return trimmed;
}
