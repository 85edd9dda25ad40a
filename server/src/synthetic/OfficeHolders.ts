import { createRandom, deriveSeed } from "./createRandom.ts";
import { FAMILY_NAMES, GIVEN_NAMES, type NamePair } from "./syntheticNames.ts";
import type { SyntheticState } from "./syntheticStates.ts";

export type Office = "leader" | "Foreign Minister" | "Defense Minister";

interface Term { fromDay: number; name: NamePair }

const FIRST_DAY = Date.UTC(2013, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2026, 11, 31) / 86_400_000;

/**
 * Who holds an office of a state on a given day: invented officials serving terms of one and a half
 * to six years from 2013 on, drawn from the state's name region. Each state and office has its own
 * seeded stream, so the holders do not depend on which articles were generated before.
 */
export class OfficeHolders {
  private readonly terms = new Map<string, Term[]>();
  constructor(private readonly seed: number) {}

  holderOn(state: SyntheticState, office: Office, day: number): NamePair {
    const terms = this.termsOf(state, office);
    let found = terms[0]!;
    for (const t of terms) { if (t.fromDay > day) break; found = t; }
    return found.name;
  }

  private termsOf(state: SyntheticState, office: Office): Term[] {
    const key = `${state.iso2}|${office}`;
    let terms = this.terms.get(key);
    if (terms) return terms;
    const random = createRandom(deriveSeed(this.seed, key));
    terms = [];
    const used = new Set<string>();
    for (let day = FIRST_DAY - random.int(0, 700); day <= LAST_DAY; day += random.int(550, 2200)) {
      let name: NamePair;
      do {
        const given = random.pick(GIVEN_NAMES[state.region]), family = random.pick(FAMILY_NAMES[state.region]);
        name = { en: `${given.en} ${family.en}`, ar: `${given.ar} ${family.ar}` };
      } while (used.has(name.en));
      used.add(name.en);
      terms.push({ fromDay: day, name });
    }
    this.terms.set(key, terms);
    return terms;
  }
}
