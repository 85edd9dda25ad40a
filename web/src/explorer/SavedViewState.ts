import type { EntityType } from "../api/generated/graphqlTypes.ts";
import type { NetworkCamera, NodePositions } from "../graph/NetworkCamera.ts";
import { isNetworkLayoutName, type NetworkLayoutName } from "../graph/NetworkLayoutName.ts";
import { OVERVIEW_BASE, type ExplorerBase } from "./ExplorerBase.ts";
import type { ExplorerState } from "./ExplorerState.ts";
import type { NetworkFilters } from "./NetworkFilters.ts";
import { ALL_TIME, type TimeRange } from "./TimeRange.ts";

/**
 * The explorer as a saved view keeps it (the `state` JSON of SavedView, and the URL hash):
 * enough to rebuild the same picture, not the graph data itself, which is fetched again.
 */
export interface SavedViewState {
  version: 1;
  base: ExplorerBase;
  expanded: { id: string; depth: number }[];
  hidden: string[];
  pinned: string[];
  filters: NetworkFilters;
  time: TimeRange;
  selected: string | null;
  layout: NetworkLayoutName;
  camera: NetworkCamera | null;
  /** Node positions; absent in the URL hash, where they would not fit. */
  positions?: NodePositions;
}

/** The saved form of the explorer's current state, with the network's camera and positions. */
export function toSavedViewState(
  explorer: ExplorerState,
  camera: NetworkCamera | null,
  positions?: NodePositions,
): SavedViewState {
  return {
    version: 1,
    base: explorer.base,
    expanded: explorer.expansions.map(({ id, depth }) => ({ id, depth })),
    hidden: explorer.hiddenIds,
    pinned: explorer.pinnedIds,
    filters: explorer.filters,
    time: explorer.time,
    selected: explorer.selectedId,
    layout: explorer.layout,
    camera,
    ...(positions ? { positions } : {}),
  };
}

const ENTITY_TYPES: readonly EntityType[] = ["STATE", "PERSON", "ORGANIZATION", "AGREEMENT", "MEETING", "ARTICLE"];

/**
 * Reads a saved state written by this or an older client, or typed into a URL by hand: unknown
 * or malformed fields fall back to their defaults rather than failing the whole view.
 */
export function parseSavedViewState(input: unknown): SavedViewState {
  if (!isRecord(input)) throw new Error("A saved view's state must be a JSON object");
  const filters = isRecord(input.filters) ? input.filters : {};
  const time = isRecord(input.time) ? input.time : {};
  return {
    version: 1,
    base: parseBase(input.base),
    expanded: Array.isArray(input.expanded)
      ? input.expanded.filter(isRecord).flatMap((item) =>
          typeof item.id === "string" ? [{ id: item.id, depth: clampDepth(item.depth) }] : [],
        )
      : [],
    hidden: stringList(input.hidden),
    pinned: stringList(input.pinned),
    filters: {
      hiddenTypes: stringList(filters.hiddenTypes).filter((type): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type)),
      hiddenKinds: stringList(filters.hiddenKinds),
      domains: stringList(filters.domains),
      states: stringList(filters.states),
    } satisfies NetworkFilters,
    time: {
      from: typeof time.from === "string" ? time.from : null,
      to: typeof time.to === "string" ? time.to : null,
      granularity: time.granularity === "month" ? "month" : ALL_TIME.granularity,
      // Views saved before the window mode existed have no playback: they played cumulatively.
      playback: time.playback === "window" ? "window" : ALL_TIME.playback,
    },
    selected: typeof input.selected === "string" ? input.selected : null,
    layout: isNetworkLayoutName(input.layout) ? input.layout : "fcose",
    camera: parseCamera(input.camera),
    ...(isRecord(input.positions) ? { positions: parsePositions(input.positions) } : {}),
  };
}

function parseBase(value: unknown): ExplorerBase {
  if (isRecord(value) && value.kind === "focus" && typeof value.id === "string") {
    return { kind: "focus", id: value.id, depth: clampDepth(value.depth) };
  }
  return OVERVIEW_BASE;
}

function parseCamera(value: unknown): NetworkCamera | null {
  if (!isRecord(value) || !isRecord(value.pan)) return null;
  const { zoom } = value;
  const { x, y } = value.pan;
  if (![zoom, x, y].every((n) => typeof n === "number" && Number.isFinite(n)) || (zoom as number) <= 0) return null;
  return { zoom: zoom as number, pan: { x: x as number, y: y as number } };
}

function parsePositions(value: Record<string, unknown>): NodePositions {
  const positions: NodePositions = {};
  for (const [id, position] of Object.entries(value)) {
    if (Array.isArray(position) && position.length === 2 && position.every((n) => typeof n === "number" && Number.isFinite(n))) {
      positions[id] = [position[0] as number, position[1] as number];
    }
  }
  return positions;
}

function clampDepth(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) ? Math.min(3, Math.max(1, value)) : 1;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
