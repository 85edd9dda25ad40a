/**
 * How big the network draws a node and its label. Pure numbers, no DOM: the stylesheet and the
 * elements read them, and so does the server when it lays out the overview ahead of the browser
 * (server/src/layout), so both leave the same room around each node.
 */

/** Node label metrics at label scale 1. */
export const NODE_LABEL = { fontSize: 12, stateFontSize: 14, maxWidth: 150, marginY: 4, backgroundPadding: 2, minZoomedFontSize: 7 } as const;

const MIN_NODE_SIZE = 22;
export const MAX_NODE_SIZE = 72;
const MAX_LABEL_LENGTH = 48;

/** Diameter in model pixels. Square-root scaling keeps hubs prominent without dwarfing leaves. */
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
