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
