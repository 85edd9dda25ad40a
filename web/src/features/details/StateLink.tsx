import type { GraphNode } from "../../api/generated/graphqlTypes.ts";
import { NodeLink } from "./NodeLink.tsx";

export interface StateLinkProps {
  iso2: string;
  nodesById: ReadonlyMap<string, GraphNode>;
  onSelect: (id: string) => void;
}

/** A state named by its ISO code, labelled from the network's nodes when it is drawn there. */
export function StateLink({ iso2, nodesById, onSelect }: StateLinkProps) {
  const id = `state:${iso2}`;
  const node = nodesById.get(id);
  const label = node ? `${node.labelEn ?? node.label} (${iso2})` : iso2;
  return <NodeLink id={id} type="STATE" label={label} onSelect={onSelect} />;
}
