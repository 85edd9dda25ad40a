import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { Kind, parse, type EnumTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { AGREEMENT_TRIGGERS, DOMAIN_WORDS, MEETING_TRIGGERS } from "../../../server/src/extract/eventTriggers.ts";
import type { AgreementKind, AgreementStatus, MeetingKind, OrganizationKind } from "../../../server/src/extract/types.ts";
import { arabicMessages } from "../../../web/src/i18n/arabicMessages.ts";
import { englishMessages } from "../../../web/src/i18n/englishMessages.ts";
import { labelOfKind, labelOfValue, readableValue } from "../../../web/src/i18n/labelOfValue.ts";
import type { Messages } from "../../../web/src/i18n/Messages.ts";

const schemaDir = resolve(import.meta.dirname, "..", "..", "..", "schema");
const LANGUAGES: [string, Messages][] = [["en", englishMessages], ["ar", arabicMessages]];

/** Every enum the SDL defines, with its values, read from the files themselves. */
function schemaEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith(".graphql"))) {
    for (const definition of parse(readFileSync(resolve(schemaDir, file), "utf8")).definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION && definition.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      const values = (definition as EnumTypeDefinitionNode).values?.map((value) => value.name.value) ?? [];
      enums.set(definition.name.value, [...(enums.get(definition.name.value) ?? []), ...values]);
    }
  }
  return enums;
}

/** The labels the interface shows for each value of an enum it displays. */
const SHOWN_ENUMS: Record<string, (messages: Messages, value: string) => string[]> = {
  EntityType: (messages, value) => [
    (messages.entityTypes as Record<string, string>)[value] ?? "",
    (messages.entityTypesPlural as Record<string, string>)[value] ?? "",
  ],
  RelationType: (messages, value) => {
    const names = (messages.relations as Record<string, { name: string; inverseName: string } | undefined>)[value];
    return [names?.name ?? "", names?.inverseName ?? ""];
  },
};

// Enums that steer the API (arguments, sorting) or formatting, and are never shown as words.
const UNSHOWN_ENUMS = new Set(["Direction", "SortOrder", "ListSort", "DatePrecision"]);

// Compile-time completeness: a kind or status added to the extractor without a label is a type error.
const agreementKinds: Record<AgreementKind, string> = englishMessages.values.agreementKinds;
const meetingKinds: Record<MeetingKind, string> = englishMessages.values.meetingKinds;
const organizationKinds: Record<OrganizationKind, string> = englishMessages.values.organizationKinds;
const agreementStatuses: Record<AgreementStatus, string> = englishMessages.values.agreementStatuses;

describe("labels of schema and extraction values", () => {
  const enums = schemaEnums();

  it("reads the enums from the SDL", () => {
    expect(enums.get("EntityType")).toContain("AGREEMENT");
    expect(enums.get("RelationType")).toContain("PARTY_TO");
  });

  it("knows whether each schema enum is shown, so a new enum gets decided on", () => {
    const undecided = [...enums.keys()].filter((name) => !(name in SHOWN_ENUMS) && !UNSHOWN_ENUMS.has(name));
    expect(undecided).toEqual([]);
  });

  it.each(LANGUAGES)("gives every value of every shown enum a label in %s", (_language, messages) => {
    const missing = Object.entries(SHOWN_ENUMS).flatMap(([name, labelsOf]) =>
      (enums.get(name) ?? []).filter((value) => labelsOf(messages, value).some((label) => label.trim() === "")).map((value) => `${name}.${value}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)("labels every kind and domain the extractor produces in %s", (_language, messages) => {
    const agreementKindValues = new Set(Object.values(AGREEMENT_TRIGGERS).flat().map(([, kind]) => kind));
    const meetingKindValues = new Set(Object.values(MEETING_TRIGGERS).flat().map(([, kind]) => kind));
    const domainValues = new Set(DOMAIN_WORDS.map(([, domain]) => domain));
    const missing = [
      ...[...agreementKindValues].filter((kind) => !messages.values.agreementKinds[kind]?.trim()).map((kind) => `agreementKinds.${kind}`),
      ...[...meetingKindValues].filter((kind) => !messages.values.meetingKinds[kind]?.trim()).map((kind) => `meetingKinds.${kind}`),
      ...[...domainValues].filter((domain) => !(messages.values.domains as Record<string, string>)[domain]?.trim()).map((domain) => `domains.${domain}`),
    ];
    expect(missing).toEqual([]);
  });

  it("has the typed tables it checks at compile time", () => {
    for (const table of [agreementKinds, meetingKinds, organizationKinds, agreementStatuses]) {
      for (const label of Object.values(table)) expect(label.trim()).not.toBe("");
    }
  });
});

describe("labelOfValue", () => {
  it("labels known values in the interface language", () => {
    expect(labelOfValue(englishMessages, "domains", "defense")).toBe("Defense");
    expect(labelOfValue(arabicMessages, "domains", "defense")).toBe("الدفاع");
    expect(labelOfValue(arabicMessages, "agreementStatuses", "in force")).toBe("سارية");
    expect(labelOfKind(arabicMessages, "AGREEMENT", "mou")).toBe("مذكرة تفاهم");
    expect(labelOfKind(englishMessages, "MEETING", "summit")).toBe("Summit");
    expect(labelOfKind(arabicMessages, "ORGANIZATION", "ministry")).toBe("وزارة");
  });

  it("ignores case and separators, since curated values can be written any way", () => {
    expect(labelOfValue(englishMessages, "domains", "DEFENSE")).toBe("Defense");
    expect(labelOfValue(arabicMessages, "agreementStatuses", "IN_FORCE")).toBe("سارية");
    expect(labelOfValue(englishMessages, "agreementStatuses", "in-force")).toBe("In force");
  });

  it("shows unknown values in a readable form", () => {
    expect(labelOfValue(englishMessages, "domains", "CYBER_SECURITY")).toBe("cyber security");
    expect(labelOfValue(arabicMessages, "domains", "space-exploration")).toBe("space exploration");
    expect(labelOfKind(englishMessages, "MEETING", "working_lunch")).toBe("working lunch");
    expect(labelOfValue(englishMessages, "domains", "toString")).toBe("toString");
    expect(readableValue("EU")).toBe("EU");
    expect(readableValue("  Joint   Commission ")).toBe("Joint Commission");
    expect(labelOfKind(englishMessages, "STATE", "MEMBER_STATE")).toBe("member state");
  });
});
