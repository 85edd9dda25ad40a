import type { ResolvableEntity } from "../resolve/ResolvableEntity.ts";
import type { GraphRows } from "./articleToGraphRows.ts";

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);

/** What resolution compares of a node, from its properties as the loader writes them. */
export function toResolvableEntity(label: string, id: string, props: Record<string, unknown>): ResolvableEntity | null {
  switch (label) {
    case "Person":
      return { label, id, nameSkeleton: str(props.nameSkeleton), state: str(props.stateIso2), title: str(props.title) };
    case "Agreement":
      return { label, id, partyKey: String(props.partyKey ?? ""), kind: String(props.kind ?? ""), date: str(props.signedOn), name: str(props.name) };
    case "Meeting":
      return {
        label, id, partyKey: String(props.partyKey ?? ""), kind: String(props.kind ?? ""), date: str(props.startDate),
        name: str(props.name), host: str(props.hostIso2),
      };
    default:
      return null;
  }
}

/** The resolvable entities of one article's rows, persons first, in extraction order. */
export function resolvableEntitiesOf(rows: GraphRows): ResolvableEntity[] {
  return (["Person", "Agreement", "Meeting"] as const).flatMap((label) =>
    rows.nodes[label].map((n) => toResolvableEntity(label, n.id, n.props)).filter((e): e is ResolvableEntity => e !== null));
}
