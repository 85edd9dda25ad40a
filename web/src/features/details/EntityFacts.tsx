import type { ReactNode } from "react";
import type { EntityDetails } from "../../api/nodeDetailsQuery.ts";
import type { LocalizedName, PartialDate } from "../../api/generated/graphqlTypes.ts";
import type { ExplorerNode as GraphNode } from "../../explorer/LoadedGraph.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { textDirection } from "../../text/textDirection.ts";
import { labelOfValue } from "../../i18n/labelOfValue.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { StateLink } from "./StateLink.tsx";

export interface EntityFactsProps {
  entity: EntityDetails;
  nodesById: ReadonlyMap<string, GraphNode>;
  onSelect: (id: string) => void;
}

/**
 * The entity's own facts as a definition list; only facts the API knows are shown. The kind is
 * left to the panel's header, next to the type.
 */
export function EntityFacts({ entity, nodesById, onSelect }: EntityFactsProps) {
  const messages = useMessages();
  const labels = messages.details.facts;
  const stateLink = (iso2: string) => <StateLink key={iso2} iso2={iso2} nodesById={nodesById} onSelect={onSelect} />;
  const facts: [string, ReactNode][] = [];
  switch (entity.__typename) {
    case "State":
      facts.push([labels.isoCode, entity.iso2]);
      facts.push([labels.names, <Names names={entity.names} />]);
      break;
    case "Person":
      facts.push([labels.names, <Names names={entity.names} />]);
      if (entity.title) facts.push([labels.title, entity.title]);
      if (entity.stateIso2) facts.push([labels.state, stateLink(entity.stateIso2)]);
      break;
    case "Organization":
      facts.push([labels.names, <Names names={entity.names} />]);
      if (entity.stateIso2) facts.push([labels.state, stateLink(entity.stateIso2)]);
      break;
    case "Agreement":
      if (entity.nameInText) facts.push([labels.name, <bdi>{entity.nameInText}</bdi>]);
      if (entity.signedOn) facts.push([labels.signed, <DateValue date={entity.signedOn} />]);
      if (entity.status) facts.push([labels.status, labelOfValue(messages, "agreementStatuses", entity.status)]);
      if (entity.domains.length > 0) facts.push([labels.domains, entity.domains.map((domain) => labelOfValue(messages, "domains", domain)).join(messages.details.listSeparator)]);
      if (entity.partyIso2.length > 0) facts.push([labels.parties, <Inline>{entity.partyIso2.map(stateLink)}</Inline>]);
      break;
    case "Meeting":
      if (entity.nameInText) facts.push([labels.name, <bdi>{entity.nameInText}</bdi>]);
      if (entity.startDate) facts.push([entity.endDate ? labels.from : labels.date, <DateValue date={entity.startDate} />]);
      if (entity.endDate) facts.push([labels.to, <DateValue date={entity.endDate} />]);
      if (entity.hostIso2) facts.push([labels.host, stateLink(entity.hostIso2)]);
      if (entity.participantIso2.length > 0) {
        facts.push([labels.participants, <Inline>{entity.participantIso2.map(stateLink)}</Inline>]);
      }
      break;
  }
  if (entity.aliases.length > 0) {
    facts.push([labels.alsoWritten, <Inline>{entity.aliases.map((alias) => <bdi key={alias} className="alias">{alias}</bdi>)}</Inline>]);
  }
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className="facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Names({ names }: { names: LocalizedName[] }) {
  return (
    <ul className="names">
      {names.map((name) => (
        <li key={`${name.lang}:${name.value}`}>
          <span className="names__lang">{name.lang}</span>
          <span lang={name.lang} dir={textDirection(name.lang)}>
            {name.value}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DateValue({ date }: { date: PartialDate }) {
  return <time dateTime={date.value}>{formatPartialDate(date.value, date.precision)}</time>;
}

function Inline({ children }: { children: ReactNode }) {
  return <span className="inline-list">{children}</span>;
}
