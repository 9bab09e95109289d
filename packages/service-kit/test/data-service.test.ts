import { describe, expect, it } from "vitest";
import { consumerTopics } from "../src/data-service.ts";

const noop = async () => {};

describe("consumerTopics", () => {
  it("subscribes to the catalogue topic of each handled event type, once each", () => {
    const handlers = {
      "directory.unit.created": noop,
      "directory.unit.closed": noop,
      "complaints.complaint.assigned": noop,
    };
    expect(consumerTopics(handlers)).toEqual(["complaints.complaint.v1", "directory.unit.v1"]);
  });

  it("subscribes to nothing without handlers", () => {
    expect(consumerTopics({})).toEqual([]);
  });
});
