import type { RelationshipDetails as Relationship } from "../../api/nodeDetailsQuery.ts";
import { RELATION_TYPE_STYLES } from "../../graph/relationTypeStyles.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { EvidenceSentence } from "./EvidenceSentence.tsx";
import { groupRelationships } from "./groupRelationships.ts";
import { labelOfKind, labelOfValue } from "../../i18n/labelOfValue.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { labelIn } from "../../graph/toNetworkElements.ts";
import { NodeLink } from "./NodeLink.tsx";

/** Sentences shown per relationship before the rest fold away, so hubs stay scannable. */
const EVIDENCE_SHOWN = 2;

export interface RelationshipGroupsProps {
  relationships: readonly Relationship[];
  onSelect: (id: string) => void;
}

/** The entity's relationships grouped by type, each with the other node and its evidence. */
export function RelationshipGroups({ relationships, onSelect }: RelationshipGroupsProps) {
  const messages = useMessages();
  if (relationships.length === 0) return <p className="muted">{messages.details.noRelationships}</p>;
  return (
    <div className="relationships">
      {groupRelationships(relationships).map((group) => {
        const style = RELATION_TYPE_STYLES[group.type];
        const names = messages.relations[group.type];
        const heading = group.direction === "OUT" ? names.name : names.inverseName;
        return (
          <section key={`${group.type}:${group.direction}`} className="relationships__group">
            <h3 className="relationships__heading">
              <span className="relationships__swatch" style={{ borderColor: style.color, borderStyle: style.lineStyle }} />
              {capitalize(heading)} <span className="muted">({group.relationships.length})</span>
            </h3>
            <ul className="relationships__list">
              {group.relationships.map((relationship, index) => (
                <RelationshipItem key={`${relationship.other.id}:${index}`} relationship={relationship} onSelect={onSelect} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function RelationshipItem({ relationship, onSelect }: { relationship: Relationship; onSelect: (id: string) => void }) {
  const { other } = relationship;
  const { language, messages } = useLanguage();
  const details = [
    relationship.role && labelOfValue(messages, "roles", relationship.role),
    relationship.title,
    other.kind && labelOfKind(messages, other.type, other.kind),
    other.date && formatPartialDate(other.date),
  ].filter(Boolean);
  return (
    <li className="relationship">
      <div className="relationship__summary">
        <NodeLink id={other.id} type={other.type} label={labelIn(other, language)} onSelect={onSelect} />
        {details.length > 0 && <span className="relationship__details">{details.join(" · ")}</span>}
        <span className="relationship__sources" title={messages.details.sourcesTitle}>
          {messages.details.sources(relationship.sourceCount)}
        </span>
      </div>
      {relationship.evidence.slice(0, EVIDENCE_SHOWN).map((evidence, index) => (
        <EvidenceSentence key={`${evidence.articleId}:${evidence.start}:${index}`} evidence={evidence} />
      ))}
      {relationship.evidence.length > EVIDENCE_SHOWN && (
        <details className="relationship__more">
          <summary>{messages.details.moreSentences(relationship.evidence.length - EVIDENCE_SHOWN)}</summary>
          {relationship.evidence.slice(EVIDENCE_SHOWN).map((evidence, index) => (
            <EvidenceSentence key={`${evidence.articleId}:${evidence.start}:${index}`} evidence={evidence} />
          ))}
        </details>
      )}
    </li>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
