import { parseSavedViewState, type SavedViewState } from "./SavedViewState.ts";

const HASH_PREFIX = "#s=";

/**
 * The state as a URL hash: JSON without node positions, as base64url of its UTF-8 bytes, so a
 * link carries filters, time, selection, camera and expansions even for an unsaved view.
 */
export function encodeViewHash(state: SavedViewState): string {
  const { positions: _positions, ...rest } = state;
  const bytes = new TextEncoder().encode(JSON.stringify(rest));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return HASH_PREFIX + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The state a hash carries, or null when the hash is not one (or is damaged). */
export function decodeViewHash(hash: string): SavedViewState | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  try {
    const base64 = hash.slice(HASH_PREFIX.length).replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return parseSavedViewState(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}
