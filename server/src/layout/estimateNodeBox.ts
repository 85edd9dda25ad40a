import { NODE_LABEL, networkLabel, nodeSizeForDegree } from "../../../web/src/graph/nodeMetrics.ts";

/** What the layout needs to know of a node to leave room for it and its label. */
export interface LayoutNodeInput {
  type: string;
  degree: number;
  /** The labels the explorer may draw (one per interface language); the longest gets room. */
  labels: readonly (string | null | undefined)[];
}

// Average advance of a character as a share of the font size, for the sans-serif faces the
// explorer lists (Noto Sans, DejaVu Sans); Arabic letters join and run a little narrower.
const LATIN_ADVANCE = 0.56;
const ARABIC_ADVANCE = 0.5;
const LINE_HEIGHT = 1.25;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;

/**
 * The box the browser would measure around a node and its label (a circle with the label under
 * it, wrapped at the label's maximum width), estimated from the label's length because there is
 * no canvas to measure text on the server. The browser's own layout counts labels the same way
 * (fcose's nodeDimensionsIncludeLabels), so both layouts space nodes alike.
 */
export function estimateNodeBox(node: LayoutNodeInput): { width: number; height: number } {
  const size = nodeSizeForDegree(node.degree);
  const fontSize = node.type === "STATE" ? NODE_LABEL.stateFontSize : NODE_LABEL.fontSize;
  let textWidth = 0;
  for (const raw of node.labels) {
    if (!raw) continue;
    const label = networkLabel(raw);
    const arabic = label.match(ARABIC_LETTER)?.length ?? 0;
    textWidth = Math.max(textWidth, fontSize * (ARABIC_ADVANCE * arabic + LATIN_ADVANCE * (label.length - arabic)));
  }
  const lines = Math.max(1, Math.ceil(textWidth / NODE_LABEL.maxWidth));
  const padding = 2 * NODE_LABEL.backgroundPadding;
  return {
    width: Math.max(size, Math.min(textWidth, NODE_LABEL.maxWidth) + padding),
    height: size + NODE_LABEL.marginY + lines * fontSize * LINE_HEIGHT + padding,
  };
}
