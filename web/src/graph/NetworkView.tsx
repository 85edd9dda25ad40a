import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import cytoscape, { type CollectionReturnValue, type Core, type ElementDefinition, type NodeCollection, type NodeSingular } from "cytoscape";
import type { Highlight } from "../explorer/ExplorerState.ts";
import type { LoadedGraph } from "../explorer/LoadedGraph.ts";
import type { NetworkArrangement, NetworkCamera, NodePositions } from "./NetworkCamera.ts";
import type { NetworkLayoutName } from "./NetworkLayoutName.ts";
import { FIT_PADDING, LARGE_GRAPH_DRAFT, networkLayoutOptions, usesDraftLayout } from "./networkLayoutOptions.ts";
import { MAX_NODE_SIZE, NODE_LABEL } from "./nodeMetrics.ts";
import { networkStylesheet } from "./networkStylesheet.ts";
import { pivotMdsPositions } from "./pivotMdsLayout.ts";
import { registerFcose } from "./registerFcose.ts";
import { installInitialStylingFix } from "./initialStylingFix.ts";
import { timelinePositions } from "./timelinePositions.ts";
import { toNetworkElements, type LabelLanguage } from "./toNetworkElements.ts";

declare global {
  interface Window {
    /**
     * The live Cytoscape instance. End-to-end tests and the web benchmark read nodes from it,
     * because the network is drawn on a canvas and has no DOM to query. Set on mount, removed on
     * unmount.
     */
    __cy?: Core;
  }
}

/** What the rest of the app may ask of the network, without touching Cytoscape itself. */
export interface NetworkHandle {
  camera(): NetworkCamera | null;
  positions(): NodePositions;
  /** Fits the visible graph; with `subject`, frames the found path or the selection's neighbourhood when there is one. */
  fit(subject?: boolean): void;
  /** The whole network as a PNG at twice the screen resolution. */
  exportPng(): Promise<Blob>;
  /** The whole network as SVG markup. */
  exportSvg(): Promise<string>;
}

export interface NetworkViewProps {
  graph: LoadedGraph;
  language: LabelLanguage;
  /** Ids of the nodes to draw; the others stay loaded (and laid out) but hidden. */
  visibleIds: ReadonlySet<string>;
  pinnedIds: readonly string[];
  selectedId: string | null;
  highlight: Highlight | null;
  layout: NetworkLayoutName;
  arrangement: NetworkArrangement | null;
  /** Thousands of elements: trade edge curves, arrows and label backgrounds for speed. */
  large?: boolean;
  label: string;
  fitLabel: string;
  fitTitle: string;
  /** Called with the tapped node's id, or null when the background is tapped. */
  onSelect: (id: string | null) => void;
  /** Called when a node is double-clicked: the user wants its neighbourhood. */
  onExpand: (id: string) => void;
  /** Called after the user pans or zooms (debounced), so the URL can follow the camera. */
  onViewportChanged?: () => void;
  ref?: Ref<NetworkHandle>;
}

type LayoutStatus = "pending" | "running" | "done";

const MAX_LABELLED_EDGES = 12;
const VIEWPORT_SETTLE_MS = 400;

/**
 * The one component that owns the Cytoscape instance: created on mount, destroyed on unmount,
 * and updated by element id inside `cy.batch()` when the graph, the filters, the selection or
 * the layout change.
 */
export function NetworkView(props: NetworkViewProps) {
  const { graph, language, visibleIds, pinnedIds, selectedId, highlight, layout, arrangement, large = false } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacksRef = useRef(props);
  const viewportMovedByUserRef = useRef(false);
  const visibleIdsRef = useRef(visibleIds);
  // The selection is framed once when it changes, not again when a saved camera was just restored.
  const framedSelectionRef = useRef<string | null>(null);
  // Label size for the current zoom (see labelScaleForZoom); the stylesheet is rebuilt when it changes.
  const labelScaleRef = useRef(1);
  const appliedRef = useRef<{ layout: NetworkLayoutName | null; arrangementKey: number | null }>({ layout: null, arrangementKey: null });
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>("pending");

  useEffect(() => {
    callbacksRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    performance.mark("entente:cytoscape-init-start");
    registerFcose();
    installInitialStylingFix(cytoscape);
    const cy = cytoscape({
      container,
      style: networkStylesheet(1, large),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
      // Thousands of elements: draw a cached bitmap while panning and zooming, skip edges then.
      ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {}),
    });
    cy.on("tap", "node", (event) => callbacksRef.current.onSelect(event.target.id() as string));
    cy.on("tap", (event) => {
      if (event.target === cy) callbacksRef.current.onSelect(null);
    });
    cy.on("dbltap", "node", (event) => callbacksRef.current.onExpand(event.target.id() as string));
    let settleTimer = 0;
    // Until the user pans or zooms, keep the whole network in view when the container changes
    // size (a panel opening or closing); after that, leave their viewport alone.
    cy.on("dragpan scrollzoom pinchzoom", () => {
      viewportMovedByUserRef.current = true;
    });
    cy.on("viewport", () => {
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(() => callbacksRef.current.onViewportChanged?.(), VIEWPORT_SETTLE_MS);
    });
    cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
    cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
    labelScaleRef.current = 1;
    let pendingFrame = 0;
    cy.on("zoom", () => {
      // Thousands of labels enlarged when zoomed out would be drawn at every frame: keep them
      // small there, so they only appear once zoomed in.
      if (pendingFrame || large) return;
      pendingFrame = requestAnimationFrame(() => {
        pendingFrame = 0;
        applyLabelScale(cy, cy.zoom(), labelScaleRef, large);
      });
    });
    const resizeObserver = new ResizeObserver(() => {
      cy.resize();
      if (viewportMovedByUserRef.current || cy.elements().empty()) return;
      cy.stop(true, false);
      cy.fit(cy.elements(":visible"), FIT_PADDING);
      const selected = cy.nodes(":selected").first();
      if (selected.nonempty()) frameSelection(cy, selected);
    });
    resizeObserver.observe(container);
    cyRef.current = cy;
    window.__cy = cy;
    performance.mark("entente:cytoscape-init-end");
    return () => {
      cancelAnimationFrame(pendingFrame);
      window.clearTimeout(settleTimer);
      resizeObserver.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, [large]);

  useImperativeHandle(
    props.ref,
    (): NetworkHandle => ({
      camera: () => {
        const cy = cyRef.current;
        return cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null;
      },
      positions: () => {
        const positions: NodePositions = {};
        cyRef.current?.nodes().forEach((node) => {
          const { x, y } = node.position();
          positions[node.id()] = [Math.round(x), Math.round(y)];
        });
        return positions;
      },
      fit: (subject = false) => {
        const cy = cyRef.current;
        if (!cy) return;
        viewportMovedByUserRef.current = false;
        const focus = subject ? subjectOf(cy) : cy.collection();
        if (focus.empty()) {
          cy.animate({ fit: { eles: cy.elements(":visible"), padding: FIT_PADDING } }, { duration: 300 });
          return;
        }
        // Framed like cy.fit would, but no closer than MAX_SUBJECT_ZOOM.
        const zoom = Math.min(fittedViewport(cy, focus.nodes(), FIT_PADDING).zoom, MAX_SUBJECT_ZOOM);
        animateCenteredOn(cy, focus.boundingBox({ includeLabels: true }), zoom, 300);
      },
      exportPng: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error("The network is not drawn");
        return cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" });
      },
      exportSvg: async () => {
        const cy = cyRef.current;
        if (!cy) throw new Error("The network is not drawn");
        const { default: svgExtension } = await import("cytoscape-svg");
        registerSvg(svgExtension);
        return (cy as Core & { svg(options: object): string }).svg({ full: true, scale: 1, bg: "#ffffff" });
      },
    }),
    [],
  );

  // Elements and layout: sync by id, then place what needs placing.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // This effect runs before the visibility one: hide by this render's visible set, not the last.
    visibleIdsRef.current = visibleIds;
    if (graph.nodes.size > 0) performance.mark("entente:elements-start");
    let elements = toNetworkElements({ nodes: graph.nodes.values(), edges: graph.edges.values() }, language);
    // The first graph comes with positions (the server's layout of the overview, a saved view):
    // nodes are added where they belong, rather than moved there (each move invalidates the
    // bounds of the node and its edges), and without a saved camera the label size is set for
    // the zoom the fit will end at while Cytoscape holds no element, which costs nothing, rather
    // than restyle every element once drawn.
    let placedOnAdd = false;
    // Likewise the first large graph without positions, when the default layout is wanted: its
    // draft layout needs only the node ids, sizes and edges, not Cytoscape.
    let draftedOnAdd = false;
    const firstGraph = cy.elements().empty();
    const newPositions = arrangement?.positions && arrangement.key !== appliedRef.current.arrangementKey ? arrangement.positions : null;
    if (firstGraph && !newPositions && layout === "fcose" && usesDraftLayout(graph.nodes.size, graph.edges.size)) {
      performance.mark("entente:draft-start");
      const positions = draftPositions(elements);
      performance.mark("entente:draft-end");
      elements = elements.map((element) => (element.group === "nodes" ? { ...element, position: positions.get(element.data.id ?? "") } : element));
      placedOnAdd = true;
      draftedOnAdd = true;
    } else if (firstGraph && newPositions) {
      const positions = newPositions;
      elements = elements.map((element) => {
        const position = element.group === "nodes" ? positions[element.data.id ?? ""] : undefined;
        return position ? { ...element, position: { x: position[0], y: position[1] } } : element;
      });
      placedOnAdd = elements.every((element) => element.group !== "nodes" || element.position !== undefined);
      const zoom = arrangement?.camera ? arrangement.camera.zoom : fitZoomForPositions(cy, Object.values(positions));
      if (zoom !== null) applyLabelScale(cy, zoom, labelScaleRef, large);
    }
    const { addedNodeIds } = syncElements(cy, elements);
    const applied = appliedRef.current;
    const arrangementIsNew = arrangement !== null && arrangement.key !== applied.arrangementKey;
    const layoutIsNew = layout !== applied.layout;
    if (!arrangementIsNew && !layoutIsNew && addedNodeIds.length === 0) return;
    // Nothing to place yet (still loading, or an empty graph): wait for nodes.
    if (cy.nodes().empty()) return;
    const firstLayout = applied.layout === null;
    applied.layout = layout;
    if (arrangement) applied.arrangementKey = arrangement.key;
    setLayoutStatus("running");
    // Marks for the web benchmark and the browser's performance panel.
    performance.mark("entente:layout-start");
    // Styles, label sizes and edge curves, which fcose's first bounding box would compute anyway:
    // computed first, so the performance marks tell them apart from the layout itself.
    cy.elements().boundingBox();
    performance.mark("entente:styled");
    withEveryNodeShown(cy, () => {
      const pinned = pinnedPositions(cy);
      const positions = arrangementIsNew ? arrangement.positions : null;
      if (draftedOnAdd) {
        // Placed when added.
      } else if (positions && cy.nodes().toArray().some((node) => positions[node.id()] !== undefined)) {
        if (!placedOnAdd) placeSavedPositions(cy, positions);
      } else if (!firstLayout && !layoutIsNew && !arrangementIsNew) {
        placeNearNeighbors(cy, new Set(addedNodeIds));
        runLayout(cy, layout, true, pinned);
      } else {
        runLayout(cy, layout, false, pinned);
      }
    });
    applyVisibility(cy, visibleIdsRef.current);
    if (arrangementIsNew && arrangement.camera) {
      cy.viewport({ zoom: arrangement.camera.zoom, pan: arrangement.camera.pan });
      applyLabelScale(cy, cy.zoom(), labelScaleRef, large);
      viewportMovedByUserRef.current = true;
      framedSelectionRef.current = selectedId;
    } else if (firstLayout || layoutIsNew || arrangementIsNew) {
      viewportMovedByUserRef.current = false;
      cy.fit(cy.elements(":visible"), FIT_PADDING);
      // Now rather than on the zoom event's next frame: the first frame is drawn with final labels.
      applyLabelScale(cy, cy.zoom(), labelScaleRef, large);
    } else {
      // After an expansion, bring the new nodes into view without losing the old ones.
      const addedSet = new Set(addedNodeIds);
      const added = cy.nodes().filter((node) => addedSet.has(node.id()));
      if (added.toArray().some((node) => !isInView(cy, (node as NodeSingular).position()))) cy.animate({ fit: { eles: cy.elements(":visible"), padding: FIT_PADDING } }, { duration: 300 });
    }
    performance.mark("entente:layout-end");
    cy.one("render", () => performance.mark("entente:drawn"));
    setLayoutStatus("done");
  }, [graph, language, layout, arrangement]);

  useEffect(() => {
    visibleIdsRef.current = visibleIds;
    const cy = cyRef.current;
    if (cy) applyVisibility(cy, visibleIds);
  }, [visibleIds, graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const pinned = new Set(pinnedIds);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const shouldPin = pinned.has(node.id());
        if (shouldPin && !node.locked()) node.lock().addClass("pinned");
        if (!shouldPin && node.locked()) node.unlock().removeClass("pinned");
      });
    });
  }, [pinnedIds, graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const node = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    cy.batch(() => {
      // Cytoscape restyles every element removeClass is called on, even one without the class.
      cy.elements(".faded, .neighbor, .labelled, .highlighted, .dimmed, .fresh").removeClass("faded neighbor labelled highlighted dimmed fresh");
      cy.elements(":selected").not(node).unselect();
      if (highlight) {
        const markedIds = new Set([...highlight.nodeIds, ...highlight.edgeIds]);
        const marked = cy.elements().filter((element) => markedIds.has(element.id()));
        if (highlight.kind === "path") {
          marked.addClass("highlighted");
          cy.elements().not(marked).addClass("dimmed");
        } else {
          marked.nodes().addClass("fresh");
        }
      }
      if (node.empty()) return;
      node.select();
      const neighborhood = node.closedNeighborhood();
      neighborhood.addClass("neighbor");
      // Around a hub, role and title labels would pile on each other; the panel lists them anyway.
      if (neighborhood.edges().length <= MAX_LABELLED_EDGES) neighborhood.edges().addClass("labelled");
      if (!highlight || highlight.kind !== "path") cy.elements().not(neighborhood).addClass("faded");
    });
    if (node.nonempty() && node.visible() && framedSelectionRef.current !== selectedId) frameSelection(cy, node);
    if (layoutStatus === "done") framedSelectionRef.current = selectedId;
  }, [selectedId, highlight, graph, layoutStatus]);

  return (
    <div className="network">
      <div
        ref={containerRef}
        className="network__canvas"
        data-testid="network"
        data-layout={layoutStatus}
        data-layout-name={layout}
        role="region"
        aria-label={props.label}
      />
      <button type="button" className="network__fit" onClick={() => fitAll(cyRef.current, viewportMovedByUserRef)} title={props.fitTitle}>
        {props.fitLabel}
      </button>
    </div>
  );
}

function fitAll(cy: Core | null, movedRef: { current: boolean }): void {
  if (!cy) return;
  movedRef.current = false;
  cy.animate({ fit: { eles: cy.elements(":visible"), padding: FIT_PADDING } }, { duration: 300 });
}

let svgRegistered = false;
function registerSvg(extension: cytoscape.Ext): void {
  if (svgRegistered) return;
  cytoscape.use(extension);
  svgRegistered = true;
}

/** Adds, updates and removes elements by id; answers which nodes are new. */
function syncElements(cy: Core, elements: ElementDefinition[]): { addedNodeIds: string[] } {
  if (cy.elements().empty()) {
    // The first graph: everything is new, no need to look each element up.
    if (elements.length > 0) cy.batch(() => cy.add(elements));
    return { addedNodeIds: elements.filter((element) => element.group === "nodes").map((element) => element.data.id ?? "") };
  }
  const wantedIds = new Set(elements.map((element) => element.data.id));
  const addedNodeIds: string[] = [];
  cy.batch(() => {
    const stale = cy.elements().filter((element) => !wantedIds.has(element.id()));
    if (stale.nonempty()) stale.remove();
    const toAdd: ElementDefinition[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id ?? "");
      if (existing.nonempty()) {
        // Setting data restyles the element even when nothing changed: only set what changed.
        if (dataChanged(existing.data() as Record<string, unknown>, element.data)) existing.data(element.data);
      } else {
        toAdd.push(element);
        if (element.group === "nodes") addedNodeIds.push(element.data.id ?? "");
      }
    }
    if (toAdd.length > 0) cy.add(toAdd);
  });
  return { addedNodeIds };
}

function dataChanged(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).some((key) => current[key] !== next[key]);
}

/** Hides what the filters and the time range leave out, without removing it (its place is kept). */
function applyVisibility(cy: Core, visibleIds: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const excluded = !visibleIds.has(node.id());
      if (excluded !== node.hasClass("excluded")) node.toggleClass("excluded", excluded);
    });
  });
}

/**
 * Layouts skip hidden nodes; showing every node for the (synchronous) run gives filtered-out and
 * future items a place too, so the time slider reveals them where they belong.
 */
function withEveryNodeShown(cy: Core, run: () => void): void {
  cy.nodes(".excluded").removeClass("excluded");
  run();
}

function pinnedPositions(cy: Core): { nodeId: string; position: { x: number; y: number } }[] {
  return cy.nodes(":locked").map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
}

function runLayout(
  cy: Core,
  name: NetworkLayoutName,
  incremental: boolean,
  pinned: { nodeId: string; position: { x: number; y: number } }[],
): void {
  // Locked nodes ignore new positions, which some layouts would then overlap: unlock for the run.
  const locked = cy.nodes(":locked");
  locked.unlock();
  if (name === "timeline") {
    const positions = timelinePositions(
      cy.nodes().map((node) => ({ id: node.id(), type: node.data("type") as string, date: node.data("date") as string })),
      cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
    );
    cy.nodes().forEach((node) => {
      const position = positions.get(node.id());
      if (position) node.position(position);
    });
  } else if (name === "fcose" && usesDraftLayout(cy.nodes().length, cy.edges().length)) {
    // Large or dense graphs: fcose's force iterations would take seconds to minutes on the page's
    // thread (usesDraftLayout), and even its spectral draft over a second for thousands of nodes,
    // most of it in Cytoscape collection operations; the same kind of draft on typed arrays takes a
    // tenth of that (pivotMdsLayout). It cannot refine given positions: after an expansion, new
    // nodes stay where placeNearNeighbors put them.
    if (!incremental) {
      performance.mark("entente:draft-start");
      const positions = pivotMdsPositions(
        cy.nodes().map((node) => ({ id: node.id(), size: node.data("size") as number })),
        cy.edges().map((edge) => ({ source: edge.data("source") as string, target: edge.data("target") as string })),
        LARGE_GRAPH_DRAFT,
      );
      cy.batch(() => cy.nodes().positions((node) => positions.get(node.id()) ?? node.position()));
      performance.mark("entente:draft-end");
    }
  } else {
    const options = networkLayoutOptions(name, { incremental, pinned });
    if (name === "breadthfirst") {
      const selected = cy.nodes(":selected");
      if (selected.nonempty()) Object.assign(options, { roots: selected });
    }
    cy.layout(options).run();
    if (name === "fcose") performance.mark("entente:fcose-end");
  }
  for (const { nodeId, position } of pinned) cy.getElementById(nodeId).position(position);
  locked.lock();
}

/** The large graph's draft layout over element definitions, before they are added. */
function draftPositions(elements: readonly ElementDefinition[]): Map<string, { x: number; y: number }> {
  const nodes: { id: string; size: number }[] = [];
  const edges: { source: string; target: string }[] = [];
  for (const element of elements) {
    if (element.group === "nodes") nodes.push({ id: element.data.id ?? "", size: element.data.size as number });
    else edges.push({ source: element.data.source as string, target: element.data.target as string });
  }
  return pivotMdsPositions(nodes, edges, LARGE_GRAPH_DRAFT);
}

function placeSavedPositions(cy: Core, positions: NodePositions): void {
  const unplaced = new Set<string>();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const position = positions[node.id()];
      if (position) {
        const wasLocked = node.locked();
        node.unlock().position({ x: position[0], y: position[1] });
        if (wasLocked) node.lock();
      } else {
        unplaced.add(node.id());
      }
    });
  });
  placeNearNeighbors(cy, unplaced);
}

/** Starts new nodes beside the loaded nodes they link to, so an incremental layout untangles little. */
function placeNearNeighbors(cy: Core, ids: ReadonlySet<string>): void {
  let index = 0;
  cy.batch(() => {
    for (const id of ids) {
      const node = cy.getElementById(id);
      const anchors = node.neighborhood().nodes().filter((other) => !ids.has(other.id()));
      const center = anchors.nonempty() ? anchors.boundingBox({}) : cy.elements().not(node).boundingBox({});
      const angle = index * 2.399963; // golden angle: spreads siblings evenly
      const radius = 60 + 8 * Math.sqrt(index);
      node.position({ x: center.x1 + center.w / 2 + radius * Math.cos(angle), y: center.y1 + center.h / 2 + radius * Math.sin(angle) });
      index += 1;
    }
  });
}

/**
 * Rebuilds the stylesheet when `zoom` calls for another label scale. Restyling recomputes every
 * element (a tenth of a second and more for the seed graph): not for thousands of elements, whose
 * labels stay small, nor, once there are elements, while the view is so far out that no label is
 * drawn at either scale.
 */
function applyLabelScale(cy: Core, zoom: number, labelScaleRef: { current: number }, large: boolean): void {
  if (large) return;
  const nextScale = labelScaleForZoom(zoom);
  if (nextScale === labelScaleRef.current) return;
  // Restyling no element is free: with none yet, set the scale anyway, so the check after the fit
  // finds it right whether or not labels are legible at the estimated zoom.
  const empty = cy.elements().empty();
  if (!empty && !labelsLegible(zoom, Math.max(labelScaleRef.current, nextScale))) return;
  labelScaleRef.current = nextScale;
  if (!empty) performance.mark("entente:label-restyle");
  cy.style(networkStylesheet(nextScale, large));
}

/**
 * The zoom `cy.fit` will choose for nodes at these positions, from the positions alone (no style
 * needed): the largest node and a label's height are added around them. Null without positions.
 */
function fitZoomForPositions(cy: Core, positions: readonly [number, number][]): number | null {
  if (positions.length === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Beyond the outermost centres: half a label on either side, and a node with a line of label under it.
  const width = maxX - minX + NODE_LABEL.maxWidth + MAX_NODE_SIZE;
  const height = maxY - minY + MAX_NODE_SIZE + 2 * NODE_LABEL.fontSize;
  return Math.min((cy.width() - 2 * FIT_PADDING) / width, (cy.height() - 2 * FIT_PADDING) / height);
}

/**
 * Zoomed out, labels would shrink with the graph until unreadable; enlarging them by up to 2x
 * keeps them near their nominal screen size. Quantized so the stylesheet is rebuilt only when the
 * zoom crosses a step, not on every wheel tick.
 */
function labelScaleForZoom(zoom: number): number {
  const steps = 4;
  return Math.min(2, Math.max(1, Math.round(steps / zoom) / steps));
}

/** Whether the largest node label (a state's) is drawn at this zoom and label scale: Cytoscape skips smaller ones. */
function labelsLegible(zoom: number, labelScale: number): boolean {
  return NODE_LABEL.stateFontSize * labelScale * zoom >= NODE_LABEL.minZoomedFontSize;
}

/** Below this share of the viewport, a selected neighbourhood is zoomed into to be readable. */
const SMALL_NEIGHBORHOOD_SHARE = 0.35;
const MAX_FOCUS_ZOOM = 1;
/** A presented subject is framed no closer than this: one node alone would otherwise fill the room's screen. */
const MAX_SUBJECT_ZOOM = 2;

/**
 * Brings a selected node into view: zooms onto its neighbourhood when that is too small on screen
 * to read (a hub in a dense network), else only pans to it if it is out of view.
 */
function frameSelection(cy: Core, node: NodeSingular): void {
  const neighborhood = node.closedNeighborhood().filter((element) => element.visible());
  const box = neighborhood.renderedBoundingBox({ includeLabels: false });
  const small = box.w < cy.width() * SMALL_NEIGHBORHOOD_SHARE && box.h < cy.height() * SMALL_NEIGHBORHOOD_SHARE;
  if (small && cy.zoom() < MAX_FOCUS_ZOOM) {
    const target = fittedViewport(cy, neighborhood.nodes(), FIT_PADDING * 2);
    const zoom = Math.min(target.zoom, MAX_FOCUS_ZOOM);
    if (zoom > cy.zoom()) {
      animateCenteredOn(cy, neighborhood.boundingBox({ includeLabels: false }), zoom, 350);
      return;
    }
  }
  if (!isInView(cy, node.position())) cy.animate({ center: { eles: node } }, { duration: 300 });
}

/** Moves the camera to `zoom` with the middle of `box` (model coordinates) at the middle of the screen. */
function animateCenteredOn(cy: Core, box: { x1: number; y1: number; w: number; h: number }, zoom: number, duration: number): void {
  cy.animate({ zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) } }, { duration });
}

/** What the view is about: a found path, else the selection and its neighbours (empty without either). */
function subjectOf(cy: Core): CollectionReturnValue {
  const path = cy.elements(".highlighted:visible");
  return path.nonempty() ? path : cy.elements(".neighbor:visible");
}

/** The zoom at which `elements` would fill the viewport with `padding`, like `cy.fit` would set. */
function fittedViewport(cy: Core, elements: NodeCollection, padding: number): { zoom: number } {
  const box = elements.boundingBox({ includeLabels: true });
  const zoom = Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
  return { zoom };
}

function isInView(cy: Core, position: { x: number; y: number }): boolean {
  const extent = cy.extent();
  return position.x > extent.x1 && position.x < extent.x2 && position.y > extent.y1 && position.y < extent.y2;
}
