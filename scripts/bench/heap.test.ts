import { describe, expect, it } from "vitest";
import { heapGrowth, sizesByType } from "./heap";

describe("sizesByType", () => {
  it("sums self sizes of a V8 heap snapshot by node type", () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ["type", "name", "id", "self_size", "edge_count", "detachedness"],
          node_types: [["hidden", "array", "string", "object", "code"], "string", "number", "number", "number", "number"],
        },
      },
      // type, name, id, self_size, edge_count, detachedness
      nodes: [3, 0, 1, 100, 0, 0, 4, 0, 3, 400, 0, 0, 3, 0, 5, 50, 0, 0, 2, 0, 7, 10, 0, 0],
    };
    expect(sizesByType(snapshot)).toEqual({ object: 150, code: 400, string: 10 });
  });
  it("refuses something that is not a heap snapshot", () => {
    expect(() => sizesByType({ snapshot: { meta: { node_fields: ["id"], node_types: [] } }, nodes: [] })).toThrow(/not a V8 heap snapshot/);
  });
});

describe("heapGrowth", () => {
  it("separates growth of compiled code from growth of everything else", () => {
    const g = heapGrowth({ used: 5_000_000, code: 800_000, nodes: 671, listeners: 756 }, { used: 5_400_000, code: 1_150_000, nodes: 671, listeners: 760 });
    expect(g.growth).toBe(400_000);
    expect(g.growthWithoutCode).toBe(50_000);
    expect(g.nodesGrowth).toBe(0);
    expect(g.listenersGrowth).toBe(4);
  });
});
