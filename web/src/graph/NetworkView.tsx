import { useEffect, useRef, useState } from "react";
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeCollection, type NodeSingular } from "cytoscape";
import type { Graph } from "../api/generated/graphqlTypes.ts";
import { networkStylesheet } from "./networkStylesheet.ts";
import { registerFcose } from "./registerFcose.ts";
import { toNetworkElements } from "./toNetworkElements.ts";

declare global {
  interface Window {
    /**
     * The live Cytoscape instance. End-to-end tests read node ids and types from it, because the
     * network is drawn on a canvas and has no DOM to query. Set on mount, removed on unmount.
     */
    __cy?: Core;
  }
}

export interface NetworkViewProps {
  graph: Graph;
  selectedId: string | null;
  /** Called with the tapped node's id, or null when the background is tapped. */
  onSelect: (id: string | null) => void;
}

type LayoutStatus = "pending" | "running" | "done";

const FIT_PADDING = 48;
const MAX_LABELLED_EDGES = 12;

const LAYOUT_OPTIONS = {
  name: "fcose",
  quality: "proof",
  randomize: true,
  animate: false,
  fit: true,
  padding: FIT_PADDING,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: 9000,
  idealEdgeLength: 110,
  edgeElasticity: 0.4,
  nodeSeparation: 90,
  gravity: 0.3,
  numIter: 2500,
} as LayoutOptions;

/**
 * The one component that owns the Cytoscape instance: created on mount, destroyed on unmount,
 * and updated by element id inside `cy.batch()` when the graph or the selection change.
 */
export function NetworkView({ graph, selectedId, onSelect }: NetworkViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const viewportMovedByUserRef = useRef(false);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>("pending");

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    registerFcose();
    const cy = cytoscape({
      container,
      style: networkStylesheet(1),
      elements: [],
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    cy.on("tap", "node", (event) => onSelectRef.current(event.target.id() as string));
    cy.on("tap", (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    // Until the user pans or zooms, keep the whole network in view when the container changes
    // size (the details panel opening or closing); after that, leave their viewport alone.
    cy.on("dragpan scrollzoom pinchzoom", () => {
      viewportMovedByUserRef.current = true;
    });
    cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
    cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
    let labelScale = 1;
    let pendingFrame = 0;
    cy.on("zoom", () => {
      if (pendingFrame) return;
      pendingFrame = requestAnimationFrame(() => {
        pendingFrame = 0;
        const nextScale = labelScaleForZoom(cy.zoom());
        if (nextScale === labelScale) return;
        labelScale = nextScale;
        cy.style(networkStylesheet(labelScale));
      });
    });
    const resizeObserver = new ResizeObserver(() => {
      cy.resize();
      if (viewportMovedByUserRef.current || cy.elements().empty()) return;
      cy.stop(true, false);
      cy.fit(undefined, FIT_PADDING);
      const selected = cy.nodes(":selected").first();
      if (selected.nonempty()) frameSelection(cy, selected);
    });
    resizeObserver.observe(container);
    cyRef.current = cy;
    window.__cy = cy;
    return () => {
      cancelAnimationFrame(pendingFrame);
      resizeObserver.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const structureChanged = syncElements(cy, toNetworkElements(graph));
    if (!structureChanged) return;
    setLayoutStatus("running");
    viewportMovedByUserRef.current = false;
    const layout = cy.layout(LAYOUT_OPTIONS);
    layout.one("layoutstop", () => setLayoutStatus("done"));
    layout.run();
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const node = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
    cy.batch(() => {
      cy.elements().removeClass("faded neighbor labelled");
      cy.elements(":selected").not(node).unselect();
      if (node.empty()) return;
      node.select();
      const neighborhood = node.closedNeighborhood();
      neighborhood.addClass("neighbor");
      // Around a hub, role and title labels would pile on each other; the panel lists them anyway.
      if (neighborhood.edges().length <= MAX_LABELLED_EDGES) neighborhood.edges().addClass("labelled");
      cy.elements().not(neighborhood).addClass("faded");
    });
    if (node.nonempty()) frameSelection(cy, node);
  }, [selectedId, graph, layoutStatus]);

  const fitAll = () => {
    const cy = cyRef.current;
    if (!cy) return;
    viewportMovedByUserRef.current = false;
    cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING } }, { duration: 300 });
  };

  return (
    <div className="network">
      <div
        ref={containerRef}
        className="network__canvas"
        data-testid="network"
        data-layout={layoutStatus}
        role="region"
        aria-label="Network of states, people, organizations, agreements and meetings"
      />
      <button type="button" className="network__fit" onClick={fitAll} title="Fit the whole network in view">
        Fit
      </button>
    </div>
  );
}

/** Adds, updates and removes elements by id; returns true when nodes or edges came or went. */
function syncElements(cy: Core, elements: ElementDefinition[]): boolean {
  const wantedIds = new Set(elements.map((element) => element.data.id));
  let structureChanged = false;
  cy.batch(() => {
    const stale = cy.elements().filter((element) => !wantedIds.has(element.id()));
    if (stale.nonempty()) {
      stale.remove();
      structureChanged = true;
    }
    for (const element of elements) {
      const existing = cy.getElementById(element.data.id ?? "");
      if (existing.nonempty()) {
        existing.data(element.data);
      } else {
        cy.add(element);
        structureChanged = true;
      }
    }
  });
  return structureChanged;
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

/** Below this share of the viewport, a selected neighbourhood is zoomed into to be readable. */
const SMALL_NEIGHBORHOOD_SHARE = 0.35;
const MAX_FOCUS_ZOOM = 1;

/**
 * Brings a selected node into view: zooms onto its neighbourhood when that is too small on screen
 * to read (a hub in a dense network), else only pans to it if it is out of view.
 */
function frameSelection(cy: Core, node: NodeSingular): void {
  const neighborhood = node.closedNeighborhood();
  const box = neighborhood.renderedBoundingBox({ includeLabels: false });
  const small = box.w < cy.width() * SMALL_NEIGHBORHOOD_SHARE && box.h < cy.height() * SMALL_NEIGHBORHOOD_SHARE;
  if (small && cy.zoom() < MAX_FOCUS_ZOOM) {
    const target = fittedViewport(cy, neighborhood, FIT_PADDING * 2);
    const zoom = Math.min(target.zoom, MAX_FOCUS_ZOOM);
    if (zoom > cy.zoom()) {
      const center = neighborhood.boundingBox({ includeLabels: false });
      cy.animate(
        { zoom, pan: { x: cy.width() / 2 - zoom * (center.x1 + center.w / 2), y: cy.height() / 2 - zoom * (center.y1 + center.h / 2) } },
        { duration: 350 },
      );
      return;
    }
  }
  if (!isInView(cy, node.position())) cy.animate({ center: { eles: node } }, { duration: 300 });
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
