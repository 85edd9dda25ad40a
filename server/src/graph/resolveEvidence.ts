import type { ManagedTransaction } from "neo4j-driver";
import type { EvidenceRow } from "./findEntity.ts";

interface Ref { a: string; s: number; e: number; ss: number; se: number }

/** Parses "articleId|start|end|spanStart|spanEnd" (see articleToGraphRows.encodeEvidence). */
export function decodeEvidence(encoded: string): Ref | null {
  const p = encoded.split("|");
  if (p.length < 5) return null;
  const [s, e, ss, se] = p.slice(1, 5).map(Number) as [number, number, number, number];
  return [s, e, ss, se].every(Number.isFinite) ? { a: p[0]!, s, e, ss, se } : null;
}

/** Cuts the sentences of many encoded evidence strings from their articles in one statement. */
export async function resolveEvidence(tx: ManagedTransaction, encoded: Iterable<string>): Promise<Map<string, EvidenceRow>> {
  const refs = new Map<string, Ref>();
  for (const enc of encoded) {
    const d = decodeEvidence(enc);
    if (d) refs.set(enc, d);
  }
  const byKey = new Map<string, EvidenceRow>();
  if (refs.size === 0) return byKey;
  const slices = await tx.run(
    `UNWIND $refs AS ref
     MATCH (a:Article {id: ref.a})
     RETURN ref.k AS k, a.title AS title, a.language AS language, a.publishedAt AS publishedAt,
            substring(a.text, ref.s, ref.e - ref.s) AS sentence`,
    { refs: [...refs.entries()].map(([k, r]) => ({ k, a: r.a, s: r.s, e: r.e })) },
  );
  for (const r of slices.records) {
    const ref = refs.get(r.get("k"))!;
    byKey.set(r.get("k"), {
      articleId: ref.a, articleTitle: r.get("title"), language: r.get("language"), publishedAt: r.get("publishedAt"),
      sentence: r.get("sentence"), start: ref.s, end: ref.e, spanStart: ref.ss, spanEnd: ref.se,
    });
  }
  return byKey;
}
