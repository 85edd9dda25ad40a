import type { GraphPiece } from "../../explorer/ExplorerAction.ts";
import type { ExplorerEdge, ExplorerNode } from "../../explorer/LoadedGraph.ts";

const TYPES = ["STATE", "PERSON", "ORGANIZATION", "AGREEMENT", "MEETING"] as const;

/**
 * A deterministic random graph of `nodeCount` nodes and `edgeCount` edges with the explorer's
 * node types and some dates, for the web benchmark (`?synthetic=2000x6000`). Edges prefer
 * earlier nodes, which gives hubs as real networks have.
 */
export function generateSyntheticGraph(nodeCount: number, edgeCount: number, seed = 1): GraphPiece {
  performance.mark("entente:synthetic-start");
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const nodes: ExplorerNode[] = [];
  for (let index = 0; index < nodeCount; index += 1) {
    const type = TYPES[index < nodeCount * 0.05 ? 0 : 1 + Math.floor(random() * 4)]!;
    const dated = type === "AGREEMENT" || type === "MEETING";
    nodes.push({
      id: `synthetic:${index}`,
      type,
      label: `${type.toLowerCase()} ${index}`,
      labelEn: null,
      labelAr: null,
      kind: dated ? (type === "AGREEMENT" ? "mou" : "visit") : null,
      date: dated ? `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}` : null,
      domains: type === "AGREEMENT" ? ["security"] : null,
      degree: 0,
    });
  }
  const edges: ExplorerEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount && nodeCount > 1) {
    const a = Math.floor(random() * nodeCount);
    const b = Math.floor(Math.pow(random(), 2) * nodeCount);
    if (a === b || seen.has(`${a}:${b}`) || seen.has(`${b}:${a}`)) continue;
    seen.add(`${a}:${b}`);
    edges.push({ id: `synthetic-edge:${edges.length}`, source: `synthetic:${a}`, target: `synthetic:${b}`, type: "PARTICIPATED_IN", label: null, sourceCount: 1 });
    nodes[a]!.degree += 1;
    nodes[b]!.degree += 1;
  }
  performance.mark("entente:synthetic-end");
  return { nodes, edges, truncated: false };
}
