import type { ResolvablePerson } from "./ResolvableEntity.ts";
import { sameOffice } from "./sameOffice.ts";

/**
 * Whether two person records can be one official: the same cross-script name skeleton, the same
 * state (both known: the skeleton alone is too coarse across countries) and no conflicting title
 * (titles of one office under different names agree).
 */
export function samePerson(a: ResolvablePerson, b: ResolvablePerson): boolean {
  if (!a.nameSkeleton || a.nameSkeleton !== b.nameSkeleton) return false;
  if (!a.state || a.state !== b.state) return false;
  return !a.title || !b.title || sameOffice(a.title, b.title);
}
