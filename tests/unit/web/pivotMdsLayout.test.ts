import { describe, expect, it } from "vitest";
import { pivotMdsLayout, pivotMdsPositions } from "../../../web/src/graph/pivotMdsLayout.ts";

type Edge = [number, number];

function layout(nodeCount: number, edges: Edge[], size = 20, options = {}): Float64Array {
  return pivotMdsLayout(
    { nodeCount, sources: edges.map((edge) => edge[0]), targets: edges.map((edge) => edge[1]), sizes: Array(nodeCount).fill(size) },
    options,
  );
}

function distance(positions: Float64Array, a: number, b: number): number {
  return Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
}

function closestPairDistance(positions: Float64Array, nodes: readonly number[]): number {
  let closest = Infinity;
  for (const a of nodes) for (const b of nodes) if (a < b) closest = Math.min(closest, distance(positions, a, b));
  return closest;
}

function gridGraph(columns: number, rows: number): Edge[] {
  const edges: Edge[] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const node = r * columns + c;
      if (c + 1 < columns) edges.push([node, node + 1]);
      if (r + 1 < rows) edges.push([node, node + columns]);
    }
  }
  return edges;
}

const range = (n: number) => Array.from({ length: n }, (_, index) => index);

describe("pivotMdsLayout", () => {
  it("answers nothing for no nodes and the origin for one", () => {
    expect(layout(0, [])).toHaveLength(0);
    expect([...layout(1, [])]).toEqual([0, 0]);
  });

  it("lays a path out in order along a line, edges at the wanted length", () => {
    const edges: Edge[] = range(29).map((i) => [i, i + 1]);
    const positions = layout(30, edges, 10, { edgeLength: 100 });
    // Distances from one end grow along the path: the path is not folded.
    for (let i = 2; i < 30; i += 1) expect(distance(positions, 0, i)).toBeGreaterThan(distance(positions, 0, i - 1));
    for (const [a, b] of edges) expect(distance(positions, a, b)).toBeCloseTo(100, 0);
  });

  it("keeps a grid's shape: graph distance and drawn distance agree", () => {
    const positions = layout(12 * 10, gridGraph(12, 10), 10, { edgeLength: 50 });
    // Opposite corners are farther apart than neighbours of a corner, by about the hop ratio.
    const corner = 0;
    const opposite = 12 * 10 - 1;
    const ratio = distance(positions, corner, opposite) / distance(positions, corner, 1);
    expect(ratio).toBeGreaterThan(10);
    // Almost every node's nearest other node is one of its grid neighbours.
    const edges = gridGraph(12, 10);
    const neighbours = new Map<number, Set<number>>();
    for (const [a, b] of edges) {
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
      neighbours.set(b, (neighbours.get(b) ?? new Set()).add(a));
    }
    let nearestIsNeighbour = 0;
    for (let node = 0; node < 120; node += 1) {
      const others = range(120).filter((other) => other !== node);
      const nearest = others.reduce((best, other) => (distance(positions, node, other) < distance(positions, node, best) ? other : best));
      if (neighbours.get(node)!.has(nearest)) nearestIsNeighbour += 1;
    }
    // MDS of hop (not straight-line) distances bends the rim a little: 100 of 120 here. A random
    // placement would score about 4 (3 to 4 neighbours among 119 others).
    expect(nearestIsNeighbour).toBeGreaterThanOrEqual(96);
  });

  it("fans out the leaves of a hub, which graph distances alone put on one spot", () => {
    const edges: Edge[] = range(40).map((i) => [0, i + 1]);
    const positions = layout(41, edges, 30);
    // No two nodes overlap: centres at least a diameter apart (30), less a small tolerance.
    expect(closestPairDistance(positions, range(41))).toBeGreaterThan(29);
  });

  it("leaves no two nodes of a dense random graph overlapping", () => {
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const n = 600;
    const edges: Edge[] = range(1800).map(() => [Math.floor(random() * n), Math.floor(random() * random() * n)]);
    const sizes = range(n).map((i) => 22 + (i % 5) * 10);
    const positions = pivotMdsLayout({ nodeCount: n, sources: edges.map((e) => e[0]), targets: edges.map((e) => e[1]), sizes });
    let overlapping = 0;
    for (let a = 0; a < n; a += 1) for (let b = a + 1; b < n; b += 1) if (distance(positions, a, b) < (sizes[a]! + sizes[b]!) / 2) overlapping += 1;
    // A handful may remain after the bounded separation rounds, out of 179,700 pairs.
    expect(overlapping).toBeLessThan(10);
    expect(positions.every(Number.isFinite)).toBe(true);
  });

  it("puts separate components side by side, not on top of each other", () => {
    // A 5x5 grid, a triangle, a pair and two lone nodes.
    const edges: Edge[] = [...gridGraph(5, 5), [25, 26], [26, 27], [27, 25], [28, 29]];
    const positions = layout(32, edges, 20);
    const components = [range(25), [25, 26, 27], [28, 29], [30], [31]];
    const boxes = components.map((members) => {
      const xs = members.map((node) => positions[2 * node]!);
      const ys = members.map((node) => positions[2 * node + 1]!);
      return { x1: Math.min(...xs) - 10, x2: Math.max(...xs) + 10, y1: Math.min(...ys) - 10, y2: Math.max(...ys) + 10 };
    });
    for (let a = 0; a < boxes.length; a += 1) {
      for (let b = a + 1; b < boxes.length; b += 1) {
        const A = boxes[a]!;
        const B = boxes[b]!;
        const apart = A.x2 <= B.x1 || B.x2 <= A.x1 || A.y2 <= B.y1 || B.y2 <= A.y1;
        expect(apart, `components ${a} and ${b}`).toBe(true);
      }
    }
  });

  it("ignores loops, repeated edges and edges to unknown nodes, and is deterministic", () => {
    const edges: Edge[] = [[0, 1], [1, 0], [1, 1], [1, 2], [2, 9], [-1, 0]];
    const first = layout(3, edges);
    expect(first.every(Number.isFinite)).toBe(true);
    expect([...layout(3, edges)]).toEqual([...first]);
    expect(distance(first, 0, 2)).toBeGreaterThan(distance(first, 0, 1));
  });
});

describe("stress refinement after MDS", () => {
  /** Hop distances from every node (BFS), for a graph this small. */
  function hops(n: number, edges: Edge[]): number[][] {
    const adjacent: number[][] = Array.from({ length: n }, () => []);
    for (const [a, b] of edges) {
      adjacent[a]!.push(b);
      adjacent[b]!.push(a);
    }
    return Array.from({ length: n }, (_, source) => {
      const d = Array(n).fill(-1);
      d[source] = 0;
      const queue = [source];
      for (let h = 0; h < queue.length; h += 1) for (const v of adjacent[queue[h]!]!) if (d[v] < 0) { d[v] = d[queue[h]!] + 1; queue.push(v); }
      return d;
    });
  }

  /** Normalized stress over every pair, after the best uniform scaling. */
  function stress(positions: Float64Array, d: number[][]): number {
    let a = 0;
    let b = 0;
    const pairs: [number, number, number][] = [];
    for (let i = 0; i < d.length; i += 1) for (let j = i + 1; j < d.length; j += 1) if (d[i]![j]! > 0) pairs.push([i, j, d[i]![j]!]);
    for (const [i, j, h] of pairs) {
      const e = distance(positions, i, j);
      a += e / h;
      b += (e * e) / (h * h);
    }
    const scale = a / b;
    return pairs.reduce((sum, [i, j, h]) => sum + (scale * distance(positions, i, j) - h) ** 2 / (h * h), 0) / pairs.length;
  }

  it("fits near distances better than MDS alone on a clustered graph, without overlaps", () => {
    // Eight hubs in a ring, each with 30 leaves, and a few leaves shared between neighbouring hubs.
    const edges: Edge[] = [];
    const hubs = 8;
    const leaves = 30;
    for (let h = 0; h < hubs; h += 1) {
      edges.push([h, (h + 1) % hubs]);
      for (let l = 0; l < leaves; l += 1) edges.push([h, hubs + h * leaves + l]);
      edges.push([(h + 1) % hubs, hubs + h * leaves]);
    }
    const n = hubs + hubs * leaves;
    const d = hops(n, edges);
    const plain = layout(n, edges, 20, { refineRounds: 0 });
    const refined = layout(n, edges, 20);
    expect(stress(refined, d)).toBeLessThan(stress(plain, d) * 0.9);
    expect(closestPairDistance(refined, Array.from({ length: n }, (_, i) => i))).toBeGreaterThanOrEqual(20);
  });
});

describe("pivotMdsPositions", () => {
  it("maps positions back to node ids and ignores edges to unknown ids", () => {
    const positions = pivotMdsPositions(
      [
        { id: "a", size: 20 },
        { id: "b", size: 20 },
        { id: "c", size: 20 },
      ],
      [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "c", target: "gone" },
      ],
      { edgeLength: 80 },
    );
    expect([...positions.keys()]).toEqual(["a", "b", "c"]);
    const a = positions.get("a")!;
    const b = positions.get("b")!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(80, 0);
  });
});
