import type { AgreementKind, Language, MeetingKind } from "./types.ts";

// Words that report an agreement or a meeting, per language (folded spelling; Arabic clitics are
// handled by the matcher). Source: common usage in Arabic, English and French news.
export const AGREEMENT_TRIGGERS: Record<Language, [string, AgreementKind][]> = {
  ar: [
    ["مذكره تفاهم", "mou"], ["مذكرات تفاهم", "mou"], ["مذكره التفاهم", "mou"], ["اتفاقيه", "agreement"], ["اتفاقيات", "agreement"],
    ["اتفاق", "agreement"], ["اتفاقات", "agreement"], ["معاهده", "treaty"], ["اعلان", "declaration"], ["البيان المشترك", "declaration"],
    ["بيان مشترك", "declaration"], ["بيان ختامي مشترك", "declaration"], ["البيان الختامي", "declaration"], ["بروتوكول", "agreement"],
    ["صفقه", "deal"], ["ميثاق", "agreement"],
  ],
  en: [
    ["memorandum of understanding", "mou"], ["memoranda of understanding", "mou"], ["memorandum", "mou"], ["mou", "mou"],
    ["agreement", "agreement"], ["agreements", "agreement"], ["treaty", "treaty"], ["treaties", "treaty"], ["accord", "accord"],
    ["accords", "accord"], ["declaration", "declaration"], ["joint statement", "declaration"], ["deal", "deal"], ["deals", "deal"],
    ["pact", "agreement"], ["protocol", "agreement"],
  ],
  fr: [
    ["protocole d'accord", "mou"], ["memorandum d'entente", "mou"], ["accord", "agreement"], ["accords", "accord"], ["traite", "treaty"],
    ["declaration", "declaration"], ["pacte", "agreement"], ["convention", "agreement"], ["communique conjoint", "declaration"],
  ],
};

export const MEETING_TRIGGERS: Record<Language, [string, MeetingKind][]> = {
  ar: [
    ["زياره", "visit"], ["زيارات", "visit"], ["زيارته", "visit"], ["زار", "visit"], ["يزور", "visit"], ["جوله", "visit"], ["وصل", "visit"],
    ["حل ضيفا", "visit"], ["قمه", "summit"], ["القمه", "summit"], ["اجتماع", "meeting"], ["الاجتماع", "meeting"], ["لقاء", "meeting"],
    ["اجتمعوا", "meeting"], ["اجتمع", "meeting"], ["التقي", "meeting"], ["مباحثات", "meeting"], ["محادثات", "meeting"], ["اتصال هاتفي", "call"],
    ["اتصالا هاتفيا", "call"], ["مكالمه هاتفيه", "call"], ["مناورات", "exercise"], ["تمرين", "exercise"], ["تدريبات مشتركه", "exercise"],
    ["مؤتمر صحفي", "meeting"], ["ندوه صحافيه", "meeting"], ["ندوه صحفيه", "meeting"], ["حفل", "meeting"], ["مؤتمر", "conference"],
  ],
  en: [
    ["visit", "visit"], ["visits", "visit"], ["visited", "visit"], ["visiting", "visit"], ["trip", "visit"], ["tour", "visit"],
    ["arrived", "visit"], ["summit", "summit"], ["meeting", "meeting"], ["met", "meeting"], ["talks", "meeting"], ["phone call", "call"],
    ["call", "call"], ["conversation", "call"], ["telephone", "call"], ["exercise", "exercise"], ["exercises", "exercise"], ["drills", "exercise"],
    ["press conference", "meeting"], ["signing ceremony", "meeting"], ["conference", "conference"],
  ],
  fr: [
    ["visite", "visit"], ["visites", "visit"], ["tournee", "visit"], ["sommet", "summit"], ["reunion", "meeting"], ["rencontre", "meeting"],
    ["entretien telephonique", "call"], ["appel telephonique", "call"], ["exercice", "exercise"], ["exercices", "exercise"],
    ["conference de presse", "meeting"], ["conference", "conference"],
  ],
};

/** Domain words around an agreement (folded, lower case; prefixes match). */
export const DOMAIN_WORDS: [RegExp, string][] = [
  [/^(عسكري|العسكري|militar|militaire)/, "military"],
  [/^(دفاع|الدفاع|defen[cs]e|defense|defensive)/, "defense"],
  [/^(امني|الامني|security|securit|الامن$|امن$)/, "security"],
  [/^(استخبار|الاستخبار|intelligence|renseignement)/, "intelligence"],
  [/^(اقتصاد|الاقتصاد|استثمار|الاستثمار|economic|economi|investment|financ|الماليه|ماليه|economique)/, "economic"],
  [/^(طاقه|الطاقه|الغاز|غاز|energy|gas|gazoduc|energie|pipeline)/, "energy"],
  [/^(مياه|المياه|water|eau$)/, "water"],
  [/^(بحري|البحري|maritime|naval)/, "maritime"],
  [/^(تجار|التجار|trade|commerc)/, "trade"],
  [/^(نووي|النووي|nuclear|nucleaire)/, "nuclear"],
  [/^(دبلوماسي|الدبلوماسي|سياسي|السياسي|diplomatic|political|politique|diplomatique)/, "diplomatic"],
];
