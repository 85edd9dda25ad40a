import type { RelationType } from "../api/generated/graphqlTypes.ts";

export interface RelationTypeStyle {
  /** Wording read from the start node: Morocco "party to" the MoU. */
  name: string;
  /** Wording read from the end node: the MoU's "parties". */
  inverseName: string;
  color: string;
  lineStyle: "solid" | "dashed" | "dotted";
}

/** How each relationship type is drawn and named. */
export const RELATION_TYPE_STYLES: Record<RelationType, RelationTypeStyle> = {
  PARTY_TO: { name: "party to", inverseName: "parties", color: "#059669", lineStyle: "solid" },
  SIGNED: { name: "signed", inverseName: "signed by", color: "#047857", lineStyle: "dashed" },
  PARTICIPATED_IN: { name: "participated in", inverseName: "participants", color: "#db2777", lineStyle: "solid" },
  HELD_IN: { name: "held in", inverseName: "meetings held here", color: "#be185d", lineStyle: "dotted" },
  PRODUCED: { name: "produced", inverseName: "produced by", color: "#0284c7", lineStyle: "solid" },
  HOLDS_OFFICE: { name: "holds office in", inverseName: "office holders", color: "#d97706", lineStyle: "dashed" },
  PART_OF: { name: "part of", inverseName: "parts", color: "#7c3aed", lineStyle: "dotted" },
  BUILDS_ON: { name: "builds on", inverseName: "built on by", color: "#475569", lineStyle: "dashed" },
  MENTIONED_IN: { name: "mentioned in", inverseName: "mentions", color: "#94a3b8", lineStyle: "dotted" },
};

/** Relationship types in the order the details panel lists them. */
export const RELATION_TYPE_ORDER: readonly RelationType[] = [
  "HOLDS_OFFICE",
  "PART_OF",
  "PARTY_TO",
  "SIGNED",
  "PRODUCED",
  "PARTICIPATED_IN",
  "HELD_IN",
  "BUILDS_ON",
  "MENTIONED_IN",
];
