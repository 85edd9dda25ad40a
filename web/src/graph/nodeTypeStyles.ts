import type { EntityType } from "../api/generated/graphqlTypes.ts";

/** Shapes the legend knows how to draw; a subset of Cytoscape's node shapes. */
export type NodeShapeName = "round-hexagon" | "ellipse" | "round-rectangle" | "round-diamond" | "round-triangle" | "rectangle";

export interface NodeTypeStyle {
  /** Singular name shown in the legend and the details panel. */
  name: string;
  shape: NodeShapeName;
  /** Fill colour. */
  color: string;
  /** Border colour, a darker shade of the fill so shapes stay distinct when labels overlap. */
  borderColor: string;
}

/**
 * How each entity type is drawn. Shapes differ as well as colours so the network still reads
 * for colour-blind users and in greyscale prints.
 */
export const NODE_TYPE_STYLES: Record<EntityType, NodeTypeStyle> = {
  STATE: { name: "State", shape: "round-hexagon", color: "#2563eb", borderColor: "#1e3a8a" },
  PERSON: { name: "Person", shape: "ellipse", color: "#f59e0b", borderColor: "#92400e" },
  ORGANIZATION: { name: "Organization", shape: "round-rectangle", color: "#8b5cf6", borderColor: "#4c1d95" },
  AGREEMENT: { name: "Agreement", shape: "round-diamond", color: "#10b981", borderColor: "#065f46" },
  MEETING: { name: "Meeting", shape: "round-triangle", color: "#ec4899", borderColor: "#831843" },
  ARTICLE: { name: "Article", shape: "rectangle", color: "#94a3b8", borderColor: "#475569" },
};

/** Entity types in the order the legend lists them (articles are not drawn in the network). */
export const LEGEND_NODE_TYPES: readonly EntityType[] = ["STATE", "PERSON", "ORGANIZATION", "AGREEMENT", "MEETING"];
