import { STATES_BY_ISO2 } from "../extract/stateLexicon.ts";

/** Where a state's invented officials' names come from. */
export type NameRegion = "arab" | "western" | "russian" | "chinese" | "japanese" | "southAsian" | "turkish" | "iranian" | "israeli";

/** The office that speaks for a state at summits, in English and in Arabic. */
export type LeaderOffice = "President" | "King" | "Emir" | "Sultan" | "Prime Minister" | "Chancellor";

export interface SyntheticState {
  iso2: string;
  /** English short name, demonym and capital: from the state gazetteer (server/src/data). */
  en: string;
  adjective: string;
  capital: string;
  /** Arabic name (gazetteer), masculine definite nisba and capital (written here: the gazetteer has Latin capitals only). */
  ar: string;
  nisba: string;
  capitalAr: string;
  leader: LeaderOffice;
  region: NameRegion;
  /** English titles where the state's ministers are not "Foreign Minister" / "Defense Minister". */
  titles: { "Foreign Minister"?: string; "Defense Minister"?: string };
}

// iso2, Arabic nisba, Arabic capital, leader office, name region. Source: common Arabic press usage.
const TABLE: [string, string, string, LeaderOffice, NameRegion][] = [
  ["MA", "المغربي", "الرباط", "King", "arab"], ["DZ", "الجزائري", "الجزائر العاصمة", "President", "arab"],
  ["TN", "التونسي", "تونس العاصمة", "President", "arab"], ["LY", "الليبي", "طرابلس", "Prime Minister", "arab"],
  ["EG", "المصري", "القاهرة", "President", "arab"], ["SD", "السوداني", "الخرطوم", "President", "arab"],
  ["SA", "السعودي", "الرياض", "King", "arab"], ["AE", "الإماراتي", "أبوظبي", "President", "arab"],
  ["QA", "القطري", "الدوحة", "Emir", "arab"], ["BH", "البحريني", "المنامة", "King", "arab"],
  ["KW", "الكويتي", "الكويت", "Emir", "arab"], ["OM", "العماني", "مسقط", "Sultan", "arab"],
  ["JO", "الأردني", "عمّان", "King", "arab"], ["IQ", "العراقي", "بغداد", "Prime Minister", "arab"],
  ["LB", "اللبناني", "بيروت", "Prime Minister", "arab"], ["TR", "التركي", "أنقرة", "President", "turkish"],
  ["IR", "الإيراني", "طهران", "President", "iranian"], ["IL", "الإسرائيلي", "تل أبيب", "Prime Minister", "israeli"],
  ["US", "الأمريكي", "واشنطن", "President", "western"], ["RU", "الروسي", "موسكو", "President", "russian"],
  ["CN", "الصيني", "بكين", "President", "chinese"], ["FR", "الفرنسي", "باريس", "President", "western"],
  ["DE", "الألماني", "برلين", "Chancellor", "western"], ["GB", "البريطاني", "لندن", "Prime Minister", "western"],
  ["IT", "الإيطالي", "روما", "Prime Minister", "western"], ["ES", "الإسباني", "مدريد", "Prime Minister", "western"],
  ["IN", "الهندي", "نيودلهي", "Prime Minister", "southAsian"], ["PK", "الباكستاني", "إسلام آباد", "Prime Minister", "southAsian"],
  ["JP", "الياباني", "طوكيو", "Prime Minister", "japanese"], ["GR", "اليوناني", "أثينا", "Prime Minister", "western"],
];

// Where English wire copy says it otherwise than the gazetteer's short names.
const CAPITAL_EN: Record<string, string> = { IL: "Jerusalem", DZ: "Algiers", KW: "Kuwait City", IN: "New Delhi", US: "Washington" };
const NAME_EN: Record<string, string> = { AE: "the United Arab Emirates", IR: "Iran", US: "the United States", RU: "Russia", CN: "China", TR: "Turkey", GB: "Britain" };
const ADJECTIVE_EN: Record<string, string> = { SA: "Saudi", US: "U.S." };
const TITLES_EN: Record<string, SyntheticState["titles"]> = {
  US: { "Foreign Minister": "Secretary of State", "Defense Minister": "Defense Secretary" },
  GB: { "Foreign Minister": "Foreign Secretary", "Defense Minister": "Defence Secretary" },
  IN: { "Foreign Minister": "External Affairs Minister" },
};
const NAME_AR: Record<string, string> = { AE: "الإمارات" };

/** The states the synthetic news is about: real states, names from the gazetteer. */
export const SYNTHETIC_STATES: readonly SyntheticState[] = TABLE.map(([iso2, nisba, capitalAr, leader, region]) => {
  const g = STATES_BY_ISO2.get(iso2);
  if (!g) throw new Error(`state ${iso2} is not in the gazetteer`);
  return {
    iso2, en: NAME_EN[iso2] ?? g.en, adjective: ADJECTIVE_EN[iso2] ?? g.demonyms.en[0] ?? g.en,
    capital: CAPITAL_EN[iso2] ?? g.capitals[0] ?? g.en, ar: NAME_AR[iso2] ?? g.ar, nisba, capitalAr, leader, region,
    titles: TITLES_EN[iso2] ?? {},
  };
});
