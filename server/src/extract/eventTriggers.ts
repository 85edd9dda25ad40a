import type { AgreementKind, Language, MeetingKind } from "./types.ts";

// Words that report an agreement or a meeting, per language (folded spelling; Arabic clitics are
// handled by the matcher). Source: common usage in Arabic, English and French news.
export const AGREEMENT_TRIGGERS: Record<Language, [string, AgreementKind][]> = {
  ar: [
    ["مذكره تفاهم", "mou"], ["مذكرات تفاهم", "mou"], ["مذكره التفاهم", "mou"], ["اتفاقيه", "agreement"], ["اتفاقيات", "agreement"],
    ["اتفاق", "agreement"], ["اتفاقات", "agreement"], ["معاهده", "treaty"], ["اعلان", "declaration"], ["اعلانا", "declaration"], ["البيان المشترك", "declaration"],
    ["بيان مشترك", "declaration"], ["بيان ختامي مشترك", "declaration"], ["البيان الختامي", "declaration"], ["بروتوكول", "agreement"],
    ["صفقه", "deal"], ["ميثاق", "agreement"], ["مذكرتي تفاهم", "mou"], ["مذكرتا تفاهم", "mou"], ["اتفاقيتين", "agreement"],
    ["اتفاقيتي", "agreement"], ["اتفاقيتان", "agreement"], ["معاهدات", "treaty"], ["بروتوكولات", "agreement"], ["خطاب نوايا", "mou"],
    ["بيانا مشتركا", "declaration"], ["بيانا ختاميا", "declaration"], ["بيان ختامي", "declaration"], ["اتفاقا", "agreement"],
    // A partnership is an instrument only when named or signed (see PARTNERSHIP in findAgreements.ts).
    ["الشراكه", "agreement"], ["شراكه", "agreement"],
  ],
  en: [
    ["memorandum of understanding", "mou"], ["memoranda of understanding", "mou"], ["memorandums of understanding", "mou"], ["memorandums", "mou"], ["memorandum", "mou"], ["mou", "mou"],
    ["agreement", "agreement"], ["agreements", "agreement"], ["treaty", "treaty"], ["treaties", "treaty"], ["accord", "accord"],
    ["accords", "accord"], ["declaration", "declaration"], ["joint statement", "declaration"], ["deal", "deal"], ["deals", "deal"],
    ["pact", "agreement"], ["protocol", "agreement"], ["pacts", "agreement"], ["memoranda", "mou"], ["mous", "mou"],
    ["letter of intent", "mou"], ["joint communique", "declaration"], ["protocols", "agreement"], ["joint leaders statement", "declaration"],
    ["joint vision statement", "declaration"], ["joint final statement", "declaration"], ["final communique", "declaration"], ["final declaration", "declaration"],
    ["partnership", "agreement"],
  ],
  fr: [
    ["protocole d'accord", "mou"], ["memorandum d'entente", "mou"], ["accord", "agreement"], ["accords", "accord"], ["traite", "treaty"],
    ["declaration", "declaration"], ["pacte", "agreement"], ["convention", "agreement"], ["communique conjoint", "declaration"],
    ["traites", "treaty"], ["protocole", "agreement"], ["memorandum", "mou"], ["memorandum d'accord", "mou"], ["lettre d'intention", "mou"],
    ["partenariat", "agreement"],
  ],
};

export const MEETING_TRIGGERS: Record<Language, [string, MeetingKind][]> = {
  ar: [
    ["زياره", "visit"], ["زيارات", "visit"], ["زيارته", "visit"], ["زار", "visit"], ["يزور", "visit"], ["جوله", "visit"], ["وصل", "visit"],
    ["حل ضيفا", "visit"], ["قمه", "summit"], ["القمه", "summit"], ["اجتماع", "meeting"], ["الاجتماع", "meeting"], ["لقاء", "meeting"],
    ["اجتمعوا", "meeting"], ["اجتمع", "meeting"], ["التقي", "meeting"], ["مباحثات", "meeting"], ["محادثات", "meeting"], ["اتصال هاتفي", "call"],
    ["اتصالا هاتفيا", "call"], ["مكالمه هاتفيه", "call"], ["مناورات", "exercise"], ["تمرين", "exercise"], ["تدريبات مشتركه", "exercise"],
    ["مؤتمر صحفي", "meeting"], ["ندوه صحافيه", "meeting"], ["ندوه صحفيه", "meeting"], ["حفل", "meeting"], ["مؤتمر", "conference"],
    ["زارت", "visit"], ["تزور", "visit"], ["زيارتها", "visit"], ["توجه الي", "visit"], ["يحل ضيفا", "visit"],
    ["استقبل", "meeting"], ["استقبلت", "meeting"], ["يستقبل", "meeting"], ["بحث مع", "meeting"], ["بحث", "meeting"], ["يبحث", "meeting"], ["بحثا", "meeting"], ["تباحث", "meeting"],
    ["يلتقي", "meeting"], ["التقت", "meeting"], ["اللقاء", "meeting"], ["المباحثات", "meeting"], ["المحادثات", "meeting"],
    ["تلقي اتصالا", "call"], ["اجري اتصالا", "call"],
    // The noun first, then its verb: "غداة اتصال أجراه ولي العهد مع الرئيس الفلسطيني", "اتصالاً تلقاه من".
    ["اتصال اجراه", "call"], ["اتصالا اجراه", "call"], ["اتصال اجرته", "call"], ["اتصالا اجرته", "call"], ["اتصال تلقاه", "call"], ["اتصالا تلقاه", "call"], ["اتصال تلقته", "call"], ["اتصالا تلقته", "call"], ["مكالمه", "call"], ["اتصالا هاتفيا", "call"], ["اتصال هاتفي", "call"],
    ["الاتصال الهاتفي", "call"], ["مناورات عسكريه", "exercise"], ["مناوره", "exercise"],
    // "ردّت أسمرة بإرسال وفد إلى أديس أبابا": sending a delegation somewhere is a visit (only with a destination).
    // A session of a joint body: "أشغال الدورة الخامسة للجنة العليا المشتركة" (only so, see findMeetings).
    ["الدوره", "meeting"], ["دوره", "meeting"],
    ["جلسه مغلقه", "meeting"], ["زيارتين", "visit"], ["زيارتان", "visit"], ["ارسال وفد", "visit"], ["ارسل وفدا", "visit"], ["ارسلت وفدا", "visit"], ["اوفد", "visit"], ["اوفدت", "visit"],
    // Indefinite accusative ("سيعقد الوزيران اجتماعاً") and plural calls.
    ["اجتماعا", "meeting"], ["لقاءات", "meeting"], ["اجتماعات", "meeting"], ["اتصالات هاتفيه", "call"], ["مباحثات هاتفيه", "call"],
    // Later stops of a trip: "حطّ في دمشق", "انتقل إلى الدوحة", "ثم إلى مسقط" (visits only where a destination follows).
    ["حط", "visit"], ["حطت", "visit"], ["انتقل الي", "visit"], ["انتقلت الي", "visit"], ["ثم الي", "visit"], ["اتجه الي", "visit"],
    // The same verbs with the traveller or the day between verb and destination: "انتقل عراقجي الخميس إلى الدوحة", "توجه أمس إلى بغداد".
    ["انتقل", "visit"], ["انتقلت", "visit"], ["توجه", "visit"], ["توجهت", "visit"], ["اتجه", "visit"], ["اتجهت", "visit"],
    // A handshake or a brief word is an encounter: "صافح أردوغان زيلينسكي", "تبادلا مصافحة وحديثاً قصيراً".
    ["صافح", "meeting"], ["صافحه", "meeting"], ["تصافح", "meeting"], ["تصافحا", "meeting"], ["مصافحه", "meeting"], ["حديثا قصيرا", "meeting"],
  ],
  en: [
    ["visit", "visit"], ["visits", "visit"], ["visited", "visit"], ["visiting", "visit"], ["trip", "visit"], ["tour", "visit"],
    ["arrived", "visit"], ["summit", "summit"], ["meeting", "meeting"], ["met", "meeting"], ["talks", "meeting"], ["phone call", "call"],
    ["call", "call"], ["conversation", "call"], ["telephone", "call"], ["exercise", "exercise"], ["exercises", "exercise"], ["drills", "exercise"],
    ["press conference", "meeting"], ["signing ceremony", "meeting"], ["conference", "conference"],
    ["arrives", "visit"], ["arriving", "visit"], ["landed", "visit"], ["travelled to", "visit"], ["traveled to", "visit"],
    ["travels to", "visit"], ["flew to", "visit"], ["trips", "visit"], ["tours", "visit"], ["toured", "visit"],
    ["meets", "meeting"], ["meetings", "meeting"], ["received", "meeting"], ["receives", "meeting"], ["hosted", "meeting"], ["hosts", "meeting"], ["held talks", "meeting"], ["summits", "summit"], ["phoned", "call"],
    ["by phone", "call"], ["by telephone", "call"], ["phone conversation", "call"], ["telephone conversation", "call"],
    ["video call", "call"], ["videoconference", "meeting"], ["video conference", "meeting"], ["virtual summit", "summit"],
    ["will meet", "meeting"], ["would meet", "meeting"], ["to meet with", "meeting"], ["news conference", "meeting"], ["ceremony", "meeting"], ["phone calls", "call"], ["sent a delegation", "visit"], ["dispatched a delegation", "visit"], ["telephone calls", "call"], ["calls", "call"], ["video calls", "call"],
    // Later stops of a trip ("then flew on to Crete", "drove to Ramallah", "stopped in Abu Dhabi", "and then to Algiers",
    // "the last leg took him to Egypt", "the Israel leg"): visits only where a destination follows (see LEG_TRIGGER).
    ["flew", "visit"], ["flying", "visit"], ["drove to", "visit"], ["driving to", "visit"], ["stopped in", "visit"], ["stopped off in", "visit"],
    ["then to", "visit"], ["then in", "visit"], ["took him to", "visit"], ["takes him to", "visit"], ["took her to", "visit"], ["takes her to", "visit"],
    ["headed to", "visit"], ["heads to", "visit"], ["travel to", "visit"], ["moved on to", "visit"], ["went on to", "visit"], ["leg", "visit"], ["he was in", "visit"], ["she was in", "visit"],
    // "Biden and Xi sat down for three hours", "also saw French President Macron" (a meeting only with someone named after it).
    ["sat down", "meeting"], ["saw", "meeting"],
    // A handshake or a brief word is an encounter: "shook hands briefly with Trudeau", "a brief exchange with Marcos".
    ["shook hands", "meeting"], ["shake hands", "meeting"], ["handshake", "meeting"], ["brief exchange", "meeting"], ["brief encounter", "meeting"], ["briefly met", "meeting"],
  ],
  fr: [
    ["visite", "visit"], ["visites", "visit"], ["tournee", "visit"], ["sommet", "summit"], ["reunion", "meeting"], ["rencontre", "meeting"],
    ["entretien telephonique", "call"], ["appel telephonique", "call"], ["exercice", "exercise"], ["exercices", "exercise"],
    ["conference de presse", "meeting"], ["conference", "conference"],
    ["s'est entretenu", "meeting"], ["entretenu", "meeting"], ["entretiens", "meeting"], ["entretien", "meeting"],
    ["s'est rendu", "visit"], ["rendu visite", "visit"], ["arrive", "visit"], ["arrivee", "visit"], ["rencontre", "meeting"],
    ["rencontres", "meeting"], ["a recu", "meeting"], ["entretien telephonique", "call"], ["telephonique", "call"], ["sommets", "summit"],
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
