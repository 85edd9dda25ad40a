// International and national bodies often named in diplomatic and defence news.
// Source: general knowledge (official names and common abbreviations, Arabic and French usage).
import type { OrganizationKind } from "../extract/types.ts";

/** The national bodies findOrganizations recognizes from a state word next to them. */
export type NationalBody = "Foreign Ministry" | "Defense Ministry" | "Armed Forces" | "Intelligence";

// `members` (small bodies with a fixed membership only): the Gulf Cooperation Council's six states since 1981 and
// the Quad's four; a summit or a document of the body "GCC states" takes those of them the article names.
// `body`: the national body this organization is for its state, so "the Israeli army" or "وزارة الخارجية
// الأمريكية" resolve to it rather than to a generic body of that state (findOrganizations).
export const ORGANIZATIONS: { id: string; name: string; kind: OrganizationKind; state: string | null; phrases: string[]; acronyms?: string[]; members?: string[]; body?: NationalBody }[] = [
  { id: "nato", name: "NATO", kind: "intergovernmental", state: null, phrases: ["North Atlantic Treaty Organization", "حلف شمال الأطلسي", "حلف الناتو", "الناتو", "OTAN"], acronyms: ["NATO"] },
  { id: "gcc", name: "Gulf Cooperation Council", kind: "intergovernmental", state: null, phrases: ["Gulf Cooperation Council", "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"], acronyms: ["GCC"], members: ["SA", "AE", "BH", "KW", "OM", "QA"] },
  { id: "arab-league", name: "Arab League", kind: "intergovernmental", state: null, phrases: ["Arab League", "League of Arab States", "جامعة الدول العربية", "الجامعة العربية", "Ligue arabe"] },
  { id: "african-union", name: "African Union", kind: "intergovernmental", state: null, phrases: ["African Union", "الاتحاد الأفريقي", "الاتحاد الإفريقي", "Union africaine"] },
  { id: "eu", name: "European Union", kind: "intergovernmental", state: null, phrases: ["European Union", "الاتحاد الأوروبي", "Union européenne"], acronyms: ["EU", "UE"] },
  { id: "un", name: "United Nations", kind: "intergovernmental", state: null, phrases: ["United Nations", "الأمم المتحدة", "Nations unies", "Security Council", "مجلس الأمن الدولي"], acronyms: ["UN", "ONU"] },
  { id: "asean", name: "ASEAN", kind: "intergovernmental", state: null, phrases: ["Association of Southeast Asian Nations", "آسيان"], acronyms: ["ASEAN"] },
  { id: "quad", name: "Quad", kind: "intergovernmental", state: null, phrases: ["Quad", "Quadrilateral Security Dialogue", "الحوار الأمني الرباعي"], members: ["US", "JP", "IN", "AU"] },
  { id: "oic", name: "Organisation of Islamic Cooperation", kind: "intergovernmental", state: null, phrases: ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "منظمة التعاون الإسلامي"], acronyms: ["OIC"] },
  { id: "opec", name: "OPEC", kind: "intergovernmental", state: null, phrases: ["أوبك"], acronyms: ["OPEC"] },
  { id: "ecowas", name: "ECOWAS", kind: "intergovernmental", state: null, phrases: ["Economic Community of West African States", "CEDEAO", "إيكواس"], acronyms: ["ECOWAS"] },
  { id: "idf", name: "Israel Defense Forces", kind: "military", state: "IL", phrases: ["Israel Defense Forces", "جيش الاحتلال", "الجيش الإسرائيلي", "Tsahal"], acronyms: ["IDF"], body: "Armed Forces" },
  { id: "far-ma", name: "Royal Armed Forces (Morocco)", kind: "military", state: "MA", phrases: ["القوات المسلحة الملكية", "Forces armées royales"], acronyms: ["FAR"], body: "Armed Forces" },
  { id: "mossad", name: "Mossad", kind: "intelligence", state: "IL", phrases: ["Mossad", "الموساد"] },
  { id: "cia", name: "CIA", kind: "intelligence", state: "US", phrases: ["Central Intelligence Agency"], acronyms: ["CIA"] },
  { id: "pentagon", name: "US Department of Defense", kind: "ministry", state: "US", phrases: ["Pentagon", "البنتاغون", "Department of Defense"], body: "Defense Ministry" },
  { id: "us-state-department", name: "US Department of State", kind: "ministry", state: "US", phrases: ["State Department", "الخارجية الأمريكية", "وزارة الخارجية الأمريكية"], body: "Foreign Ministry" },
  { id: "afp-ph", name: "Armed Forces of the Philippines", kind: "military", state: "PH", phrases: ["Armed Forces of the Philippines"], body: "Armed Forces" },
];
