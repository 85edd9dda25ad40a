import { createRequire } from "node:module";
import type { StateGazetteerEntry } from "../data/generate-gazetteer.ts";
import {
  ARABIC_NISBA_IRREGULAR, CAPITALS, STATE_ALIASES, STATE_BLOCKERS, STATE_INSTITUTIONS, STATE_SURFACE_EXCLUSIONS,
} from "../data/stateAliases.ts";
import { PhraseMatcher, phraseKeys, type CaseRule } from "./PhraseMatcher.ts";

export type StateSurfaceKind = "name" | "demonym" | "capital" | "alias" | "institution";

/** What a gazetteer phrase stands for; iso2 "" marks a blocker (a region or sea containing a state name). */
export interface StateHit {
  iso2: string;
  kind: StateSurfaceKind;
}

const require = createRequire(import.meta.url);
const gazetteer = require("../data/stateGazetteer.json") as StateGazetteerEntry[];

export const STATES_BY_ISO2: ReadonlyMap<string, StateGazetteerEntry> = new Map(gazetteer.map((e) => [e.iso2, e]));

// Nisba endings: masculine, feminine, plurals and duals ("مصري مصرية مصريون مصريين مصريان").
const NISBA_SUFFIXES = ["", "ه", "ون", "ين", "ان", "تان", "تين", "ات"];

/** Regular Arabic nisba stem of a one-word country name: المغرب -> مغربي, فرنسا -> فرنسي, روسيا -> روسي. */
export function arabicNisbaStem(name: string): string | null {
  const keys = phraseKeys(name);
  if (keys.length !== 1) return null;
  const n = keys[0]!;
  if (n.length < 3) return null;
  if (n.endsWith("يا") && n.length > 4) return n.slice(0, -2) + "ي";
  if (n.endsWith("ا")) return n.slice(0, -1) + "ي";
  if (n.endsWith("ه") || n.endsWith("ي") || n.endsWith("و")) return null;
  return n + "ي";
}

let cached: PhraseMatcher<StateHit> | null = null;

/** The state phrase matcher for all languages, built once per process. */
export function stateMatcher(): PhraseMatcher<StateHit> {
  if (cached) return cached;
  const m = new PhraseMatcher<StateHit>();
  const surfaceOwners = new Map<string, Set<string>>();
  const pending: { phrase: string; hit: StateHit; rule: CaseRule }[] = [];
  const add = (phrase: string, hit: StateHit, rule: CaseRule) => {
    if (STATE_SURFACE_EXCLUSIONS.has(phrase)) return;
    const key = phraseKeys(phrase).join(" ");
    if (!key) return;
    (surfaceOwners.get(key) ?? surfaceOwners.set(key, new Set()).get(key)!).add(hit.iso2);
    pending.push({ phrase, hit, rule });
  };
  for (const e of gazetteer) {
    for (const n of [...e.names.en, ...e.names.fr]) add(n, { iso2: e.iso2, kind: "name" }, "capitalized");
    for (const n of e.names.ar) add(n, { iso2: e.iso2, kind: "name" }, "any");
    for (const d of e.demonyms.en) add(d, { iso2: e.iso2, kind: "demonym" }, "capitalized");
    // French writes adjectives of nationality in lower case ("le président nigérian").
    for (const d of e.demonyms.fr) add(d, { iso2: e.iso2, kind: "demonym" }, "any");
    if (e.independent) for (const c of e.capitals) if (c.length >= 4) add(c, { iso2: e.iso2, kind: "capital" }, "capitalized");
    for (const n of e.names.ar) {
      const stem = arabicNisbaStem(n);
      if (stem) for (const s of NISBA_SUFFIXES) add(stem + s, { iso2: e.iso2, kind: "demonym" }, "any");
    }
  }
  // A generated surface shared by two states ("Congo", "Dominican") is dropped: it decides nothing. Shared by one
  // sovereign state and territories only ("French": France and the French Southern Territories), it is the state's.
  const independent = new Set(gazetteer.filter((e) => e.independent).map((e) => e.iso2));
  const owner = new Map([...surfaceOwners].map(([k, owners]) => {
    const sovereign = [...owners].filter((o) => independent.has(o));
    return [k, owners.size === 1 ? [...owners][0]! : sovereign.length === 1 ? sovereign[0]! : null] as const;
  }));
  for (const p of pending) if (owner.get(phraseKeys(p.phrase).join(" ")) === p.hit.iso2) m.add(p.phrase, p.hit, p.rule);

  for (const a of STATE_ALIASES) for (const p of a.phrases) m.add(p, { iso2: a.iso2, kind: "alias" }, a.caseRule ?? "any");
  for (const n of ARABIC_NISBA_IRREGULAR) {
    for (const stem of n.stems) for (const s of NISBA_SUFFIXES) m.add(stem + s, { iso2: n.iso2, kind: "demonym" }, "any");
    for (const p of n.plurals) m.add(p, { iso2: n.iso2, kind: "demonym" }, "any");
  }
  for (const c of CAPITALS) for (const p of c.phrases) m.add(p, { iso2: c.iso2, kind: "capital" }, "capitalized");
  for (const i of STATE_INSTITUTIONS) for (const p of i.phrases) m.add(p, { iso2: i.iso2, kind: "institution" }, i.caseRule ?? "capitalized");
  for (const b of STATE_BLOCKERS) m.add(b, { iso2: "", kind: "alias" }, "any");
  cached = m;
  return m;
}
