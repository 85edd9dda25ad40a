import { describe, expect, it } from "vitest";
import type { RelationshipDetails as Relationship } from "../../../web/src/api/nodeDetailsQuery.ts";
import { groupRelationships } from "../../../web/src/features/details/groupRelationships.ts";

function relationship(type: Relationship["type"], direction: Relationship["direction"], otherId: string): Relationship {
  return {
    type,
    direction,
    other: { id: otherId, type: "AGREEMENT", label: otherId, labelEn: null, labelAr: null, kind: null, date: null },
    role: null,
    title: null,
    confidence: null,
    sourceCount: 1,
    evidence: [],
    evidenceCount: 0,
  };
}

describe("groupRelationships", () => {
  it("groups by type and direction in the panel's order, outgoing before incoming", () => {
    const groups = groupRelationships([
      relationship("PARTICIPATED_IN", "OUT", "meeting:a"),
      relationship("PART_OF", "IN", "org:far"),
      relationship("PARTY_TO", "OUT", "agreement:a"),
      relationship("PARTICIPATED_IN", "OUT", "meeting:b"),
      relationship("PARTY_TO", "IN", "state:MA"),
    ]);
    expect(groups.map((group) => [group.type, group.direction, group.relationships.map((r) => r.other.id)])).toEqual([
      ["PART_OF", "IN", ["org:far"]],
      ["PARTY_TO", "OUT", ["agreement:a"]],
      ["PARTY_TO", "IN", ["state:MA"]],
      ["PARTICIPATED_IN", "OUT", ["meeting:a", "meeting:b"]],
    ]);
  });

  it("returns no groups for no relationships", () => {
    expect(groupRelationships([])).toEqual([]);
  });
});
