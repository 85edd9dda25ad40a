import type { Direction, RelationType } from "../../api/generated/graphqlTypes.ts";
import type { RelationshipDetails as Relationship } from "../../api/nodeDetailsQuery.ts";
import { RELATION_TYPE_ORDER } from "../../graph/relationTypeStyles.ts";

export interface RelationshipGroup {
  type: RelationType;
  direction: Direction;
  relationships: Relationship[];
}

/** Groups relationships by type and direction, in the panel's fixed type order, outgoing first. */
export function groupRelationships(relationships: readonly Relationship[]): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const relationship of relationships) {
    const key = `${relationship.type}:${relationship.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: relationship.type, direction: relationship.direction, relationships: [] };
      groups.set(key, group);
    }
    group.relationships.push(relationship);
  }
  const rank = (group: RelationshipGroup) =>
    RELATION_TYPE_ORDER.indexOf(group.type) * 2 + (group.direction === "OUT" ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
