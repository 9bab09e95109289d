import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { ACTOR_HEADER, clientAddress } from "../src/index.ts";

const request = (ip: string, forwarded?: string, viaGateway = true) =>
  ({
    ip,
    headers: { ...(viaGateway ? { [ACTOR_HEADER]: "signed" } : {}), ...(forwarded ? { "x-forwarded-for": forwarded } : {}) },
  }) as unknown as FastifyRequest;

describe("clientAddress", () => {
  it("believes the gateway's x-forwarded-for only with the actor header", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1", "203.0.113.9", false))).toBe("127.0.0.1");
  });

  it("counts an IPv6 client by its /64", () => {
    expect(clientAddress(request("127.0.0.1", "2001:db8:0:1:aaaa::1"))).toBe("2001:db8:0:1::/64");
    expect(clientAddress(request("127.0.0.1", "2001:0db8:0000:0001:ffff:1:2:3"))).toBe("2001:db8:0:1::/64");
    expect(clientAddress(request("::1"))).toBe("0:0:0:0::/64");
    expect(clientAddress(request("::ffff:10.0.0.1"))).toBe("::ffff:10.0.0.1");
  });
});
