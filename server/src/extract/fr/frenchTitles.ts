// French office words that anchor a title, mapped to a short English title.
// Source: common usage in French-language news.
export const FRENCH_TITLE_ANCHORS = new Map<string, string>([
  ["president", "President"], ["presidente", "President"], ["ministre", "Minister"], ["roi", "King"], ["reine", "Queen"],
  ["prince", "Prince"], ["emir", "Emir"], ["sultan", "Sultan"], ["chancelier", "Chancellor"], ["chanceliere", "Chancellor"],
  ["ambassadeur", "Ambassador"], ["ambassadrice", "Ambassador"], ["envoye", "Envoy"], ["porte-parole", "Spokesperson"],
  ["general", "General"], ["souverain", "King"], ["secretaire", "Secretary"], ["chef", "Chief"], ["directeur", "Director"],
  ["homologue", "Counterpart"], ["monarque", "King"],
]);

/** French ministries after "ministre": "ministre des Affaires étrangères" -> Foreign Minister. */
export const FRENCH_MINISTRIES: [RegExp, string][] = [
  [/^(?:des |de l')?affaires etrangeres/i, "Foreign Minister"], [/^(?:de la |des )?(?:defense|armees)/i, "Defense Minister"],
  [/^(?:de l')?interieur/i, "Interior Minister"], [/^(?:de l')?energie/i, "Energy Minister"], [/^(?:de l')?economie/i, "Economy Minister"],
  [/^(?:des )?finances/i, "Finance Minister"], [/^(?:du )?commerce/i, "Trade Minister"],
];
