import { useEffect, useRef, useState } from "react";
import type { EntityDetails, NodeDetailsData } from "../../api/nodeDetailsQuery.ts";
import type { EntityType, GraphNode } from "../../api/generated/graphqlTypes.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { describeApiError } from "../../describeApiError.ts";
import { EntityFacts } from "./EntityFacts.tsx";
import { EvidenceSentence } from "./EvidenceSentence.tsx";
import { RelationshipGroups } from "./RelationshipGroups.tsx";
import { useEntityDetails } from "./useEntityDetails.ts";

export interface DetailsPanelProps {
  selectedId: string;
  /** Nodes of the network, to name states referenced by ISO code. */
  nodesById: ReadonlyMap<string, GraphNode>;
  onSelect: (id: string) => void;
  onClose: () => void;
}

const ENTITY_TYPE_BY_TYPENAME: Record<EntityDetails["__typename"], EntityType> = {
  State: "STATE",
  Person: "PERSON",
  Organization: "ORGANIZATION",
  Agreement: "AGREEMENT",
  Meeting: "MEETING",
};

/** The selected entity: its names, facts, relationships and the sentences that state them. */
export function DetailsPanel({ selectedId, nodesById, onSelect, onClose }: DetailsPanelProps) {
  const details = useEntityDetails(selectedId);
  const panelRef = useRef<HTMLElement>(null);
  // While the next entity loads, the previous one stays on screen, dimmed, instead of a blank panel.
  const [previous, setPrevious] = useState<NodeDetailsData | null>(null);
  if (details.status === "success" && details.data !== previous) setPrevious(details.data);
  const shown = details.status === "success" ? details.data : details.status === "loading" ? previous : null;

  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  return (
    <aside
      ref={panelRef}
      className="details"
      data-testid="details-panel"
      aria-label="Details"
      aria-busy={details.status === "loading"}
    >
      <button type="button" className="details__close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      {details.status === "loading" && !shown && <p className="status">Loading details…</p>}
      {details.status === "error" && (
        <p className="status status--error" role="alert">
          Could not load details: {describeApiError(details.error)}
        </p>
      )}
      {shown && (
        <div className={details.status === "loading" ? "details__body details__body--stale" : "details__body"}>
          {shown.node === null || shown.node.__typename === "Article" ? (
            <p className="status">Nothing to show for {selectedId}.</p>
          ) : (
            <EntityDetailsView
              entity={shown.node}
              networkNode={nodesById.get(shown.node.id)}
              nodesById={nodesById}
              onSelect={onSelect}
            />
          )}
        </div>
      )}
    </aside>
  );
}

interface EntityDetailsViewProps {
  entity: EntityDetails;
  networkNode: GraphNode | undefined;
  nodesById: ReadonlyMap<string, GraphNode>;
  onSelect: (id: string) => void;
}

function EntityDetailsView({ entity, networkNode, nodesById, onSelect }: EntityDetailsViewProps) {
  const type = ENTITY_TYPE_BY_TYPENAME[entity.__typename];
  const style = NODE_TYPE_STYLES[type];
  const title = "name" in entity && entity.name ? entity.name : "label" in entity ? entity.label : entity.id;
  // The network labels a node in its own language; show it when the heading uses another one.
  const ownLabel = networkNode && networkNode.label !== title ? networkNode.label : null;
  // "Agreement · agreement" says nothing twice: show the kind only when it refines the type.
  const kind = "kind" in entity && entity.kind.toLowerCase() !== style.name.toLowerCase() ? entity.kind : null;
  return (
    <>
      <header className="details__header">
        <p className="details__type">
          <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
          {style.name}
          {kind && <span className="muted"> · {kind}</span>}
        </p>
        <h2 className="details__title">
          <bdi>{title}</bdi>
          {ownLabel && (
            <>
              {" "}
              <bdi className="details__own-label">{ownLabel}</bdi>
            </>
          )}
        </h2>
      </header>
      <EntityFacts entity={entity} nodesById={nodesById} onSelect={onSelect} />
      <section>
        <h3 className="details__section-title">Relationships</h3>
        <RelationshipGroups relationships={entity.relationships} onSelect={onSelect} />
      </section>
      <details className="mentions" open={entity.relationships.length === 0}>
        <summary className="details__section-title">Mentions ({entity.mentions.length})</summary>
        {entity.mentions.map((evidence, index) => (
          <EvidenceSentence key={`${evidence.articleId}:${evidence.spanStart}:${index}`} evidence={evidence} />
        ))}
      </details>
    </>
  );
}
