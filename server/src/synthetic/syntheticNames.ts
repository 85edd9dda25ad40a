import type { NameRegion } from "./syntheticStates.ts";

/** A name as English and Arabic news would write it. */
export interface NamePair { en: string; ar: string }

const pairs = (s: string): NamePair[] => s.split(",").map((p) => { const [en, ar] = p.split("/"); return { en: en!.trim(), ar: ar!.trim() }; });

// Invented officials are built from common given and family names of each region, with the Arabic
// spelling Arabic-language media use. Family names that read as a state, demonym or capital
// ("Masri", "Rossi" = روسي) are left out: they would make the extractor see a state.
export const GIVEN_NAMES: Record<NameRegion, NamePair[]> = {
  arab: pairs("Khalid/خالد, Omar/عمر, Youssef/يوسف, Karim/كريم, Tarek/طارق, Samir/سمير, Nabil/نبيل, Hassan/حسن, Mahmoud/محمود, Faisal/فيصل, Saleh/صالح, Ibrahim/إبراهيم, Adel/عادل, Walid/وليد, Majed/ماجد, Rashid/راشد, Hamad/حمد, Nasser/ناصر, Ziad/زياد, Jamal/جمال, Mounir/منير, Hisham/هشام, Bassam/بسام, Ayman/أيمن, Sami/سامي, Mourad/مراد, Anwar/أنور, Fahd/فهد, Talal/طلال, Mansour/منصور"),
  western: pairs("John/جون, Michael/مايكل, David/ديفيد, Peter/بيتر, Thomas/توماس, Marco/ماركو, Luca/لوكا, Pierre/بيير, Hans/هانز, Klaus/كلاوس, Carlos/كارلوس, Javier/خافيير, Nikos/نيكوس, Andreas/أندرياس, James/جيمس, Robert/روبرت, Laura/لورا, Anna/آنا, Claire/كلير, Martin/مارتن"),
  russian: pairs("Sergei/سيرغي, Dmitry/دميتري, Alexei/أليكسي, Igor/إيغور, Nikolai/نيكولاي, Andrei/أندريه, Mikhail/ميخائيل, Yuri/يوري"),
  chinese: pairs("Wang/وانغ, Zhang/تشانغ, Chen/تشن, Zhao/تشاو, Huang/هوانغ, Zhou/تشو, Sun/صن, Gao/قاو"),
  japanese: pairs("Hiroshi/هيروشي, Kenji/كينجي, Takeshi/تاكيشي, Yoshio/يوشيو, Makoto/ماكوتو, Shinji/شينجي, Taro/تارو, Kazuo/كازو"),
  southAsian: pairs("Rajesh/راجيش, Amit/أميت, Sanjay/سانجاي, Vikram/فيكرام, Imran/عمران, Bilal/بلال, Tariq/طارق, Asif/آصف"),
  turkish: pairs("Mehmet/محمد, Ahmet/أحمد, Mustafa/مصطفى, Emre/أمره, Murat/مراد, Kemal/كمال, Selim/سليم, Burak/بوراك"),
  iranian: pairs("Hossein/حسين, Mohammad/محمد, Reza/رضا, Mehdi/مهدي, Hamid/حميد, Majid/مجيد, Abbas/عباس, Saeed/سعيد"),
  israeli: pairs("Avi/آفي, Moshe/موشيه, Eitan/إيتان, Yaron/يارون, Amir/أمير, Gideon/جدعون, Yossi/يوسي, Uri/أوري"),
};

export const FAMILY_NAMES: Record<NameRegion, NamePair[]> = {
  arab: pairs("Al-Hashimi/الهاشمي, Bennani/بناني, El Alami/العلمي, Haddad/حداد, Al-Qasimi/القاسمي, Al-Rashed/الراشد, Khoury/خوري, Tahiri/الطاهري, Al-Otaibi/العتيبي, Al-Dosari/الدوسري, Najjar/النجار, Saadi/السعدي, Jabri/الجابري, Barakat/بركات, Azzam/عزام, Kabbani/قباني, Al-Harbi/الحربي, Al-Shehri/الشهري, Obeidi/العبيدي, Sabbagh/الصباغ, Ghanem/غانم, Darwish/درويش, Suleiman/سليمان, Rahmani/الرحماني, Zoubi/الزعبي, Khatib/الخطيب, Nouri/النوري, Fassi/الفاسي, Belhaj/بلحاج, Karaki/الكركي"),
  western: pairs("Miller/ميلر, Walker/والكر, Schneider/شنايدر, Fischer/فيشر, Weber/فيبر, Ferrari/فيراري, Moretti/موريتي, Dupont/دوبون, Lefebvre/لوفيفر, Garcia/غارسيا, Moreno/مورينو, Navarro/نافارو, Papadakis/باباداكيس, Georgiou/جورجيو, Harris/هاريس, Clarke/كلارك, Turner/تيرنر, Hoffmann/هوفمان, Keller/كيلر, Bianchi/بيانكي"),
  russian: pairs("Volkov/فولكوف, Petrov/بتروف, Sokolov/سوكولوف, Morozov/موروزوف, Orlov/أورلوف, Lebedev/ليبيديف, Kozlov/كوزلوف, Novikov/نوفيكوف"),
  chinese: pairs("Jianguo/جيانغو, Weiming/ويمينغ, Haitao/هايتاو, Zhiqiang/تشيتشيانغ, Xiaoping/شياو بينغ, Dongsheng/دونغ شنغ, Yonghua/يونغ هوا, Lijun/ليجون"),
  japanese: pairs("Tanaka/تاناكا, Yamamoto/ياماموتو, Nakamura/ناكامورا, Kobayashi/كوباياشي, Watanabe/واتانابي, Ishikawa/إيشيكاوا, Matsumoto/ماتسوموتو, Fujita/فوجيتا"),
  southAsian: pairs("Kumar/كومار, Sharma/شارما, Verma/فيرما, Qureshi/قريشي, Malik/مالك, Chaudhry/شودري, Rao/راو, Mehta/ميهتا"),
  turkish: pairs("Yilmaz/يلماز, Demir/دمير, Kaya/كايا, Celik/جليك, Aydin/أيدين, Ozturk/أوزتورك, Arslan/أرسلان, Dogan/دوغان"),
  iranian: pairs("Rezaei/رضائي, Karimi/كريمي, Ahmadi/أحمدي, Moradi/مرادي, Hosseini/حسيني, Jafari/جعفري, Mousavi/موسوي, Rahimi/رحيمي"),
  israeli: pairs("Levi/ليفي, Peretz/بيرتس, Mizrahi/مزراحي, Shapira/شابيرا, Katz/كاتس, Friedman/فريدمان, Biton/بيتون, Dahan/دهان"),
};
