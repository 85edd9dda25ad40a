import type { ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode } from "../api/generated/graphqlTypes.ts";
import { arabicMessages } from "../i18n/arabicMessages.ts";
import { englishMessages } from "../i18n/englishMessages.ts";
import { networkLabel, nodeSizeForDegree } from "./nodeMetrics.ts";

/** Data carried by a node element; the stylesheet and the layouts read these fields. */
export interface NetworkNodeData {
  id: string;
  type: GraphNode["type"];
  label: string;
  degree: number;
  /** Diameter in model pixels, from the degree. */
  size: number;
  date: string;
}

/** The language labels are drawn in: a node shows its name in it when known. */
export type LabelLanguage = "en" | "ar";

type NodeFields = Pick<GraphNode, "id" | "type" | "label" | "labelEn" | "labelAr" | "degree" | "date">;
type EdgeFields = Pick<GraphEdge, "id" | "source" | "target" | "type" | "label" | "sourceCount">;

/** The node's name in the interface language when the graph knows it, else in its own language. */
export function labelIn(node: Pick<GraphNode, "label" | "labelEn" | "labelAr">, language: LabelLanguage): string {
  return (language === "ar" ? node.labelAr : node.labelEn) ?? node.label;
}

/**
 * Converts graph nodes and edges to Cytoscape elements. Edges whose ends are missing (a limit cut
 * them off) are dropped, since Cytoscape refuses edges to unknown nodes.
 */
export function toNetworkElements(
  graph: { nodes: Iterable<NodeFields>; edges: Iterable<EdgeFields> },
  language: LabelLanguage = "en",
): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    nodeIds.add(node.id);
    const data: NetworkNodeData = {
      id: node.id,
      type: node.type,
      label: networkLabel(labelIn(node, language)),
      degree: node.degree,
      size: nodeSizeForDegree(node.degree),
      date: node.date ?? "",
    };
    nodes.push({ group: "nodes", data: { ...data } });
  }
  const drawn = [...graph.edges].filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  const edgesPerPair = new Map<string, number>();
  for (const edge of drawn) edgesPerPair.set(pairKey(edge), (edgesPerPair.get(pairKey(edge)) ?? 0) + 1);
  const edges: ElementDefinition[] = [];
  for (const edge of drawn) {
    edges.push({
      group: "edges",
      // Selection is of nodes only: the details panel has nothing to show for an edge alone.
      selectable: false,
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edgeLabel(edge, language),
        sourceCount: edge.sourceCount,
        // Drawn as a bundle of curves when another edge joins the same two nodes (or it is a loop);
        // otherwise straight, which looks the same and spares Cytoscape the bundling (networkStylesheet).
        bundled: edge.source === edge.target || edgesPerPair.get(pairKey(edge))! > 1,
      },
    });
  }
  return [...nodes, ...edges];
}

/** The two ends of an edge in either direction. */
function pairKey(edge: EdgeFields): string {
  return edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
}

/**
 * An edge's label in the interface language: meeting roles (host, visitor ...) are translated;
 * an office title is drawn as the article wrote it.
 */
function edgeLabel(edge: EdgeFields, language: LabelLanguage): string {
  const label = edge.label ?? "";
  const roles: Readonly<Record<string, string>> = (language === "ar" ? arabicMessages : englishMessages).values.roles;
  return edge.type === "PARTICIPATED_IN" && Object.hasOwn(roles, label) ? roles[label]! : label;
}
