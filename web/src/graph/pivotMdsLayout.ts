/**
 * A fast draft layout for networks of thousands of nodes: pivot MDS (Brandes and Pich, "Eigensolver
 * methods for progressive multidimensional scaling of large data", 2006), then overlap removal and
 * a packing of the connected components.
 *
 * Pivot MDS places nodes so that straight-line distances follow graph distances (hops), measured
 * from a few dozen well-spread "pivot" nodes only: k breadth-first searches and a k x k eigenproblem
 * instead of all n x n distances. This is the spectral draft that fcose computes too, but on typed
 * arrays instead of Cytoscape collections: on the benchmark's 2,000-node, 6,000-edge graph fcose's
 * draft took 1.0-1.4 s in the page, most of it in collection operations (bench/RESULTS.md).
 */

export interface PivotMdsInput {
  /** Number of nodes; nodes are referred to by index 0..nodeCount-1. */
  nodeCount: number;
  /** Edge endpoints by node index; loops and repeated pairs are allowed and count once. */
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Diameter of each node in model units; nodes are pushed apart until they no longer overlap. */
  sizes?: ArrayLike<number>;
}

export interface PivotMdsOptions {
  /** Mean length of an edge in the result, in model units. */
  edgeLength?: number;
  /** How many pivots each component's distances are measured from. */
  pivots?: number;
  /** Free space kept between two nodes and between two components. */
  gap?: number;
  /**
   * Rounds of sparse stress majorization after MDS (see refineStress), for components of up to
   * REFINE_MAX_NODES nodes; 0 for none.
   */
  refineRounds?: number;
}

/**
 * Components above this size are not refined. The rounds cost O(nodes x (pivots + degree)) each, and
 * on random graphs of 1,500 nodes the refined layout is locally denser than the bounded overlap
 * removal can undo (61 overlapping pairs of 1.1 million against none).
 */
export const REFINE_MAX_NODES = 800;

const DEFAULTS: Required<PivotMdsOptions> = { edgeLength: 110, pivots: 50, gap: 12, refineRounds: 30 };

/**
 * Positions for every node: x at 2i, y at 2i+1. Deterministic: the same graph always gives the same
 * picture, so a shared link or a screenshot can be reproduced.
 */
export function pivotMdsLayout(input: PivotMdsInput, options: PivotMdsOptions = {}): Float64Array {
  const { edgeLength, pivots, gap, refineRounds } = { ...DEFAULTS, ...options };
  const n = input.nodeCount;
  const positions = new Float64Array(2 * n);
  if (n === 0) return positions;
  const sizes = Float64Array.from({ length: n }, (_, index) => input.sizes?.[index] ?? 0);
  const adjacency = toAdjacency(n, input.sources, input.targets);
  const components = connectedComponents(n, adjacency);
  const boxes: ComponentBox[] = [];
  // A member's place within its component, for each component in turn.
  const local = new Int32Array(n);
  for (const members of components) {
    placeComponent(members, adjacency, local, positions, pivots, edgeLength, members.length <= REFINE_MAX_NODES ? refineRounds : 0);
    spreadToFit(members, positions, sizes, gap);
    separateOverlaps(members, positions, sizes, gap);
    boxes.push(componentBox(members, positions, sizes));
  }
  packComponents(boxes, positions, gap * 4);
  return positions;
}

/** Compressed adjacency: the neighbours of node i are `neighbors[offsets[i]..offsets[i+1])`. */
interface Adjacency {
  offsets: Int32Array;
  neighbors: Int32Array;
}

function toAdjacency(n: number, sources: ArrayLike<number>, targets: ArrayLike<number>): Adjacency {
  const edgeCount = Math.min(sources.length, targets.length);
  const degree = new Int32Array(n + 1);
  const valid = (a: number, b: number) => a !== b && a >= 0 && b >= 0 && a < n && b < n;
  for (let e = 0; e < edgeCount; e += 1) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (!valid(a, b)) continue;
    degree[a] += 1;
    degree[b] += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(offsets[n]!);
  for (let e = 0; e < edgeCount; e += 1) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (!valid(a, b)) continue;
    neighbors[fill[a]!++] = b;
    neighbors[fill[b]!++] = a;
  }
  return { offsets, neighbors };
}

/** Node indexes of each connected component, largest first (ties: lowest first index). */
function connectedComponents(n: number, { offsets, neighbors }: Adjacency): Int32Array[] {
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const components: Int32Array[] = [];
  for (let start = 0; start < n; start += 1) {
    if (seen[start]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) {
        const next = neighbors[k]!;
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    components.push(queue.slice(0, tail));
  }
  return components.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * Hop distances from `source` to each member, by position in `members` (`local` maps a node to its
 * position). Every member is reachable: they form one component.
 */
function hopDistances(source: number, { offsets, neighbors }: Adjacency, local: Int32Array, size: number, queue: Int32Array): Float64Array {
  const distance = new Float64Array(size).fill(-1);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  distance[local[source]!] = 0;
  while (head < tail) {
    const node = queue[head++]!;
    const next = distance[local[node]!]! + 1;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) {
      const other = neighbors[k]!;
      if (distance[local[other]!]! < 0) {
        distance[local[other]!] = next;
        queue[tail++] = other;
      }
    }
  }
  return distance;
}

/** Pivot MDS of one component, written into `positions` around the origin. */
function placeComponent(
  members: Int32Array,
  adjacency: Adjacency,
  local: Int32Array,
  positions: Float64Array,
  pivotCount: number,
  edgeLength: number,
  refineRounds: number,
): void {
  const size = members.length;
  if (size === 1) {
    positions[2 * members[0]!] = 0;
    positions[2 * members[0]! + 1] = 0;
    return;
  }
  members.forEach((node, index) => {
    local[node] = index;
  });
  const queue = new Int32Array(size);
  // Pivots by max-min: start from the best connected node, then always take the member farthest
  // from every pivot so far, which spreads them over the whole component.
  const k = Math.min(pivotCount, size);
  let first = 0;
  for (let i = 1; i < size; i += 1) {
    if (degreeOf(adjacency, members[i]!) > degreeOf(adjacency, members[first]!)) first = i;
  }
  const columns: Float64Array[] = [];
  const nearest = new Float64Array(size).fill(Infinity);
  let pivot = first;
  const pivotList: number[] = [];
  for (let j = 0; j < k; j += 1) {
    const column = hopDistances(members[pivot]!, adjacency, local, size, queue);
    columns.push(column);
    pivotList.push(pivot);
    let farthest = 0;
    for (let i = 0; i < size; i += 1) {
      nearest[i] = Math.min(nearest[i]!, column[i]!);
      if (nearest[i]! > nearest[farthest]!) farthest = i;
    }
    if (nearest[farthest] === 0) break; // every member is a pivot already
    pivot = farthest;
  }
  const kk = columns.length;
  // The hop distances to each pivot, kept for the refinement below (the columns are reused for C).
  const pivotHops = refineRounds > 0 ? columns.map((column) => column.slice()) : [];
  const pivotIndices = Int32Array.from(pivotList);
  // Double-centred squared distances C (size x kk), stored by column.
  const rowMean = new Float64Array(size);
  const columnMean = new Float64Array(kk);
  let grandMean = 0;
  for (let j = 0; j < kk; j += 1) {
    const column = columns[j]!;
    for (let i = 0; i < size; i += 1) {
      const squared = column[i]! * column[i]!;
      column[i] = squared;
      rowMean[i] += squared / kk;
      columnMean[j] += squared / size;
    }
    grandMean += columnMean[j]! / kk;
  }
  for (let j = 0; j < kk; j += 1) {
    const column = columns[j]!;
    for (let i = 0; i < size; i += 1) column[i] = -0.5 * (column[i]! - rowMean[i]! - columnMean[j]! + grandMean);
  }
  // The two leading eigenvectors of CᵀC (kk x kk), by power iteration with deflation.
  const gram = new Float64Array(kk * kk);
  for (let a = 0; a < kk; a += 1) {
    for (let b = a; b < kk; b += 1) {
      let sum = 0;
      const ca = columns[a]!;
      const cb = columns[b]!;
      for (let i = 0; i < size; i += 1) sum += ca[i]! * cb[i]!;
      gram[a * kk + b] = sum;
      gram[b * kk + a] = sum;
    }
  }
  const first2 = leadingEigenvector(gram, kk, null);
  const second = leadingEigenvector(gram, kk, first2);
  for (let i = 0; i < size; i += 1) {
    let x = 0;
    let y = 0;
    for (let j = 0; j < kk; j += 1) {
      x += columns[j]![i]! * first2[j]!;
      y += columns[j]![i]! * second[j]!;
    }
    positions[2 * members[i]!] = x;
    positions[2 * members[i]! + 1] = y;
  }
  if (refineRounds > 0) {
    // In hop units, the distances the refinement fits.
    scaleToEdgeLength(members, adjacency, positions, 1);
    refineStress(members, adjacency, local, positions, pivotHops, pivotIndices, refineRounds);
  }
  scaleToEdgeLength(members, adjacency, positions, edgeLength);
}

/**
 * Sparse stress majorization (after Ortmann, Klimenta and Brandes, "A Sparse Stress Model", 2016): a
 * few rounds in which every node moves to where its graph neighbours (one hop) and the pivots (their
 * hop distance) would put it, each weighted by 1/d², starting from the MDS positions. MDS fits the far
 * distances and leaves the near ones loose; this tightens them. On joined copies of the seed graph
 * (514 and 771 nodes), 30 rounds took stress over sampled pairs from 0.161 and 0.131 to 0.079
 * (fcose: 0.091), in about 0.1 s against fcose's 1.2-1.5 s (Node, 2026-11-30).
 */
function refineStress(
  members: Int32Array,
  { offsets, neighbors }: Adjacency,
  local: Int32Array,
  positions: Float64Array,
  pivotHops: Float64Array[],
  pivotIndices: Int32Array,
  rounds: number,
): void {
  const size = members.length;
  // On a local copy.
  const x = new Float64Array(size);
  const y = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    x[i] = positions[2 * members[i]!]!;
    y[i] = positions[2 * members[i]! + 1]!;
  }
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < size; i += 1) {
      const node = members[i]!;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const add = (j: number, d: number, w: number) => {
        const dx = x[i]! - x[j]!;
        const dy = y[i]! - y[j]!;
        const dist = Math.hypot(dx, dy) || 1e-6;
        sx += w * (x[j]! + (d * dx) / dist);
        sy += w * (y[j]! + (d * dy) / dist);
        sw += w;
      };
      for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) add(local[neighbors[k]!]!, 1, 1);
      for (let p = 0; p < pivotHops.length; p += 1) {
        const j = pivotIndices[p]!;
        if (j === i) continue;
        const d = pivotHops[p]![i]!;
        if (d > 1) add(j, d, 1 / (d * d));
      }
      if (sw > 0) {
        x[i] = sx / sw;
        y[i] = sy / sw;
      }
    }
  }
  for (let i = 0; i < size; i += 1) {
    positions[2 * members[i]!] = x[i]!;
    positions[2 * members[i]! + 1] = y[i]!;
  }
}


function degreeOf({ offsets }: Adjacency, node: number): number {
  return offsets[node + 1]! - offsets[node]!;
}

/** Power iteration on a symmetric matrix; orthogonal to `not` when given. Deterministic start. */
function leadingEigenvector(matrix: Float64Array, k: number, not: Float64Array | null): Float64Array {
  let vector = Float64Array.from({ length: k }, (_, index) => 1 + ((index * 7919) % 13) / 13);
  let next = new Float64Array(k);
  for (let iteration = 0; iteration < 200; iteration += 1) {
    if (not) {
      let dot = 0;
      for (let i = 0; i < k; i += 1) dot += vector[i]! * not[i]!;
      for (let i = 0; i < k; i += 1) vector[i] -= dot * not[i]!;
    }
    let norm = 0;
    for (let i = 0; i < k; i += 1) {
      let sum = 0;
      for (let j = 0; j < k; j += 1) sum += matrix[i * k + j]! * vector[j]!;
      next[i] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    if (norm === 0) return new Float64Array(k);
    let change = 0;
    for (let i = 0; i < k; i += 1) {
      next[i] /= norm;
      change += Math.abs(next[i]! - vector[i]!);
    }
    [vector, next] = [next, vector];
    if (change < 1e-9) break;
  }
  return vector;
}

/** Scales a component about its centre so that its edges are `edgeLength` long on average. */
function scaleToEdgeLength(members: Int32Array, { offsets, neighbors }: Adjacency, positions: Float64Array, edgeLength: number): void {
  let total = 0;
  let count = 0;
  for (const node of members) {
    for (let k = offsets[node]!; k < offsets[node + 1]!; k += 1) {
      const other = neighbors[k]!;
      total += Math.hypot(positions[2 * node]! - positions[2 * other]!, positions[2 * node + 1]! - positions[2 * other + 1]!);
      count += 1;
    }
  }
  const mean = count > 0 ? total / count : 0;
  const factor = mean > 1e-9 ? edgeLength / mean : 1;
  for (const node of members) {
    positions[2 * node] *= factor;
    positions[2 * node + 1] *= factor;
  }
}

/**
 * Graphs with many nodes and few hops between them (most real networks) come out of MDS too
 * dense to hold their nodes at the wanted edge length: spreads such a component about its centre
 * until its extent offers about twice the room its nodes take.
 */
function spreadToFit(members: Int32Array, positions: Float64Array, sizes: Float64Array, gap: number): void {
  if (members.length < 2) return;
  let needed = 0;
  let cx = 0;
  let cy = 0;
  for (const node of members) {
    needed += (sizes[node]! + gap) ** 2;
    cx += positions[2 * node]! / members.length;
    cy += positions[2 * node + 1]! / members.length;
  }
  // Spread of the positions as the area of the ellipse holding most of them (2 standard deviations).
  let sxx = 0;
  let syy = 0;
  for (const node of members) {
    sxx += (positions[2 * node]! - cx) ** 2 / members.length;
    syy += (positions[2 * node + 1]! - cy) ** 2 / members.length;
  }
  const area = Math.PI * 4 * Math.sqrt(sxx) * Math.sqrt(syy);
  const wanted = 2 * needed;
  if (area <= 0 || area >= wanted) return;
  const factor = Math.sqrt(wanted / area);
  for (const node of members) {
    positions[2 * node] = cx + (positions[2 * node]! - cx) * factor;
    positions[2 * node + 1] = cy + (positions[2 * node + 1]! - cy) * factor;
  }
}

/**
 * Graph distances put nodes with the same neighbours (the leaves of a hub) on one spot. Those are
 * first fanned out on a sunflower spiral, then every pair still closer than their radii plus `gap`
 * is pushed apart, looking only at nearby nodes through a grid.
 */
function separateOverlaps(members: Int32Array, positions: Float64Array, sizes: Float64Array, gap: number): void {
  if (members.length < 2) return;
  let largest = 0;
  for (const node of members) largest = Math.max(largest, sizes[node]!);
  const cell = largest + gap;
  // Fan out coincident nodes.
  const spots = new Map<string, number>();
  for (const node of members) {
    const key = `${Math.round(positions[2 * node]! / (cell / 4))}:${Math.round(positions[2 * node + 1]! / (cell / 4))}`;
    const index = spots.get(key) ?? 0;
    spots.set(key, index + 1);
    if (index === 0) continue;
    const angle = index * 2.399963229728653; // golden angle
    const radius = 0.6 * cell * Math.sqrt(index);
    positions[2 * node] += radius * Math.cos(angle);
    positions[2 * node + 1] += radius * Math.sin(angle);
  }
  const count = members.length;
  const cellOf = new Int32Array(count);
  const order = new Int32Array(count);
  for (let round = 0; round < 12; round += 1) {
    // Bucket the members by grid cell (a counting sort): cellStart[c]..cellStart[c+1] in `order`.
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const node of members) {
      x1 = Math.min(x1, positions[2 * node]!);
      y1 = Math.min(y1, positions[2 * node + 1]!);
      x2 = Math.max(x2, positions[2 * node]!);
      y2 = Math.max(y2, positions[2 * node + 1]!);
    }
    const side = Math.max(cell, (x2 - x1) / 1024, (y2 - y1) / 1024);
    const columns = Math.floor((x2 - x1) / side) + 1;
    const rows = Math.floor((y2 - y1) / side) + 1;
    const cellStart = new Int32Array(columns * rows + 1);
    for (let i = 0; i < count; i += 1) {
      const node = members[i]!;
      const c = Math.floor((positions[2 * node]! - x1) / side) + columns * Math.floor((positions[2 * node + 1]! - y1) / side);
      cellOf[i] = c;
      cellStart[c + 1] += 1;
    }
    for (let c = 0; c < columns * rows; c += 1) cellStart[c + 1] += cellStart[c]!;
    const fill = cellStart.slice(0, columns * rows);
    for (let i = 0; i < count; i += 1) order[fill[cellOf[i]!]!++] = members[i]!;
    let moved = false;
    for (let i = 0; i < count; i += 1) {
      const node = members[i]!;
      const column = cellOf[i]! % columns;
      const row = (cellOf[i]! - column) / columns;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r += 1) {
        for (let c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c += 1) {
          const bucket = r * columns + c;
          for (let k = cellStart[bucket]!; k < cellStart[bucket + 1]!; k += 1) {
            const other = order[k]!;
            if (other <= node) continue;
            const ddx = positions[2 * other]! - positions[2 * node]!;
            const ddy = positions[2 * other + 1]! - positions[2 * node + 1]!;
            const distance = Math.hypot(ddx, ddy);
            const wanted = (sizes[node]! + sizes[other]!) / 2 + gap;
            if (distance >= wanted) continue;
            // Coincident after the fan-out (rare): part them along a direction set by their indexes.
            const ux = distance > 1e-9 ? ddx / distance : Math.cos(node + other);
            const uy = distance > 1e-9 ? ddy / distance : Math.sin(node + other);
            const push = (wanted - distance) / 2;
            positions[2 * node] -= ux * push;
            positions[2 * node + 1] -= uy * push;
            positions[2 * other] += ux * push;
            positions[2 * other + 1] += uy * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

interface ComponentBox {
  members: Int32Array;
  x1: number;
  y1: number;
  width: number;
  height: number;
}

function componentBox(members: Int32Array, positions: Float64Array, sizes: Float64Array): ComponentBox {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of members) {
    const radius = sizes[node]! / 2;
    x1 = Math.min(x1, positions[2 * node]! - radius);
    y1 = Math.min(y1, positions[2 * node + 1]! - radius);
    x2 = Math.max(x2, positions[2 * node]! + radius);
    y2 = Math.max(y2, positions[2 * node + 1]! + radius);
  }
  return { members, x1, y1, width: x2 - x1, height: y2 - y1 };
}

/**
 * Lays the components out in rows, largest first, in a block about as wide as it is tall, so that
 * small islands sit beside the main network instead of on top of it.
 */
function packComponents(boxes: ComponentBox[], positions: Float64Array, margin: number): void {
  if (boxes.length < 2) return;
  const area = boxes.reduce((sum, box) => sum + (box.width + margin) * (box.height + margin), 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.2, boxes[0]!.width + margin);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + margin;
      rowHeight = 0;
    }
    const dx = x - box.x1;
    const dy = y - box.y1;
    for (const node of box.members) {
      positions[2 * node] += dx;
      positions[2 * node + 1] += dy;
    }
    x += box.width + margin;
    rowHeight = Math.max(rowHeight, box.height);
  }
}

/**
 * The draft layout by node id, for nodes with a diameter and edges by node id (edges to unknown
 * nodes are ignored).
 */
export function pivotMdsPositions(
  nodes: readonly { id: string; size: number }[],
  edges: readonly { source: string; target: string }[],
  options: PivotMdsOptions = {},
): Map<string, { x: number; y: number }> {
  const index = new Map<string, number>();
  nodes.forEach((node, position) => index.set(node.id, position));
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  edges.forEach((edge, position) => {
    sources[position] = index.get(edge.source) ?? -1;
    targets[position] = index.get(edge.target) ?? -1;
  });
  const placed = pivotMdsLayout({ nodeCount: nodes.length, sources, targets, sizes: nodes.map((node) => node.size) }, options);
  return new Map(nodes.map((node, position) => [node.id, { x: placed[2 * position]!, y: placed[2 * position + 1]! }]));
}
