/** The layouts a user can pick: force-directed, rings by degree, tree, and dated items along x. */
export type NetworkLayoutName = "fcose" | "concentric" | "breadthfirst" | "timeline";

export const NETWORK_LAYOUT_NAMES: readonly NetworkLayoutName[] = ["fcose", "concentric", "breadthfirst", "timeline"];

export function isNetworkLayoutName(value: unknown): value is NetworkLayoutName {
  return typeof value === "string" && (NETWORK_LAYOUT_NAMES as readonly string[]).includes(value);
}
