import type { EntityType } from "../api/generated/graphqlTypes.ts";
import type { Messages } from "./Messages.ts";

/** The families of free-string values the interface labels (kinds, domains, statuses, roles ...). */
export type ValueFamily = keyof Messages["values"];

/**
 * The interface-language label of a value the API sends as a free string. Values come from the
 * extractor in lower case, but curation can set any string, so the lookup ignores case, `_` and
 * `-`; a value without a label is shown in a readable form rather than as a raw key.
 */
export function labelOfValue(messages: Messages, family: ValueFamily, value: string): string {
  const labels: Readonly<Record<string, string>> = messages.values[family];
  if (Object.hasOwn(labels, value)) return labels[value]!;
  const key = valueKey(value);
  return Object.hasOwn(labels, key) ? labels[key]! : readableValue(value);
}

/** The label of an agreement, meeting or organization kind; other types have no kind table. */
export function labelOfKind(messages: Messages, type: EntityType, kind: string): string {
  const family = KIND_FAMILY[type];
  return family ? labelOfValue(messages, family, kind) : readableValue(kind);
}

const KIND_FAMILY: Partial<Record<EntityType, ValueFamily>> = {
  AGREEMENT: "agreementKinds",
  MEETING: "meetingKinds",
  ORGANIZATION: "organizationKinds",
};

/** "IN_FORCE" and "in-force" are the key "in force". */
function valueKey(value: string): string {
  return value.trim().replace(/[_-]+/g, " ").replace(/\s+/g, " ").toLowerCase();
}

/** A value without a label, made readable: "JOINT_STATEMENT" reads "joint statement", "EU" stays. */
export function readableValue(value: string): string {
  const spaced = value.trim().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
  // Capitals with separators or past acronym length are a code, not a name: lower them.
  const isCode = !/\p{Ll}/u.test(spaced) && (spaced.includes(" ") || spaced.length > 4);
  return isCode ? spaced.toLowerCase() : spaced;
}
