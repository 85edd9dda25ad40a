// Curated state surface forms that the generated gazetteer (stateGazetteer.json) lacks.
// Source: general knowledge of common usage in Arabic, English and French news (Wikipedia articles
// "List of adjectival and demonymic forms for countries and nations", "List of national capitals",
// "Metonymy" of seats of government). Each entry is common usage, not tied to one text.

/** Short names, abbreviations and informal names. caseRule "upper" means written in capitals only. */
export const STATE_ALIASES: { iso2: string; phrases: string[]; caseRule?: "any" | "capitalized" | "upper" }[] = [
  { iso2: "US", phrases: ["America", "the States"], caseRule: "capitalized" },
  { iso2: "US", phrases: ["US", "U.S", "U.S.", "USA", "U.S.A"], caseRule: "upper" },
  { iso2: "US", phrases: ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "واشنطن", "Etats-Unis", "Amérique"] },
  { iso2: "GB", phrases: ["Britain", "Great Britain", "England", "Grande-Bretagne", "Angleterre"], caseRule: "capitalized" },
  { iso2: "GB", phrases: ["UK", "U.K"], caseRule: "upper" },
  { iso2: "GB", phrases: ["بريطانيا", "المملكة المتحدة", "إنجلترا", "انكلترا"] },
  { iso2: "AE", phrases: ["Emirates", "the Emirates"], caseRule: "capitalized" },
  { iso2: "AE", phrases: ["UAE", "U.A.E", "EAU"], caseRule: "upper" },
  { iso2: "AE", phrases: ["الإمارات", "دولة الإمارات", "الامارات العربية"] },
  { iso2: "SA", phrases: ["KSA"], caseRule: "upper" },
  { iso2: "SA", phrases: ["السعودية", "المملكة العربية السعودية", "Saudi"] },
  { iso2: "CN", phrases: ["PRC"], caseRule: "upper" },
  { iso2: "KP", phrases: ["DPRK"], caseRule: "upper" },
  { iso2: "KR", phrases: ["ROK"], caseRule: "upper" },
  { iso2: "TR", phrases: ["Türkiye", "Turkiye", "تركيا"] },
  { iso2: "NL", phrases: ["Holland"], caseRule: "capitalized" },
  { iso2: "MM", phrases: ["Burma"], caseRule: "capitalized" },
  { iso2: "CI", phrases: ["Ivory Coast", "ساحل العاج", "كوت ديفوار"] },
  { iso2: "CZ", phrases: ["Czechia", "Czech Republic"] },
  { iso2: "RU", phrases: ["Russia", "روسيا", "Russie"] },
  { iso2: "SY", phrases: ["Syria", "سوريا", "سورية", "Syrie"] },
  { iso2: "PS", phrases: ["Palestine", "فلسطين", "دولة فلسطين", "الأراضي الفلسطينية", "Palestinian territories"] },
  { iso2: "IR", phrases: ["Iran", "إيران", "Persia"] },
  { iso2: "VA", phrases: ["Vatican", "Holy See", "الفاتيكان"] },
  { iso2: "OM", phrases: ["سلطنة عمان", "سلطنة عُمان"] },
  { iso2: "EH", phrases: ["الصحراء الغربية", "Western Sahara", "Sahara occidental", "الصحراء المغربية"] },
  { iso2: "AZ", phrases: ["الأذري", "الأذرية", "أذري", "أذرية", "الأذريين"] },
  { iso2: "MK", phrases: ["Macedonia", "North Macedonia"] },
  { iso2: "SZ", phrases: ["Swaziland"] },
  { iso2: "CV", phrases: ["Cape Verde"] },
  { iso2: "TL", phrases: ["East Timor"] },
  { iso2: "LY", phrases: ["Government of National Accord", "Gouvernement d'union nationale", "حكومة الوفاق"], caseRule: "capitalized" },
  { iso2: "LY", phrases: ["GNA"], caseRule: "upper" },
  { iso2: "KG", phrases: ["قرغيزستان", "قيرغيزيا", "قرغيزيا"] },
  { iso2: "KG", phrases: ["Kyrgyz", "Kirgizia"], caseRule: "capitalized" },
  { iso2: "KZ", phrases: ["Kazakh"], caseRule: "capitalized" },
  { iso2: "TJ", phrases: ["Tajik"], caseRule: "capitalized" },
  { iso2: "UZ", phrases: ["Uzbek"], caseRule: "capitalized" },
];

/** Arabic nisba adjectives and plurals that the regular rule (stem + ي) does not produce. */
export const ARABIC_NISBA_IRREGULAR: { iso2: string; stems: string[]; plurals: string[] }[] = [
  { iso2: "US", stems: ["أمريكي", "أميركي", "امريكاني"], plurals: ["الأمريكان", "الأميركان"] },
  { iso2: "SA", stems: ["سعودي"], plurals: [] },
  { iso2: "AE", stems: ["إماراتي"], plurals: [] },
  { iso2: "GB", stems: ["بريطاني", "إنجليزي", "انكليزي"], plurals: ["الإنجليز", "الانكليز"] },
  { iso2: "MA", stems: ["مغربي"], plurals: ["المغاربة"] },
  { iso2: "TR", stems: ["تركي"], plurals: ["الأتراك"] },
  { iso2: "RU", stems: ["روسي"], plurals: ["الروس"] },
  { iso2: "AF", stems: ["أفغاني"], plurals: ["الأفغان"] },
  { iso2: "PK", stems: ["باكستاني"], plurals: [] },
  { iso2: "AZ", stems: ["أذربيجاني"], plurals: [] },
  { iso2: "KR", stems: ["كوري جنوبي"], plurals: [] },
  { iso2: "KP", stems: ["كوري شمالي"], plurals: [] },
  { iso2: "ZA", stems: ["جنوب أفريقي", "جنوب إفريقي"], plurals: [] },
  { iso2: "PS", stems: ["فلسطيني"], plurals: [] },
  { iso2: "IL", stems: ["إسرائيلي"], plurals: [] },
  { iso2: "ES", stems: ["إسباني", "اسباني"], plurals: ["الإسبان"] },
  { iso2: "DE", stems: ["ألماني"], plurals: ["الألمان"] },
  { iso2: "CN", stems: ["صيني"], plurals: [] },
  { iso2: "IN", stems: ["هندي"], plurals: ["الهنود"] },
  { iso2: "GR", stems: ["يوناني"], plurals: [] },
  { iso2: "IT", stems: ["إيطالي"], plurals: [] },
  { iso2: "FR", stems: ["فرنسي"], plurals: [] },
  { iso2: "JP", stems: ["ياباني"], plurals: [] },
  { iso2: "EG", stems: ["مصري"], plurals: [] },
  { iso2: "KG", stems: ["قرغيزي", "قيرغيزي"], plurals: [] },
  { iso2: "TJ", stems: ["طاجيكي", "طاجيكستاني"], plurals: [] },
  { iso2: "UZ", stems: ["أوزبكي", "أوزبكستاني"], plurals: [] },
  { iso2: "KZ", stems: ["كازاخستاني"], plurals: [] },
  { iso2: "VN", stems: ["فيتنامي"], plurals: [] },
  { iso2: "KW", stems: ["كويتي"], plurals: [] },
];

/** Capitals used as metonymy in Arabic and French (English capitals come from world-countries). */
export const CAPITALS: { iso2: string; phrases: string[] }[] = [
  { iso2: "MA", phrases: ["الرباط"] }, { iso2: "US", phrases: ["Washington"] },
  { iso2: "EG", phrases: ["القاهرة", "Le Caire"] }, { iso2: "SD", phrases: ["الخرطوم", "Khartoum"] },
  { iso2: "SA", phrases: ["الرياض", "Riyad", "Riyadh"] }, { iso2: "AE", phrases: ["أبوظبي", "أبو ظبي", "Abou Dhabi"] },
  { iso2: "BH", phrases: ["المنامة"] }, { iso2: "QA", phrases: ["الدوحة"] }, { iso2: "OM", phrases: ["مسقط", "Mascate"] },
  { iso2: "IQ", phrases: ["بغداد", "Bagdad"] }, { iso2: "SY", phrases: ["دمشق", "Damas"] }, { iso2: "LB", phrases: ["بيروت", "Beyrouth"] },
  { iso2: "JO", phrases: ["عمّان"] }, { iso2: "IR", phrases: ["طهران", "Téhéran"] }, { iso2: "TR", phrases: ["أنقرة"] },
  { iso2: "DZ", phrases: ["Alger"] }, { iso2: "MR", phrases: ["نواكشوط"] }, { iso2: "FR", phrases: ["باريس"] },
  { iso2: "GB", phrases: ["لندن", "Londres"] }, { iso2: "RU", phrases: ["موسكو", "Moscou"] }, { iso2: "CN", phrases: ["بكين", "Pékin"] },
  { iso2: "DE", phrases: ["برلين"] }, { iso2: "ES", phrases: ["مدريد"] }, { iso2: "IT", phrases: ["روما"] },
  { iso2: "JP", phrases: ["طوكيو"] }, { iso2: "IN", phrases: ["نيودلهي", "نيو دلهي"] }, { iso2: "PK", phrases: ["إسلام آباد"] },
  { iso2: "YE", phrases: ["صنعاء"] }, { iso2: "IL", phrases: ["تل أبيب", "Tel Aviv"] }, { iso2: "GR", phrases: ["أثينا", "Athènes"] },
  { iso2: "AZ", phrases: ["باكو"] }, { iso2: "AM", phrases: ["يريفان"] }, { iso2: "UA", phrases: ["كييف", "كييڤ", "Kyiv", "Kiev"] },
  { iso2: "NG", phrases: ["أبوجا"] }, { iso2: "SN", phrases: ["داكار"] }, { iso2: "TN", phrases: ["Tunis"] },
  { iso2: "LY", phrases: ["Tripoli"] }, { iso2: "ET", phrases: ["أديس أبابا"] },
];

/** Seats of government, armies and governments that stand for a state. */
export const STATE_INSTITUTIONS: { iso2: string; phrases: string[]; caseRule?: "any" | "capitalized" | "upper" }[] = [
  { iso2: "US", phrases: ["White House", "Oval Office", "Pentagon", "State Department", "البيت الأبيض", "المكتب البيضاوي", "البنتاغون", "البنتاجون", "الخارجية الأمريكية", "Maison Blanche"] },
  { iso2: "RU", phrases: ["Kremlin", "الكرملين"] },
  { iso2: "FR", phrases: ["Elysee", "Élysée", "Quai d'Orsay", "الإليزيه"] },
  { iso2: "GB", phrases: ["Downing Street", "Whitehall"] },
  { iso2: "PH", phrases: ["Malacanang", "Malacañang"] },
  { iso2: "IL", phrases: ["جيش الاحتلال", "دولة الاحتلال", "سلطات الاحتلال", "حكومة الاحتلال", "الكيان الصهيوني", "الكيان الإسرائيلي", "Tsahal", "Israel Defense Forces", "Knesset", "الكنيست"] },
  { iso2: "IL", phrases: ["IDF"], caseRule: "upper" },
  { iso2: "MA", phrases: ["FAR"], caseRule: "upper" },
  { iso2: "MA", phrases: ["Forces armées royales", "القوات المسلحة الملكية"] },
];

/** Generated surfaces that are too ambiguous to count on their own (common words, places, people). */
export const STATE_SURFACE_EXCLUSIONS = new Set([
  "Jerusalem", "القدس", "Jérusalem", "مالي", "Male", "Victoria", "Kingston", "Georgetown", "Santiago", "San José",
  "Saint John's", "Basseterre", "Castries", "Roseau", "Nassau", "Praia", "Avarua", "Palikir", "City of Victoria",
  "Réunion", "Reunion", "Island", "Ísland", "Maurice", "Dominique", "Georgie", "Man", "Jersey", "Guernsey",
  "Congo", "Korea", "Samoa", "Virgin Islands", "Kuwait City", "Mexico City", "Sahara", "Amérique", "America",
]);

/** Longer phrases that contain a state surface but name something else (regions, seas, US states). */
export const STATE_BLOCKERS = [
  "Latin America", "South America", "North America", "Central America", "Americas", "Amérique latine", "Amérique du Sud",
  "Amérique du Nord", "New Jersey", "New Mexico", "Indian Ocean", "South China Sea", "East China Sea", "Sea of Japan",
  "Gulf of Oman", "Arabian Gulf", "Jordan River", "Jordan Valley", "Washington Post", "Washington State",
  "Georgia State", "Atlanta Georgia", "Indian Ocean", "Mexico City", "Panama Canal", "Turkish Stream",
  "أمريكا اللاتينية", "أميركا اللاتينية", "أمريكا الجنوبية", "أمريكا الشمالية", "أميركا الجنوبية", "أميركا الشمالية",
  "المغرب العربي", "بحر عمان", "خليج عمان", "المحيط الهندي", "بحر الصين الجنوبي", "بحر الصين الشرقي",
  "océan Indien", "mer de Chine", "Maghreb arabe",
];

/** Surfaces kept but read as a person when a capitalized word follows ("Jordan Henderson"). */
export const STATE_NAMES_ALSO_PERSON_NAMES = new Set(["jordan", "chad", "georgia", "israel", "kenya", "india", "china", "turkey"]);
