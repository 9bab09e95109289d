import { v5 as nameBasedUuid } from "uuid";

// Fixed for ever: changing it would give the demo's accounts new ids on the next fresh start.
const DEMO_USER_NAMESPACE = "6f1d3c2a-8b4e-5a7d-9c0f-2e6b8a4d1c73";

/**
 * The id of a demo account, named from its username (a name-based UUID, RFC 4122 version 5). The directory's
 * demo seed creates each account with it, so another service's demo seed can name a demo user (the inspections
 * team's lead, say) without reading the directory's users, which no service does.
 */
export function demoUserId(username: string): string {
  return nameBasedUuid(username, DEMO_USER_NAMESPACE);
}
