import type { GraphRows, MentionRow, NodeRow, RelRow } from "./articleToGraphRows.ts";

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * One article's rows with extracted ids replaced by the ids resolution chose. Rows that now name
 * the same node are merged (aliases, keys, spans and evidence united), and a relationship whose
 * two ends became one node is dropped.
 */
export function remapGraphRows(rows: GraphRows, remap: ReadonlyMap<string, string>): GraphRows {
  if (remap.size === 0) return rows;
  const to = (id: string) => remap.get(id) ?? id;
  const nodes = Object.fromEntries(Object.entries(rows.nodes).map(([label, list]) => {
    const byId = new Map<string, NodeRow>();
    for (const n of list) {
      const id = to(n.id);
      const prev = byId.get(id);
      if (prev) byId.set(id, { ...prev, aliases: unique([...prev.aliases, ...n.aliases]), keys: unique([...prev.keys, ...n.keys]) });
      else byId.set(id, { ...n, id });
    }
    return [label, [...byId.values()]];
  })) as GraphRows["nodes"];
  const mentions = new Map<string, MentionRow>();
  for (const m of rows.mentions) {
    const id = to(m.id);
    const prev = mentions.get(id);
    if (prev) mentions.set(id, { id, spans: [...prev.spans, ...m.spans], evidence: unique([...prev.evidence, ...m.evidence]) });
    else mentions.set(id, { ...m, id });
  }
  const rels = Object.fromEntries(Object.entries(rows.rels).map(([type, list]) => {
    const byKey = new Map<string, RelRow>();
    for (const r of list) {
      const from = to(r.from), target = to(r.to);
      if (from === target) continue;
      const key = `${from}|${target}`;
      const prev = byKey.get(key);
      if (prev) byKey.set(key, { ...prev, confidence: Math.max(prev.confidence, r.confidence), evidence: unique([...prev.evidence, ...r.evidence]) });
      else byKey.set(key, { ...r, from, to: target });
    }
    return [type, [...byKey.values()]];
  })) as GraphRows["rels"];
  return { article: rows.article, nodes, rels, mentions: [...mentions.values()] };
}
