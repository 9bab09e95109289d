import { isIPv4, isIPv6 } from "node:net";
import type { FastifyRequest } from "fastify";
import { ACTOR_HEADER } from "./actor.ts";

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an embedded IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The budget a client address belongs to (rate limits, upload quotas, proof-of-work cost). IPv4 is
 * the address itself; IPv6 is its /64, since one subscriber is handed a whole /64 and rotates
 * through it at will (privacy addresses). IPv4 written as IPv6 (`::ffff:a.b.c.d`) is the IPv4.
 */
export function clientAddressKey(address: string): string {
  const plain = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIPv4(plain)) return plain;
  if (!isIPv6(plain.split("%")[0]!)) return plain;
  const prefix = ipv6Groups(plain)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":");
  return `${prefix}::/64`;
}

/**
 * The client behind a request to a subgraph, as a budget key. The gateway puts the caller's address
 * in x-forwarded-for and signs the actor; a request without the signed actor header did not come
 * through the gateway, so its x-forwarded-for is not trusted and the socket address is used.
 */
export function requestClientKey(request: Pick<FastifyRequest, "headers" | "ip">): string {
  const forwarded = request.headers["x-forwarded-for"];
  const viaGateway = typeof request.headers[ACTOR_HEADER] === "string" && typeof forwarded === "string" && forwarded.trim();
  return clientAddressKey(viaGateway ? forwarded.split(",")[0]!.trim() : request.ip);
}
