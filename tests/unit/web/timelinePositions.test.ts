import { describe, expect, it } from "vitest";
import { timelinePositions } from "../../../web/src/graph/timelinePositions.ts";

describe("timelinePositions", () => {
  const positions = timelinePositions(
    [
      { id: "agreement:late", type: "AGREEMENT", date: "2023-05" },
      { id: "agreement:early", type: "AGREEMENT", date: "1974" },
      { id: "meeting:mid", type: "MEETING", date: "2021-11-24" },
      { id: "state:MA", type: "STATE", date: null },
      { id: "person:x", type: "PERSON", date: null },
      { id: "state:lonely", type: "STATE", date: null },
    ],
    [
      { source: "state:MA", target: "agreement:late" },
      { source: "state:MA", target: "meeting:mid" },
      { source: "person:x", target: "state:MA" },
    ],
  );
  const at = (id: string) => positions.get(id)!;

  it("orders dated items along x by date, agreements above the axis and meetings below", () => {
    expect(at("agreement:early").x).toBeLessThan(at("meeting:mid").x);
    expect(at("meeting:mid").x).toBeLessThan(at("agreement:late").x);
    expect(at("agreement:late").y).toBeLessThan(0);
    expect(at("meeting:mid").y).toBeGreaterThan(0);
  });

  it("places states above and people below, under the items they are linked to", () => {
    expect(at("state:MA").y).toBeLessThan(at("agreement:late").y);
    expect(at("person:x").y).toBeGreaterThan(at("meeting:mid").y);
    expect(at("state:MA").x).toBeGreaterThan(at("agreement:early").x);
    expect(positions.size).toBe(6);
  });

  it("keeps the bands of states and people close to a small graph's dated items", () => {
    // Two dated items in one column: the state sits two empty rows above the agreement, the person
    // two below the meeting, so the graph fills the view instead of three thin strips.
    const small = timelinePositions(
      [
        { id: "agreement:a", type: "AGREEMENT", date: "2022-03" },
        { id: "meeting:m", type: "MEETING", date: "2022-03" },
        { id: "state:MA", type: "STATE", date: null },
        { id: "person:x", type: "PERSON", date: null },
      ],
      [
        { source: "state:MA", target: "agreement:a" },
        { source: "person:x", target: "meeting:m" },
      ],
    );
    const ys = [...small.values()].map((p) => p.y);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(small.get("state:MA")!.y).toBeLessThan(small.get("agreement:a")!.y);
    expect(small.get("person:x")!.y).toBeGreaterThan(small.get("meeting:m")!.y);
    expect(height).toBeLessThanOrEqual(56 * 6);
  });
});
