import type { StylesheetJson } from "cytoscape";
import type { EntityType, RelationType } from "../api/generated/graphqlTypes.ts";
import { NODE_LABEL } from "./nodeMetrics.ts";
import { NODE_TYPE_STYLES } from "./nodeTypeStyles.ts";
import { RELATION_TYPE_STYLES } from "./relationTypeStyles.ts";

/**
 * Cytoscape draws labels on a canvas, so CSS web fonts do not apply: list system fonts with
 * Arabic glyphs first so Arabic labels are shaped, not drawn as boxes.
 */
export const NETWORK_FONT_FAMILY = '"Noto Sans Arabic", "Noto Sans", "DejaVu Sans", "Segoe UI", Tahoma, sans-serif';

export const NODE_BORDER_WIDTH = 2;

const nodeTypeRules: StylesheetJson = (Object.keys(NODE_TYPE_STYLES) as EntityType[]).map((type) => {
  const style = NODE_TYPE_STYLES[type];
  return {
    selector: `node[type = "${type}"]`,
    style: { shape: style.shape, "background-color": style.color, "border-color": style.borderColor },
  };
});

const relationTypeRules: StylesheetJson = (Object.keys(RELATION_TYPE_STYLES) as RelationType[]).map((type) => {
  const style = RELATION_TYPE_STYLES[type];
  return {
    selector: `edge[type = "${type}"]`,
    style: { "line-color": style.color, "target-arrow-color": style.color, "line-style": style.lineStyle },
  };
});

/**
 * Zoomed out, a full network has more labels than room: the further out, the fewer non-state
 * nodes keep their label (only the better connected ones); the others show on hover and when
 * their neighbourhood is selected. States always keep theirs: they orient the reader.
 */
function declutterBelowDegree(labelScale: number): number {
  if (labelScale <= 1.25) return 0;
  if (labelScale <= 1.5) return 3;
  if (labelScale <= 1.75) return 5;
  return 8;
}

/**
 * The network's stylesheet: per node type, per relationship type, then selection states.
 * `labelScale` enlarges labels in model units when the view is zoomed out, so they stay
 * readable on screen instead of shrinking with the graph (see NetworkView).
 */
export function networkStylesheet(labelScale: number, large = false): StylesheetJson {
  // Cytoscape applies every property of every matching rule to each element, and each one costs
  // (it dominates the first draw of thousands of elements): rules carry only what differs from
  // Cytoscape's defaults and what the element can show. Large graphs get their values directly
  // rather than through overriding rules, and edge text properties sit with the edge labels.
  // Fading into the background animates; coming back is instant. Transition properties on every
  // element would cost a seventh of the first styling pass (measured on the seed graph).
  const fade = large ? {} : { "transition-property": "opacity", "transition-duration": 150 };
  return [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-family": NETWORK_FONT_FAMILY,
      "font-size": NODE_LABEL.fontSize * labelScale,
      color: "#0f172a",
      "text-valign": "bottom",
      "text-margin-y": NODE_LABEL.marginY * labelScale,
      "text-wrap": "wrap",
      "text-max-width": `${NODE_LABEL.maxWidth * labelScale}px`,
      // Thousands of nodes: small labels only once legible, without a background.
      ...(large
        ? { "min-zoomed-font-size": LARGE_GRAPH_MIN_ZOOMED_FONT_SIZE }
        : {
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.85,
            "text-background-padding": `${NODE_LABEL.backgroundPadding}px`,
            "text-background-shape": "roundrectangle",
            "min-zoomed-font-size": NODE_LABEL.minZoomedFontSize,
          }),
      "border-width": NODE_BORDER_WIDTH,
    },
  },
  ...nodeTypeRules,
  { selector: 'node[type = "STATE"]', style: { "font-size": NODE_LABEL.stateFontSize * labelScale, "font-weight": "bold" } },
  {
    selector: "edge",
    // Thousands of edges: straight, thin, without arrows.
    style: large
      ? { width: 1, "curve-style": "haystack", opacity: 0.7 }
      : { width: "mapData(sourceCount, 1, 6, 1.5, 5)", "curve-style": "straight", "target-arrow-shape": "triangle", "arrow-scale": 0.8, opacity: 0.7 },
  },
  // Two or more edges between the same nodes fan out as curves. A lone edge is straight either way,
  // but as "bezier" Cytoscape would look for its parallels when styling and drawing it: on the seed
  // graph, styling took 16% longer with every edge bundled (in-page A/B, warm runs).
  ...(large ? [] : [{ selector: "edge[?bundled]", style: { "curve-style": "bezier" as const } }]),
  ...relationTypeRules,
  {
    selector: "edge.labelled, edge.highlighted",
    style: {
      "font-family": NETWORK_FONT_FAMILY,
      "font-size": 10 * labelScale,
      color: "#334155",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
    },
  },
  {
    selector: "node:selected",
    style: {
      "border-width": 4,
      "border-color": "#0f172a",
      "underlay-color": "#facc15",
      "underlay-opacity": 0.6,
      "underlay-padding": 8,
      "underlay-shape": "ellipse",
      "z-index": 20,
    },
  },
  { selector: ".faded", style: { opacity: 0.25, "text-opacity": 0.4, ...fade } },
  // No label at all rather than a transparent one: Cytoscape measures, places and draws even an
  // invisible label (removing them took a sixth off styling and drawing the seed graph, in-page A/B).
  {
    selector: `node[type != "STATE"][degree < ${declutterBelowDegree(labelScale)}]`,
    style: { label: "" },
  },
  { selector: "node.hover, node.neighbor, node:selected", style: { label: "data(label)", "text-opacity": 1 } },
  { selector: "node.neighbor", style: { "z-index": 10 } },
  { selector: "edge.neighbor", style: { opacity: 1, "z-index": 10 } },
  // Role and title labels only on the selected node's edges, where they cannot clutter the view.
  { selector: "edge.labelled", style: { label: "data(label)" } },
  { selector: ".excluded", style: { display: "none" } },
  { selector: "node.pinned", style: { "border-style": "double", "border-width": 6 } },
  { selector: ".dimmed", style: { opacity: 0.12, "text-opacity": 0.2, ...fade } },
  {
    selector: "node.highlighted",
    style: { "underlay-color": "#f59e0b", "underlay-opacity": 0.55, "underlay-padding": 10, "underlay-shape": "ellipse", label: "data(label)", "text-opacity": 1, "z-index": 30 },
  },
  { selector: "edge.highlighted", style: { width: 6, "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", opacity: 1, "z-index": 30, label: "data(label)" } },
  {
    selector: "node.fresh",
    style: { "underlay-color": "#22c55e", "underlay-opacity": 0.6, "underlay-padding": 10, "underlay-shape": "ellipse", label: "data(label)", "text-opacity": 1, "z-index": 25 },
  },
  ];
}

/** Labels of thousands of nodes are drawn from this size on screen only. */
const LARGE_GRAPH_MIN_ZOOMED_FONT_SIZE = 12;
