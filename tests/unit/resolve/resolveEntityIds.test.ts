import { describe, expect, it } from "vitest";
import { resolveEntityIds } from "../../../server/src/resolve/resolveEntityIds.ts";
import type { ResolvableAgreement, ResolvableMeeting, ResolvablePerson } from "../../../server/src/resolve/ResolvableEntity.ts";

const person = (id: string, nameSkeleton: string | null, state: string | null, title: string | null = null): ResolvablePerson =>
  ({ label: "Person", id, nameSkeleton, state, title });
const agreement = (id: string, date: string | null, over: Partial<ResolvableAgreement> = {}): ResolvableAgreement =>
  ({ label: "Agreement", id, partyKey: "IL+MA", kind: "mou", date, name: null, ...over });
const meeting = (id: string, kind: string, date: string | null, over: Partial<ResolvableMeeting> = {}): ResolvableMeeting =>
  ({ label: "Meeting", id, partyKey: "IL+MA", kind, date, name: null, host: "MA", ...over });
const one = (entities: (ResolvablePerson | ResolvableAgreement | ResolvableMeeting)[], known: Parameters<typeof resolveEntityIds>[1], publishedAt: string | null = "2022-01-01") =>
  Object.fromEntries(resolveEntityIds([{ publishedAt, entities }], known)[0]!);

describe("resolveEntityIds: persons", () => {
  it("maps a person written in another script to the known node when state and title agree", () => {
    const known = [person("person:benny-gantz", "bnkns", "IL", "Defense Minister")];
    expect(one([person("person:byny-ghants", "bnkns", "IL", "Defense Minister")], known)).toEqual({ "person:byny-ghants": "person:benny-gantz" });
    expect(one([person("person:byny-ghants", "bnkns", "IL", null)], known)).toEqual({ "person:byny-ghants": "person:benny-gantz" });
  });
  it("keeps apart a namesake of another state, with another title, or without a state", () => {
    const known = [person("person:benny-gantz", "bnkns", "IL", "Defense Minister")];
    expect(one([person("person:x", "bnkns", "MA", "Defense Minister")], known)).toEqual({});
    expect(one([person("person:x", "bnkns", "IL", "Prime Minister")], known)).toEqual({});
    expect(one([person("person:x", "bnkns", null, "Defense Minister")], known)).toEqual({});
  });
  it("does not guess between two namesakes unless a title decides", () => {
    const known = [person("person:a", "mtbnslmn", "SA", "Crown Prince"), person("person:b", "mtbnslmn", "SA", null)];
    expect(one([person("person:x", "mtbnslmn", "SA", null)], known)).toEqual({});
    expect(one([person("person:x", "mtbnslmn", "SA", "Crown Prince")], known)).toEqual({ "person:x": "person:a" });
  });
  it("resolves within a batch: the second article's spelling joins the first article's person", () => {
    const maps = resolveEntityIds([
      { publishedAt: null, entities: [person("person:byny-ghants", "bnkns", "IL", "Defense Minister")] },
      { publishedAt: null, entities: [person("person:benny-gantz", "bnkns", "IL", "Defense Minister")] },
      { publishedAt: null, entities: [person("person:benny-gantz", "bnkns", "IL", null)] },
    ], []);
    expect(maps.map((m) => Object.fromEntries(m))).toEqual([{}, { "person:benny-gantz": "person:byny-ghants" }, { "person:benny-gantz": "person:byny-ghants" }]);
  });
  it("prefers an existing id over any other match", () => {
    const known = [person("person:a", "bnkns", "IL"), person("person:b", "bnkns", "IL")];
    expect(one([person("person:b", "bnkns", "IL")], known)).toEqual({});
  });
});

describe("resolveEntityIds: agreements", () => {
  it("joins reports whose dates contain one another or are within 31 days", () => {
    expect(one([agreement("agreement:x", "2021-11-24")], [agreement("agreement:k", "2021-11")])).toEqual({ "agreement:x": "agreement:k" });
    expect(one([agreement("agreement:x", "2021-12-20")], [agreement("agreement:k", "2021-11-24")])).toEqual({ "agreement:x": "agreement:k" });
    expect(one([agreement("agreement:x", "2022-02-01")], [agreement("agreement:k", "2021-11-24")])).toEqual({});
  });
  it("keeps apart other parties, other kinds and other names", () => {
    const known = [agreement("agreement:k", "2021-11", { name: "Abraham Accords" })];
    expect(one([agreement("agreement:x", "2021-11", { partyKey: "BH+IL" })], known)).toEqual({});
    expect(one([agreement("agreement:x", "2021-11", { kind: "treaty" })], known)).toEqual({});
    expect(one([agreement("agreement:x", "2021-11", { name: "Negev Forum" })], known)).toEqual({});
    expect(one([agreement("agreement:x", "2021-11", { name: "abraham accords" })], known)).toEqual({ "agreement:x": "agreement:k" });
  });
  it("picks the nearest dated candidate, and an exact date over a containing month", () => {
    const known = [agreement("agreement:early", "2021-11-02"), agreement("agreement:late", "2021-11-20")];
    expect(one([agreement("agreement:x", "2021-11-18")], known)).toEqual({ "agreement:x": "agreement:late" });
    expect(one([agreement("agreement:x", "2021-11-20")], [...known, agreement("agreement:month", "2021-11")])).toEqual({ "agreement:x": "agreement:late" });
  });
  it("joins nothing when two candidates are equally near", () => {
    const known = [agreement("agreement:early", "2021-11-02"), agreement("agreement:late", "2021-11-20")];
    expect(one([agreement("agreement:x", "2021-11")], known)).toEqual({});
  });
  it("joins an undated report only to the single agreement of its group", () => {
    expect(one([agreement("agreement:x", null)], [agreement("agreement:k", "2021-11")])).toEqual({ "agreement:x": "agreement:k" });
    expect(one([agreement("agreement:x", null)], [agreement("agreement:k", "2021-11"), agreement("agreement:j", "2019-05")])).toEqual({});
    expect(one([agreement("agreement:x", "2021-11")], [agreement("agreement:k", null)])).toEqual({ "agreement:x": "agreement:k" });
    expect(one([agreement("agreement:x", "2021-11")], [agreement("agreement:k", null), agreement("agreement:j", "2019-05")])).toEqual({});
  });
  it("does not join an undated report to an agreement signed after the article appeared", () => {
    expect(one([agreement("agreement:x", null)], [agreement("agreement:k", "2023-05")], "2022-01-01")).toEqual({});
  });
  it("never merges two agreements of one article into one node", () => {
    const map = one([agreement("agreement:x", "2021-11-24"), agreement("agreement:y", "2021-11-25")], [agreement("agreement:k", "2021-11")]);
    expect(map).toEqual({ "agreement:x": "agreement:k" });
  });
  it("refines a known date with a more precise one, as the loader does", () => {
    const maps = resolveEntityIds([
      { publishedAt: null, entities: [agreement("agreement:x", "2021-11-24")] },
      { publishedAt: null, entities: [agreement("agreement:y", "2021-12-20")] },
    ], [agreement("agreement:k", "2021-11")]);
    // The second is 26 days after the refined date: joins; against "2021-11" it would join too, so check the refinement directly.
    expect(maps.map((m) => Object.fromEntries(m))).toEqual([{ "agreement:x": "agreement:k" }, { "agreement:y": "agreement:k" }]);
    const far = resolveEntityIds([
      { publishedAt: null, entities: [agreement("agreement:x", "2021-11-01")] },
      { publishedAt: null, entities: [agreement("agreement:y", "2021-12-30")] },
    ], [agreement("agreement:k", "2021-11")]);
    expect(far.map((m) => Object.fromEntries(m))).toEqual([{ "agreement:x": "agreement:k" }, {}]);
  });
});

describe("resolveEntityIds: meetings", () => {
  it("joins a summit reported as a conference within a few days", () => {
    expect(one([meeting("meeting:x", "conference", "2022-03-28")], [meeting("meeting:k", "summit", "2022-03-27")])).toEqual({ "meeting:x": "meeting:k" });
  });
  it("keeps calls on different days and visits a week apart", () => {
    expect(one([meeting("meeting:x", "call", "2022-03-28")], [meeting("meeting:k", "call", "2022-03-27")])).toEqual({});
    expect(one([meeting("meeting:x", "visit", "2022-03-28")], [meeting("meeting:k", "visit", "2022-03-21")])).toEqual({});
    expect(one([meeting("meeting:x", "visit", "2022-03-23")], [meeting("meeting:k", "visit", "2022-03-21")])).toEqual({ "meeting:x": "meeting:k" });
  });
  it("keeps apart another host, another kind family, other participants", () => {
    const known = [meeting("meeting:k", "visit", "2022-03-27")];
    expect(one([meeting("meeting:x", "visit", "2022-03-27", { host: "IL" })], known)).toEqual({});
    expect(one([meeting("meeting:x", "visit", "2022-03-27", { host: null })], known)).toEqual({ "meeting:x": "meeting:k" });
    expect(one([meeting("meeting:x", "exercise", "2022-03-27")], known)).toEqual({});
    expect(one([meeting("meeting:x", "visit", "2022-03-27", { partyKey: "IL+MA+US" })], known)).toEqual({});
  });
});

describe("resolveEntityIds: one office under two titles", () => {
  it("joins the US Secretary of State of an English report with the Foreign Minister of an Arabic one", () => {
    const known = [person("person:jyms-byanky", "kmsbnk", "US", "Foreign Minister")];
    expect(one([person("person:james-bianchi", "kmsbnk", "US", "Secretary of State")], known)).toEqual({ "person:james-bianchi": "person:jyms-byanky" });
    expect(one([person("person:james-bianchi", "kmsbnk", "US", "Defense Secretary")], known)).toEqual({});
  });
});
