// Well-known cities other than capitals where state visits, summits and talks are held, with their
// state. Used only to place an event (datelines, "in Jeddah"); a city is not a state mention.
// A summit or meeting named after one of them ("قمة النقب", "Jeddah summit") is held in its state.
// Source: general knowledge of diplomatic venues in news copy (Negev Summit 2022, Sharm el-Sheikh and
// Alamein summits, Camp David, AlUla and Jeddah summits, Davos forum, Aqaba meetings, Bali G20, Glasgow COP26).
export const CITIES: [string, string[]][] = [
  ["SA", ["Jeddah", "Jiddah", "Jedda", "Al-Ula", "AlUla", "Al Ula", "Al-Ola", "Dhahran", "NEOM", "Neom", "Taif", "Medina", "جدة", "جده", "العلا", "الظهران", "نيوم", "مكة المكرمة", "Mecca", "الطائف", "المدينة المنورة"]],
  ["AE", ["Dubai", "Sharjah", "دبي", "الشارقة"]],
  ["TR", ["Istanbul", "Antalya", "إسطنبول", "اسطنبول", "أنطاليا"]],
  ["EG", ["Sharm el-Sheikh", "Sharm El-Sheikh", "Sharm al-Sheikh", "Sharm El Sheikh", "Sharm el Sheikh", "Alexandria", "El Alamein", "Al-Alamein", "Alamein", "Hurghada", "Ismailia", "New Administrative Capital", "شرم الشيخ", "الإسكندرية", "العلمين", "العلمين الجديدة", "الغردقة", "الإسماعيلية", "العاصمة الإدارية الجديدة"]],
  ["MA", ["Marrakesh", "Marrakech", "Casablanca", "Tangier", "Skhirat", "Ifrane", "مراكش", "الدار البيضاء", "طنجة", "الصخيرات", "إفران"]],
  ["US", ["New York", "Camp David", "Annapolis", "Mar-a-Lago", "Anchorage", "Honolulu", "نيويورك", "كامب ديفيد", "أنابوليس"]],
  ["CH", ["Geneva", "Davos", "Lausanne", "Genève", "جنيف", "دافوس", "لوزان"]],
  ["IN", ["Mumbai", "مومباي"]],
  ["CN", ["Shanghai", "Xi'an", "Hangzhou", "شنغهاي", "شيان"]],
  ["RU", ["St Petersburg", "St. Petersburg", "Saint Petersburg", "Sochi", "Kazan", "Vladivostok", "سانت بطرسبرغ", "سوتشي", "قازان", "فلاديفوستوك"]],
  ["JP", ["Hiroshima", "Osaka", "هيروشيما", "أوساكا"]],
  ["JO", ["Aqaba", "العقبة"]],
  ["IL", ["Negev", "Sde Boker", "Sde-Boker", "Eilat", "النقب", "سديه بوكير", "سدي بوكير", "إيلات"]],
  ["PS", ["Ramallah", "رام الله"]],
  ["OM", ["Salalah", "صلالة"]],
  ["ID", ["Bali"]],
  ["GB", ["Glasgow", "Cornwall", "Carbis Bay", "غلاسكو"]],
  ["IT", ["Borgo Egnazia", "Taormina"]],
  ["IQ", ["Erbil", "Basra", "Najaf", "أربيل", "البصرة", "النجف"]],
  ["BH", ["Sakhir", "الصخير"]],
  ["ES", ["Barcelona", "برشلونة"]],
  ["FR", ["Marseille", "Biarritz", "Evian", "Évian"]],
  ["DE", ["Munich", "Hamburg", "Elmau", "ميونخ"]],
  ["KR", ["Busan"]],
  ["AU", ["Sydney", "Melbourne"]],
];

// Arabic spellings of capitals that the generated gazetteer and CAPITALS in stateAliases.ts lack. Kept here, as
// places only (not state mentions), so that "وصل إلى أسمرة" places a visit without turning every capital named as a
// place into a state mention. Left out: ambiguous names (طرابلس is also a Lebanese city; فيكتوريا, سانتياغو, مكسيكو,
// ليما). Source: the usual Arabic news spellings of the capitals (Wikipedia "قائمة عواصم دول العالم" as the reference).
export const ARABIC_CAPITAL_PLACES: [string, string[]][] = [
  ["ER", ["أسمرة"]], ["KE", ["نيروبي"]], ["UG", ["كمبالا"]], ["SS", ["جوبا"]], ["GH", ["أكرا"]], ["AO", ["لواندا"]],
  ["ZW", ["هراري"]], ["SO", ["مقديشو"]], ["TZ", ["دار السلام", "دودوما"]], ["RW", ["كيغالي"]], ["BI", ["بوجمبورا", "جيتيغا"]],
  ["CD", ["كينشاسا"]], ["CG", ["برازافيل"]], ["CM", ["ياوندي"]], ["GA", ["ليبرفيل"]], ["GQ", ["مالابو"]], ["CF", ["بانغي"]],
  ["TD", ["نجامينا", "انجامينا"]], ["NE", ["نيامي"]], ["ML", ["باماكو"]], ["BF", ["واغادوغو"]], ["GN", ["كوناكري"]],
  ["SL", ["فريتاون"]], ["LR", ["مونروفيا"]], ["GW", ["بيساو"]], ["GM", ["بانجول"]], ["TG", ["لومي"]], ["BJ", ["بورتو نوفو"]],
  ["CI", ["أبيدجان", "ياموسوكرو"]], ["ZM", ["لوساكا"]], ["MW", ["ليلونغوي"]], ["MZ", ["مابوتو"]], ["BW", ["غابورون"]],
  ["NA", ["ويندهوك"]], ["ZA", ["بريتوريا", "كيب تاون", "جوهانسبرغ"]], ["LS", ["ماسيرو"]], ["MG", ["أنتاناناريفو"]],
  ["KM", ["موروني"]], ["MU", ["بورت لويس"]], ["AF", ["كابول"]], ["KR", ["سيول"]], ["KP", ["بيونغ يانغ", "بيونغيانغ"]],
  ["BY", ["مينسك"]], ["GE", ["تبليسي"]], ["UZ", ["طشقند"]], ["KZ", ["أستانا", "ألماتي"]], ["KG", ["بيشكيك"]], ["TJ", ["دوشنبه"]],
  ["TM", ["عشق أباد", "عشق آباد"]], ["BD", ["دكا"]], ["NP", ["كاتماندو"]], ["LK", ["كولومبو"]], ["VN", ["هانوي"]],
  ["TH", ["بانكوك"]], ["ID", ["جاكرتا"]], ["PH", ["مانيلا"]], ["MY", ["كوالالمبور", "كوالا لمبور"]], ["AU", ["كانبيرا"]],
  ["NZ", ["ويلينغتون"]], ["CA", ["أوتاوا"]], ["BR", ["برازيليا"]], ["AR", ["بوينس آيرس"]], ["VE", ["كاراكاس"]],
  ["CO", ["بوغوتا"]], ["CU", ["هافانا"]], ["PT", ["لشبونة"]], ["PL", ["وارسو"]], ["AT", ["فيينا"]], ["BE", ["بروكسل"]],
  ["NL", ["أمستردام", "لاهاي"]], ["SE", ["ستوكهولم"]], ["NO", ["أوسلو"]], ["FI", ["هلسنكي"]], ["DK", ["كوبنهاغن"]],
  ["CH", ["برن"]], ["IE", ["دبلن"]], ["CZ", ["براغ"]], ["HU", ["بودابست"]], ["RO", ["بوخارست"]], ["BG", ["صوفيا"]],
  ["RS", ["بلغراد"]], ["HR", ["زغرب"]], ["CY", ["نيقوسيا"]], ["MT", ["فاليتا"]],
];
