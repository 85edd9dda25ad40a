// Generates stateGazetteer.json from installed packages: i18n-iso-countries (ar, en, fr names),
// world-countries (alt spellings, demonyms, capitals, Arabic translation) and Node's Intl.DisplayNames.
// Run: npx tsx server/src/data/generate-gazetteer.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } };
  translations: Record<string, { common: string; official: string }>;
}
const worldCountries = require("world-countries") as WorldCountry[];
for (const lang of ["ar", "en", "fr"]) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

export interface StateGazetteerEntry {
  iso2: string;
  independent: boolean;
  en: string;
  ar: string;
  fr: string;
  names: { en: string[]; ar: string[]; fr: string[] };
  demonyms: { en: string[]; fr: string[] };
  capitals: string[];
}

const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && x.trim().length > 0).map((x) => x.trim()))];
const display = Object.fromEntries(["ar", "en", "fr"].map((l) => [l, new Intl.DisplayNames([l], { type: "region" })]));

function plural(d: string): string[] {
  // English and French demonyms take -s in the plural unless they already end in a sibilant.
  return /(s|sh|ch|x|z|ese)$/i.test(d) ? [d] : [d, d + "s"];
}

const entries: StateGazetteerEntry[] = [];
const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
for (const iso2 of Object.keys(countries.getAlpha2Codes()).sort()) {
  const wc = byCode.get(iso2);
  const all = (lang: string) => (countries.getNames(lang, { select: "all" }) as Record<string, string[]>)[iso2] ?? [];
  const en = uniq([...all("en"), display.en!.of(iso2), wc?.name.common, wc?.name.official,
    ...(wc?.altSpellings ?? []).filter((s) => s.length > 3 && !/^[A-Z.]+$/.test(s))]);
  const ar = uniq([...all("ar"), display.ar!.of(iso2), wc?.translations.ara?.common, wc?.translations.ara?.official]);
  const fr = uniq([...all("fr"), display.fr!.of(iso2), wc?.translations.fra?.common, wc?.translations.fra?.official]);
  const dEn = wc?.demonyms?.eng ? uniq([wc.demonyms.eng.m, wc.demonyms.eng.f]).flatMap(plural) : [];
  const dFr = wc?.demonyms?.fra ? uniq([wc.demonyms.fra.m, wc.demonyms.fra.f]).flatMap(plural) : [];
  entries.push({
    iso2,
    independent: wc?.independent ?? false,
    en: countries.getName(iso2, "en", { select: "official" }) ?? en[0]!,
    ar: countries.getName(iso2, "ar", { select: "official" }) ?? ar[0]!,
    fr: countries.getName(iso2, "fr", { select: "official" }) ?? fr[0]!,
    names: { en, ar, fr },
    demonyms: { en: uniq(dEn), fr: uniq(dFr) },
    capitals: uniq(wc?.capital ?? []),
  });
}
const out = fileURLToPath(new URL("./stateGazetteer.json", import.meta.url));
writeFileSync(out, JSON.stringify(entries) + "\n");
console.log(`wrote ${entries.length} states to ${out}`);
