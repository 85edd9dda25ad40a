/** Cytoscape's viewport: zoom level and pan offset in rendered pixels. */
export interface NetworkCamera {
  zoom: number;
  pan: { x: number; y: number };
}

/** Model positions of nodes by id, rounded to whole units to keep saved views small. */
export type NodePositions = Record<string, [number, number]>;

/**
 * A request to place nodes where a saved view had them and to restore its camera. `key` changes
 * with every request so the same view can be applied twice.
 */
export interface NetworkArrangement {
  key: number;
  positions: NodePositions | null;
  camera: NetworkCamera | null;
}
