import type { FastifyRequest } from "fastify";
import { ACTOR_HEADER } from "./actor.ts";

/**
 * The client behind a request, as a key for per-client limits. The gateway puts the caller's address
 * in x-forwarded-for and signs the actor; a request without the actor header did not come through the
 * gateway, so its x-forwarded-for is not believed and the socket address is used. An IPv6 address
 * counts by its /64, the block one subscriber gets (a client rotates addresses within it).
 */
export function clientAddress(request: FastifyRequest): string {
  const forwarded = request.headers["x-forwarded-for"];
  const viaGateway = typeof request.headers[ACTOR_HEADER] === "string" && typeof forwarded === "string" && forwarded.trim() !== "";
  const address = viaGateway ? forwarded.split(",")[0]!.trim() : request.ip;
  return ipv6Prefix64(address) ?? address;
}

/** `2001:db8:1:2::/64` for any address of that block; null for anything but a plain IPv6 address. */
function ipv6Prefix64(address: string): string | null {
  if (!address.includes(":") || /^::ffff:\d/.test(address)) return null;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
