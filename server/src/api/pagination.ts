import { badInput } from "./badInput.ts";

/** Largest page any list returns. */
export const MAX_PAGE = 100;
/** Deepest offset a cursor may point to; beyond it, narrow the filter instead. */
export const MAX_OFFSET = 100_000;

/** Cursors are opaque: base64url of the item's offset in the sorted list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) throw badInput("after is not a cursor returned by this API");
  return Number(m[1]) + 1;
}

/** Checks `first`/`after` and returns the offset and page size to fetch. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, dflt = 20): { offset: number; limit: number } {
  const limit = first ?? dflt;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badInput(`first must be an integer from 1 to ${MAX_PAGE}`);
  const offset = decodeCursor(after);
  if (offset > MAX_OFFSET) throw badInput(`cannot page beyond ${MAX_OFFSET} items; narrow the filter`);
  return { offset, limit };
}

/** Shapes a page of items as a connection. `totalCount` may be unknown (search). */
export function toConnection<T>(items: T[], offset: number, hasNextPage: boolean, totalCount?: number) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
