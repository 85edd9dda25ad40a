import { foldedSet } from "../normalizeForMatching.ts";

// Arabic official titles (folded spelling) with their short English equivalent, and honorifics and
// ranks that precede a name but are not part of it. Source: common usage in Arabic news agencies.
export const ARABIC_TITLES: [string, string][] = [
  ["رئيس الحكومه", "Prime Minister"], ["رئيسه الحكومه", "Prime Minister"], ["رئيس الوزراء", "Prime Minister"],
  ["رئيسه الوزراء", "Prime Minister"], ["رئيس مجلس الوزراء", "Prime Minister"], ["رئيس حكومه", "Prime Minister"],
  ["نائب رئيس مجلس الوزراء", "Deputy Prime Minister"], ["نائب رئيس الوزراء", "Deputy Prime Minister"],
  ["نائب الرئيس", "Vice President"], ["رئيس الجمهوريه", "President"], ["الرئيس", "President"], ["الرئيسان", "President"],
  ["الرؤساء", "President"], ["رئيسه", "President"], ["رئيس دوله", "President"],
  ["ولي العهد", "Crown Prince"], ["الملك", "King"], ["العاهل", "King"], ["الملكه", "Queen"], ["السلطان", "Sultan"],
  ["امير دوله", "Emir"], ["رئيس اركان الجيش", "Army Chief of Staff"], ["رئيس هيئه الاركان", "Chief of Staff"],
  ["رئيس اركان", "Chief of Staff"], ["رئيس الاركان", "Chief of Staff"], ["رئيسا الاركان", "Chief of Staff"],
  ["القائد العام", "Commander-in-Chief"], ["قائد", "Commander"], ["المفتش العام", "Inspector General"],
  ["رئيس هيئه", "Head"], ["رئيس جهاز", "Head"], ["رئيس المخابرات", "Intelligence Chief"], ["مدير المخابرات", "Intelligence Chief"],
  ["مدير", "Director"], ["سفير", "Ambassador"], ["السفير", "Ambassador"], ["سفيره", "Ambassador"],
  ["المبعوث", "Envoy"], ["مبعوث", "Envoy"], ["الموفد", "Envoy"], ["موفد", "Envoy"],
  ["المتحدث باسم", "Spokesperson"], ["الناطق باسم", "Spokesperson"], ["المتحدث الرسمي باسم", "Spokesperson"],
  ["المتحدثه باسم", "Spokesperson"], ["مستشار الامن القومي", "National Security Adviser"],
  ["رئيس مجلس النواب", "Speaker"], ["رئيس البرلمان", "Speaker"], ["رئيس مجلس السياده", "Sovereignty Council Chairman"],
  ["المستشار", "Chancellor"], ["المستشاره", "Chancellor"], ["الامين العام", "Secretary-General"], ["وكيل وزاره", "Undersecretary"],
  ["رئيس الدبلوماسيه", "Foreign Minister"], ["نظيره", "Counterpart"], ["نظيرته", "Counterpart"],
  ["امين عام", "Secretary-General"], ["امين", "Secretary"], ["المرشد الاعلي", "Supreme Leader"], ["المرشد", "Supreme Leader"],
  ["محافظ البنك المركزي", "Central Bank Governor"], ["محافظ", "Governor"], ["حاكم", "Ruler"], ["مستشار الامن الوطني", "National Security Adviser"],
  ["مستشار", "Adviser"], ["مستشاره", "Adviser"], ["نائب وزير", "Deputy Minister"], ["مساعد وزير", "Assistant Minister"],
  ["نائب امير", "Deputy Governor"], ["امير منطقه", "Governor"], ["ولي عهد", "Crown Prince"], ["رئيس مجلس القياده الرئاسي", "Presidential Council Chairman"],
  ["رئيس المجلس الرئاسي", "Presidential Council Chairman"], ["رئيس الديوان الملكي", "Chief of the Royal Court"], ["القنصل", "Consul"],
  ["قنصل", "Consul"], ["رئيس الاستخبارات", "Intelligence Chief"], ["رئيس جهاز المخابرات", "Intelligence Chief"], ["رئيس الموساد", "Intelligence Chief"],
  ["وكيل وزاره الخارجيه", "Undersecretary"], ["الامين العام لوزاره", "Secretary-General"], ["قائد الجيش", "Army Commander"],
  ["رئيس اركان القوات المسلحه", "Chief of Staff"], ["نائب رئيس الجمهوريه", "Vice President"], ["نائب الرئيس", "Vice President"],
  ["السفيره", "Ambassador"], ["المبعوثه", "Envoy"], ["المبعوث الخاص", "Special Envoy"], ["الممثل الخاص", "Special Representative"],
  ["رئيس الوفد", "Head of Delegation"], ["رئيسه الوفد", "Head of Delegation"], ["رئيس وفد", "Head of Delegation"],
];

/** Ministry words after وزير: "وزير الخارجية" -> Foreign Minister. */
export const ARABIC_MINISTRIES: [string, string][] = [
  ["الخارجيه", "Foreign"], ["خارجيه", "Foreign"], ["الشوون الخارجيه", "Foreign"], ["الدفاع", "Defense"], ["دفاع", "Defense"],
  ["الداخليه", "Interior"], ["داخليه", "Interior"], ["الطاقه", "Energy"], ["المياه", "Water"], ["الماليه", "Finance"],
  ["الاقتصاد", "Economy"], ["التجاره", "Trade"], ["الصناعه", "Industry"], ["الزراعه", "Agriculture"], ["الصحه", "Health"],
  ["النقل", "Transport"], ["العدل", "Justice"], ["الاعلام", "Information"], ["السياحه", "Tourism"], ["النفط", "Oil"],
  ["التعليم", "Education"], ["الاستثمار", "Investment"], ["البيئه", "Environment"], ["الدوله", "State"], ["الري", "Irrigation"],
];

export const ARABIC_MINISTER_WORDS = foldedSet(["وزير", "وزيره", "وزيرا", "الوزير", "الوزيره", "وزراء", "وزيري"]);

/** Honorifics and ranks before a name (left out of the name). Longest first. */
export const ARABIC_HONORIFICS: [string, string | null][] = [
  ["صاحب السمو الملكي", null], ["صاحب الجلاله", null], ["صاحب السمو", null], ["خادم الحرمين الشريفين", "King"],
  ["الفريق اول ركن", "General"], ["الفريق اول", "General"], ["الفريق ركن", "Lieutenant General"], ["الفريق", "Lieutenant General"],
  ["اللواء ركن", "Major General"], ["اللواء", "Major General"], ["العميد", "Brigadier General"], ["العقيد", "Colonel"],
  ["المشير", "Field Marshal"], ["الجنرال", "General"], ["الاميرال", "Admiral"], ["الادميرال", "Admiral"], ["الفريق البحري", "Vice Admiral"],
  ["العماد", "General"], ["المهندس", null], ["الاستاذ", null], ["السيدة", null], ["الشيخ", null], ["الشيخه", null],
  ["الامير", "Prince"], ["الاميره", "Princess"], ["الملك", "King"], ["الملكه", "Queen"], ["السلطان", "Sultan"],
  ["الدكتور", null], ["الدكتوره", null], ["السيد", null], ["السيده", null], ["سمو", null], ["جلاله", null], ["فخامه", null],
  ["معالي", null], ["سعاده", null], ["الرئيس", "President"],
];

/** Words that end an Arabic name or cannot start one: particles, time words and frequent news verbs. */
export const ARABIC_NAME_STOPWORDS = foldedSet([
  "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "لكن", "التي", "الذي", "الذين", "خلال", "بعد", "قبل", "منذ", "عند",
  "حيث", "كما", "هذا", "هذه", "ذلك", "تلك", "مساء", "صباح", "ظهر", "اليوم", "امس", "غدا", "يوم", "عام", "سنه", "لدي", "بين",
  "نحو", "حول", "ضد", "عبر", "دون", "غير", "بشان", "بحضور", "برئاسه", "بقياده", "محادثات", "وذلك", "الا", "اذا", "قد", "لقد",
  "كان", "كانت", "يكون", "تم", "ما", "لا", "لم", "لن", "هو", "هي", "هم", "انه", "انها", "قال", "اكد", "اعلن", "اوضح", "اضاف",
  "اشار", "شدد", "دعا", "افاد", "ذكر", "صرح", "كشف", "بحث", "التقي", "استقبل", "زار", "وصل", "غادر", "وقع", "اعتبر", "راي",
  "لفت", "نفي", "طالب", "هنا", "اجري", "تلقي", "ترس", "شارك", "حضر", "عقد", "يري", "يلتقي", "يختتم", "اختتم", "حل", "اجتمع",
  "استضاف", "تستضيف", "يستضيف", "وقعت", "اكدت", "قالت", "اعلنت", "زيارته", "زياره", "لزياره", "الزياره", "اثناء", "بمناسبه",
  "وفد", "رفيع", "المستوي", "الجانب", "الطرف", "البلدين", "الجانبين", "امام", "وراء", "فوق", "تحت", "ايضا", "بدعوه", "ضيفا",
  "خارج", "داخل", "منطقه", "الاسبق", "السابق", "السابقه", "الحالي", "انذاك", "حينها", "حينذاك", "المرتقب", "المرتقبه",
  // Headlines and reports put the verb right after the title or a short name, in the present tense or the dual
  // ("ولي العهد يتلقى اتصالاً", "الرئيسان يبحثان", "السلطان هيثم وجّه الدعوة"): these verbs end a name too.
  "يتلقي", "تتلقي", "يبحث", "تبحث", "يبحثان", "تبحثان", "يوكد", "توكد", "يوكدان", "يستقبل", "تستقبل", "يستقبلان", "يوقع",
  "يوقعان", "يجري", "تجري", "يجريان", "يزور", "تزور", "يدعو", "تدعو", "يدعوان", "يهني", "يشيد", "تشيد",
  "يناقش", "يناقشان", "يستعرض", "يستعرضان", "يتفق", "يتفقان", "يلتقيان", "يعقد", "يعقدان", "يشهد", "يشهدان", "يترأس",
  "يغادر", "تغادر", "يتوجه", "يتسلم", "يتبادلان", "يشارك", "يشاركان", "يختتمان", "يفتتح", "يبدا", "تبدا",
  "وجه", "هنا", "بعث", "ابرق", "ناقش", "استعرض", "تسلم", "ترأس", "تبادل", "افتتح", "بدا",
]);

export const ARABIC_NAME_CONNECTORS = foldedSet(["بن", "ابن", "بنت", "ال", "ابو", "ولد", "عبد", "ابي", "ام"]);
export const ARABIC_REGNAL = foldedSet(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]);
/** Time adverbs allowed between a title and a name ("رئيس الوزراء العراقي آنذاك عادل عبد المهدي"). */
export const ARABIC_TITLE_FILLERS = foldedSet(["انذاك", "السابق", "السابقه", "الاسبق", "الحالي", "الجديد", "حينها", "حينذاك", "المكلف", "الراحل"]);

/**
 * Common nouns that start no personal name and end one when they follow it: a title is often followed by its
 * object or complement rather than a name ("أشاد الرئيس بقرار مجلس الأمن", "عضو مجلس الوزراء", "مدير مكتب لجنة",
 * "رئيس إقليم كردستان"), and a name by the noun of the next clause ("الرئيسة ... مورمو مراسم استقبال",
 * "إلى جانب وانغ يي"). Matched on the word and on its form without و/ف/ب/ل ("بقرار" -> "قرار").
 */
export const ARABIC_NOT_NAME_NOUNS = foldedSet([
  "قرار", "قرارات", "عضو", "اعضاء", "مكتب", "لجنه", "مجلس", "اقليم", "منطقه", "ولايه", "محافظه", "مراسم", "حفل", "حفله",
  "مادبه", "جانب", "رفقه", "برفقه", "يرافقه", "يرافقها", "ترافقه", "رافقه", "رافقها", "مرافقه", "كلمه", "رساله", "دعوه",
  "اتفاق", "اتفاقيه", "معاهده", "مذكره", "اعلان", "قمه", "اجتماع", "مباحثات", "مشاورات", "جهود", "موقف", "مبادره",
  "استقبال", "وداع", "عشاء", "غداء", "جلسه", "مؤتمر", "زيارتها",
]);

/** Name connectors that need a given name before them: a name does not start with "بن", "بنت" or "آل". */
export const ARABIC_INNER_CONNECTORS = foldedSet(["بن", "بنت", "ال"]);
