import type { ManagedTransaction } from "neo4j-driver";
import type { ResolvableEntity } from "../resolve/ResolvableEntity.ts";
import { LOADER_CYPHER } from "./loaderCypher.ts";
import { toResolvableEntity } from "./toResolvableEntity.ts";

export interface ResolutionCandidates {
  /** Existing persons, agreements and meetings an incoming entity may be. */
  candidates: ResolvableEntity[];
  /** Properties of every node found, by id: the nodes the batch names and the candidates. */
  props: Map<string, Record<string, unknown>>;
}

/**
 * In one round trip: the existing nodes with the batch's ids, and the nodes sharing a person's name
 * skeleton or an agreement's or meeting's party key (each through its index, see applyMigrations).
 */
export async function findResolutionCandidates(tx: ManagedTransaction, ids: string[], entities: ResolvableEntity[]): Promise<ResolutionCandidates> {
  const keys = (label: string) => [...new Set(entities.flatMap((e) =>
    e.label !== label ? [] : e.label === "Person" ? (e.nameSkeleton ? [e.nameSkeleton] : []) : [e.partyKey]))];
  const res = await tx.run(
    `${LOADER_CYPHER}
     UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, labels(n) AS labels, n {.*} AS props
     UNION
     UNWIND $skeletons AS k MATCH (n:Person {nameSkeleton: k}) USING INDEX n:Person(nameSkeleton) RETURN n.id AS id, labels(n) AS labels, n {.*} AS props
     UNION
     UNWIND $agreementKeys AS k MATCH (n:Agreement {partyKey: k}) USING INDEX n:Agreement(partyKey) RETURN n.id AS id, labels(n) AS labels, n {.*} AS props
     UNION
     UNWIND $meetingKeys AS k MATCH (n:Meeting {partyKey: k}) USING INDEX n:Meeting(partyKey) RETURN n.id AS id, labels(n) AS labels, n {.*} AS props`,
    { ids, skeletons: keys("Person"), agreementKeys: keys("Agreement"), meetingKeys: keys("Meeting") },
  );
  const candidates: ResolvableEntity[] = [];
  const props = new Map<string, Record<string, unknown>>();
  for (const r of res.records) {
    const id = r.get("id") as string;
    if (props.has(id)) continue;
    const p = r.get("props") as Record<string, unknown>;
    props.set(id, p);
    const label = (r.get("labels") as string[]).find((l) => l === "Person" || l === "Agreement" || l === "Meeting");
    const e = label ? toResolvableEntity(label, id, p) : null;
    if (e) candidates.push(e);
  }
  return { candidates, props };
}
