import type { ElementDefinition } from "cytoscape";
import type { Graph, GraphNode } from "../api/generated/graphqlTypes.ts";

/** Data carried by a node element; the stylesheet maps over these fields. */
export interface NetworkNodeData {
  id: string;
  type: GraphNode["type"];
  label: string;
  degree: number;
  /** Diameter in model pixels, from the degree. */
  size: number;
}

const MIN_NODE_SIZE = 22;
const MAX_LABEL_LENGTH = 48;
const MAX_NODE_SIZE = 72;

/** Square-root scaling keeps hubs prominent without dwarfing leaves. */
export function nodeSizeForDegree(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 9 * Math.sqrt(Math.max(0, degree)));
}

/**
 * A label fit for the canvas: Cytoscape honours line breaks, so whitespace runs (extracted names
 * sometimes span lines) collapse to one space, and long names are cut; the details panel shows
 * them in full.
 */
export function networkLabel(label: string): string {
  const oneLine = label.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_LABEL_LENGTH ? `${oneLine.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…` : oneLine;
}

/**
 * Converts the API graph to Cytoscape elements. Edges whose ends are missing (the overview limit
 * cut them off) are dropped, since Cytoscape refuses edges to unknown nodes.
 */
export function toNetworkElements(graph: Graph): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const data: NetworkNodeData = {
      id: node.id,
      type: node.type,
      label: networkLabel(node.label),
      degree: node.degree,
      size: nodeSizeForDegree(node.degree),
    };
    return { group: "nodes", data: { ...data } };
  });
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .map((edge) => ({
      group: "edges",
      // Selection is of nodes only: the details panel has nothing to show for an edge alone.
      selectable: false,
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edge.label ?? "",
        sourceCount: edge.sourceCount,
      },
    }));
  return [...nodes, ...edges];
}
