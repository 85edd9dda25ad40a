import { createHash } from "node:crypto";

/** A short deterministic id from content parts, so the same event in two articles tends to meet. */
export function stableId(prefix: string, parts: (string | null | undefined)[]): string {
  const key = parts.map((p) => p ?? "").join("|");
  return `${prefix}:${createHash("sha1").update(key).digest("hex").slice(0, 16)}`;
}
