import type { ExplorerNode as GraphNode } from "../../explorer/LoadedGraph.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
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
  const { language } = useLanguage();
  const name = node ? ((language === "ar" ? node.labelAr : node.labelEn) ?? node.label) : null;
  const label = name ? `${name} (${iso2})` : iso2;
  return <NodeLink id={id} type="STATE" label={label} onSelect={onSelect} />;
}
