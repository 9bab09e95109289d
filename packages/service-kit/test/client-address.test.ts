import { describe, expect, it } from "vitest";
import { clientAddressKey, requestClientKey } from "../src/client-address.ts";
import { ACTOR_HEADER } from "../src/actor.ts";

describe("clientAddressKey", () => {
  it("keys IPv4 by the address, also when written as IPv6", () => {
    expect(clientAddressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keys IPv6 by its /64, however the address is written", () => {
    const key = clientAddressKey("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(clientAddressKey("2001:0DB8:0001:0002:abcd:ef01:2345:6789")).toBe(key);
    expect(clientAddressKey("2001:db8:1:2:ffff::%eth0")).toBe(key);
    expect(clientAddressKey("2001:db8:1:3::1")).not.toBe(key);
    expect(clientAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressKey("2001:db8::")).toBe("2001:db8:0:0::/64");
  });

  it("leaves anything else as it is", () => {
    expect(clientAddressKey("unknown")).toBe("unknown");
  });
});

describe("requestClientKey", () => {
  it("believes x-forwarded-for only with the gateway's signed actor header", () => {
    const forwarded = { "x-forwarded-for": "2001:db8:1:2::9, 10.0.0.1" };
    expect(requestClientKey({ headers: { ...forwarded, [ACTOR_HEADER]: "signed" }, ip: "127.0.0.1" })).toBe("2001:db8:1:2::/64");
    expect(requestClientKey({ headers: forwarded, ip: "127.0.0.1" })).toBe("127.0.0.1");
  });
});
