// What kind of event a story is, in the languages news about it comes in. A story followed from an
// English article about an "earthquake" must also find "séisme", "Erdbeben", "deprem", "زلزال": names
// alone rarely carry across languages (a country is not a story), the kind of event does.
//
// A general taxonomy of news events (disasters, accidents, violence, politics, justice, economy,
// technology, health), not the words of any one story. `*` ends a stem that takes any ending (matched
// as a prefix), so inflected forms match: "Erdbeben*" finds "Erdbebens", "deprem*" finds "depremde".
// Languages: en fr de es it pt nl pl tr ru ar id ja zh hi uk ko vi fa he (Japanese and Chinese are matched inside
// words, so only words of two characters or more, none that is part of common words: 障害 alone is also
// "disability", so only システム障害 and its kin).
import type { Topic } from '../dossier/types';

export interface EventKind {
  id: string;
  /** Spellings by language; a trailing `*` marks a stem. */
  words: Record<string, string>;
}

export const EVENT_KINDS: EventKind[] = [
  { id: 'earthquake', words: { en: 'earthquake*|quake*|temblor*', fr: 'séisme*|tremblement de terre|tremblements de terre', de: 'Erdbeben*', es: 'terremoto*|sismo*', it: 'terremot*|sisma', pt: 'terremoto*|sismo*', nl: 'aardbeving*', pl: 'trzęsieni* ziemi|trzęsienia ziemi', tr: 'deprem*', ru: 'землетрясени*', ar: 'زلزال*|زلازل|الهزة الأرضية', id: 'gempa*', ja: '地震', zh: '地震', hi: 'भूकंप*', uk: 'землетрус*', ko: '지진', vi: 'động đất', fa: 'زلزله', he: 'רעידת אדמה|רעידות אדמה' } },
  { id: 'tsunami', words: { en: 'tsunami*', ru: 'цунами', ar: 'تسونامي', tr: 'tsunami*', ja: '津波', zh: '海啸', hi: 'सुनामी', uk: 'цунамі', ko: '쓰나미|지진해일', vi: 'sóng thần', fa: 'سونامی', he: 'צונאמי' } },
  { id: 'eruption', words: { en: 'eruption*|erupted|volcano*|volcanic', fr: 'éruption*|volcan*', de: 'Vulkanausbruch*|Eruption*|Vulkan*', es: 'erupción*|erupciones|volcán*|volcanes|volcánic*', it: 'eruzion*|vulcan*', pt: 'erupção|erupções|vulcão|vulcões|vulcânic*', nl: 'uitbarsting*|vulkaan*|vulkanen', pl: 'erupcj*|wulkan*', tr: 'yanardağ*|volkan*', ru: 'извержени*|вулкан*', ar: 'بركان*|براكين|ثوران', id: 'erupsi|letusan|gunung api', ja: '噴火|火山', zh: '喷发|火山', hi: 'ज्वालामुखी', uk: 'виверження|вулкан*', ko: '분화|화산', vi: 'phun trào|núi lửa', fa: 'آتشفشان|فوران', he: 'התפרצות|הר געש' } },
  { id: 'flood', words: { en: 'flood*', fr: 'inondation*|crue|crues', de: 'Hochwasser*|Überschwemmung*|Flutkatastrophe*', es: 'inundaci*|riada*', it: 'alluvion*|inondazion*', pt: 'inundaç*|enchente*', nl: 'overstroming*', pl: 'powodzi*|powódź', tr: 'sel baskın*|taşkın*', ru: 'наводнени*|паводк*', ar: 'فيضان*|سيول', id: 'banjir', ja: '洪水|氾濫|浸水', zh: '洪水|洪灾|水灾', hi: 'बाढ़', uk: 'повін*|паводк*', ko: '홍수|침수', vi: 'lũ lụt|lũ quét|ngập lụt', fa: 'سیل|سیلاب', he: 'שיטפון|שיטפונות|הצפה|הצפות' } },
  { id: 'storm', words: { en: 'hurricane*|typhoon*|cyclone*', fr: 'ouragan*|typhon*|cyclone*', de: 'Hurrikan*|Taifun*|Zyklon*|Wirbelsturm*', es: 'huracán|huracanes|tifón|tifones|ciclón|ciclones', it: 'uragan*|tifon*|ciclon*', pt: 'furacão|furacões|tufão|tufões|ciclone*', nl: 'orkaan*|orkanen|tyfoon*|cycloon*', pl: 'huragan*|tajfun*|cyklon*', tr: 'kasırga*|tayfun*', ru: 'ураган*|тайфун*|циклон*', ar: 'إعصار*|أعاصير', id: 'badai|topan', ja: '台風|ハリケーン|サイクロン', zh: '台风|飓风|气旋', hi: 'तूफान|चक्रवात', uk: 'ураган*|тайфун*|циклон*', ko: '태풍|허리케인|사이클론', vi: 'bão|siêu bão|lốc xoáy', fa: 'طوفان|گردباد', he: 'הוריקן|טייפון|ציקלון' } },
  { id: 'wildfire', words: { en: 'wildfire*|bushfire*|forest fire*', fr: 'incendie* de forêt|feux de forêt|mégafeu*', de: 'Waldbrand*|Waldbrände*', es: 'incendio* forestal*', it: 'incendi* boschiv*', pt: 'incêndio* florest*', nl: 'bosbrand*', pl: 'pożar* lasu|pożar* lasów', tr: 'orman yangın*', ru: 'лесн* пожар*', ar: 'حرائق الغابات|حريق غابات', id: 'kebakaran hutan', ja: '山火事|森林火災', zh: '山火|森林火灾', hi: 'जंगल की आग|जंगलों में आग', uk: 'лісов* пожеж*', ko: '산불', vi: 'cháy rừng', fa: 'آتش‌سوزی جنگل|آتش سوزی جنگل', he: 'שריפת יער|שריפות יער' } },
  { id: 'fire', words: { en: 'blaze*|inferno', fr: 'incendie*|flammes|en feu', de: 'Großbrand*|Brandkatastrophe*|Feuersbrunst', es: 'incendio*', it: 'incendi*|rogo', pt: 'incêndio*', nl: 'uitslaande brand', pl: 'pożar*', tr: 'yangın*', ru: 'пожар*', ar: 'حريق*|حرائق', id: 'kebakaran', ja: '火災|火事', zh: '火灾|大火', hi: 'भीषण आग|आग लग*', uk: 'пожеж*', ko: '화재|대형 화재', vi: 'hỏa hoạn|vụ cháy|đám cháy', fa: 'آتش‌سوزی|آتش سوزی', he: 'שריפה|שריפות|דליקה' } },
  // An implosion (a submersible, a building brought down) is reported as the same kind of event.
  { id: 'explosion', words: { en: 'explosion*|blast*|exploded|implosion*|imploded', fr: 'explosion*|déflagration*|implosion*|implosé*', de: 'Explosion*|explodiert*|Implosion*|implodiert*', es: 'explosión|explosiones|estallido*|implosión|implosionó', it: 'esplosion*|implosion*|imploso|implosa', pt: 'explosão|explosões|implosão|implodiu', nl: 'explosie*|ontploffing*|implosie*|geïmplodeerd', pl: 'eksplozj*|wybuch*|implozj*', tr: 'patlama*|patlayış*|içe çök*', ru: 'взрыв*|имплози*', ar: 'انفجار*|تفجير*|انفجارات|انفجار داخلي|انهيار داخلي', id: 'ledakan|implosi', ja: '爆発|爆破', zh: '爆炸', hi: 'विस्फोट|धमाका|धमाके', uk: 'вибух*', ko: '폭발', vi: 'vụ nổ|phát nổ', fa: 'انفجار', he: 'פיצוץ|התפוצצות' } },
  // People or a craft missing, and the search for them.
  { id: 'missing', words: { en: 'missing|disappearance*|vanished|search and rescue', fr: 'disparu|disparus|disparue*|disparition*|recherches', de: 'vermisst*|verschollen*|Vermisst*|Suchaktion*|Rettungsaktion*', es: 'desaparecid*|desaparición*|búsqueda', it: 'scompars*|dispers*|ricerche', pt: 'desaparecid*|desaparecimento*|buscas', nl: 'vermist*|verdwenen|verdwijning*|zoekactie*', pl: 'zaginion*|zaginięci*|zaginął|poszukiwani*', tr: 'kayıp|kaybol*|arama kurtarma', ru: 'пропал*|пропавш*|исчез*|поисков*', ar: 'مفقود*|اختفاء|فقدان|البحث عن', id: 'hilang|pencarian', ja: '行方不明|捜索', zh: '失踪|搜救|下落不明', hi: 'लापता|तलाश', uk: 'зник*|пошук*', ko: '실종|수색', vi: 'mất tích|tìm kiếm', fa: 'مفقود|ناپدید', he: 'נעדר|נעדרים|חיפושים' } },
  { id: 'collapse', words: { en: 'collapse*', fr: 'effondrement*|effondré*|s\'est effondré', de: 'Einsturz*|eingestürzt*|Zusammenbruch*|zusammengebrochen', es: 'derrumbe*|colapso*|desplome*|se derrumbó', it: 'crollo*|crollat*|collasso', pt: 'colapso*|desabamento*|desabou', nl: 'instorting*|ingestort*|ineenstorting*', pl: 'zawaleni*|zawalił*|upadek*|runął', tr: 'çöktü|çökmesi|çöküş*|yıkıldı', ru: 'обрушени*|обрушил*|крах*', ar: 'انهيار*|انهار', id: 'runtuh*|ambruk*', ja: '崩落|倒壊|崩壊', zh: '坍塌|倒塌|崩塌', hi: 'ढह*|गिर गया|गिर गई', uk: 'обвал*|обрушен*', ko: '붕괴', vi: 'sập|sụp đổ', fa: 'فروریختن|فرو ریخت', he: 'קריסה|קרס|קרסה' } },
  { id: 'crash', words: { en: 'plane crash*|air crash*|crash site*|derail*', fr: 'crash*|écrasé*|déraill*', de: 'Absturz*|abgestürzt*|Flugzeugabsturz*|entgleis*', es: 'accidente aéreo|se estrelló|descarril*', it: 'schianto*|precipitat*|deragliament*', pt: 'queda do avião|acidente aéreo|descarril*', nl: 'vliegtuigcrash*|neergestort*|ontspoor*', pl: 'katastrof* lotnicz*|wykolej*', tr: 'uçak kaza*|düşen uçak|raydan çık*', ru: 'авиакатастроф*|крушени*', ar: 'تحطم*|سقوط الطائرة', id: 'kecelakaan pesawat|jatuhnya pesawat', ja: '墜落|脱線', zh: '坠毁|空难|脱轨', hi: 'विमान दुर्घटना|दुर्घटनाग्रस्त|विमान हादसा', uk: 'авіакатастроф*', ko: '추락|탈선', vi: 'rơi máy bay|tai nạn máy bay|trật bánh', fa: 'سقوط هواپیما|سانحه هوایی', he: 'התרסקות|התרסק' } },
  { id: 'sinking', words: { en: 'sank|sunk|sinking|capsiz*|shipwreck*|ran aground|aground', fr: 'naufrage*|chaviré*|échoué*|échouement*', de: 'Untergang*|gesunken|gekentert*|havarie*|auf Grund gelaufen|festgefahren*', es: 'naufragio*|hundimiento*|encallad*|varad*', it: 'naufragio*|affondat*|incagliat*|arenat*', pt: 'naufrágio*|afundou|encalhad*', nl: 'schipbreuk*|gezonken|vastgelopen*', pl: 'zatonięci*|zatonął|osiadł* na mieliźnie|utknął|utknęł*', tr: 'batma*|battı|karaya otur*', ru: 'затонул*|крушени*|сел* на мель', ar: 'غرق*|جنوح*|جانحة', id: 'tenggelam|kandas', ja: '沈没|座礁|転覆', zh: '沉没|搁浅|倾覆', hi: 'डूब*|फंस गया', uk: 'затонув*|сів на мілину', ko: '침몰|좌초|전복', vi: 'chìm|mắc cạn|lật úp', fa: 'غرق شد|به گل نشست', he: 'טבע|טביעה|עלתה על שרטון' } },
  { id: 'attack', words: { en: 'attack*|bombing*|terrorist*|terror attack*', fr: 'attentat*|attaque*', de: 'Anschlag*|Anschläge*|Angriff*|Terroranschlag*', es: 'atentado*|ataque*', it: 'attentat*|attacc*', pt: 'atentado*|ataque*', nl: 'aanslag*|aanval*', pl: 'zamach*|atak*', tr: 'saldırı*|terör*', ru: 'теракт*|атак*|нападени*', ar: 'هجوم*|هجمات|اعتداء*', id: 'serangan|teror', ja: 'テロ|襲撃', zh: '袭击|恐袭', hi: 'हमला|हमले|आतंकी', uk: 'теракт*|атак*|напад*', ko: '테러|공격', vi: 'tấn công|khủng bố', fa: 'حمله|حملات|تروریستی', he: 'פיגוע|פיגועים|מתקפה' } },
  { id: 'shooting', words: { en: 'shooting*|gunman|gunmen|gunned down|shot dead|shot and killed|shot to death', fr: 'fusillade*', de: 'Schießerei*|Amoklauf*', es: 'tiroteo*', it: 'sparatori*', pt: 'tiroteio*', nl: 'schietpartij*', pl: 'strzelanin*', tr: 'silahlı saldırı*', ru: 'стрельб*', ar: 'إطلاق نار|إطلاق النار', id: 'penembakan', ja: '銃撃|発砲', zh: '枪击', hi: 'गोलीबारी|गोली मार*', uk: 'стрілянин*', ko: '총격', vi: 'xả súng|nổ súng', fa: 'تیراندازی', he: 'ירי' } },
  { id: 'coup', words: { en: 'coup|coups|putsch*|junta*', fr: 'coup d\'État|coup d\'Etat|putsch*|junte*', de: 'Putsch*|Militärputsch*|Staatsstreich*|Militärjunta*|Junta*', es: 'golpe de Estado|golpe militar|golpista*|junta militar', it: 'golpe|colpo di Stato|giunta militare', pt: 'golpe de Estado|golpe militar|junta militar', nl: 'staatsgreep*|militaire junta', pl: 'zamach stanu|pucz*|junta*', tr: 'darbe*|cunta*', ru: 'переворот*|хунт*|путч*', ar: 'انقلاب*|الانقلابي*|المجلس العسكري', id: 'kudeta|junta', ja: 'クーデター|軍事政権', zh: '政变|军政府', hi: 'तख्तापलट|सैन्य शासन', uk: 'переворот*|хунт*|путч*', ko: '쿠데타|군부', vi: 'đảo chính|chính quyền quân sự', fa: 'کودتا', he: 'הפיכה|חונטה' } },
  { id: 'mutiny', words: { en: 'mutiny|mutinies|mutineer*|rebellion*|uprising*|insurrection*|revolt*', fr: 'mutinerie*|rébellion*|insurrection*|révolte*|soulèvement*', de: 'Meuterei*|Aufstand*|Aufständ*|Rebellion*|Revolte*', es: 'motín|motines|rebelión|rebeliones|sublevaci*|insurrecci*|revuelta*|amotinad*', it: 'ammutinament*|ribellion*|rivolta*|insurrezion*', pt: 'motim|motins|rebelião|rebeliões|insurreição|revolta*', nl: 'muiterij*|opstand*', pl: 'bunt*|rebeli*|rewolt*|puczu', tr: 'isyan*|ayaklanma*', ru: 'мятеж*|бунт*|восстани*', ar: 'تمرد*|التمرد|عصيان', id: 'pemberontakan|pemberontak', ja: '反乱|武装蜂起', zh: '叛乱|兵变|哗变', hi: 'विद्रोह|बगावत', uk: 'заколот*|бунт*|повстан*', ko: '반란', vi: 'nổi loạn|binh biến', fa: 'شورش', he: 'מרד|מרידה' } },
  { id: 'invasion', words: { en: 'invasion*|invaded|invade', fr: 'invasion*', de: 'Invasion*|Einmarsch*', es: 'invasión|invasiones', it: 'invasion*', pt: 'invasão|invasões', nl: 'invasie*', pl: 'inwazj*', tr: 'işgal*', ru: 'вторжени*', ar: 'غزو|اجتياح', id: 'invasi', ja: '侵攻|侵略', zh: '入侵|侵略', hi: 'आक्रमण', uk: 'вторгнен*', ko: '침공', vi: 'xâm lược', fa: 'تهاجم|حمله نظامی', he: 'פלישה' } },
  { id: 'ceasefire', words: { en: 'ceasefire*|cease-fire*|truce*|armistice', fr: 'cessez-le-feu|trêve*', de: 'Waffenruhe*|Waffenstillstand*', es: 'alto el fuego|tregua*', it: 'cessate il fuoco|tregua*', pt: 'cessar-fogo|trégua*', nl: 'wapenstilstand*', pl: 'zawieszeni* broni|rozejm*', tr: 'ateşkes*', ru: 'перемири*|прекращени* огня', ar: 'وقف إطلاق النار|هدنة', id: 'gencatan senjata', ja: '停戦', zh: '停火', hi: 'युद्धविराम|संघर्ष विराम', uk: 'перемир*|припинення вогню', ko: '휴전', vi: 'ngừng bắn|đình chiến', fa: 'آتش‌بس|آتش بس', he: 'הפסקת אש|הפוגה' } },
  { id: 'assassination', words: { en: 'assassinat*', fr: 'assassinat*', de: 'Ermordung*|ermordet*|Attentat*', es: 'asesinato*|asesinad*', it: 'assassini*', pt: 'assassinato*|assassinad*', nl: 'moord*|vermoord*', pl: 'zabójstw*', tr: 'suikast*', ru: 'убийств*', ar: 'اغتيال*', id: 'pembunuhan', ja: '暗殺', zh: '暗杀|遇刺', hi: 'हत्या', uk: 'вбивств*', ko: '암살', vi: 'ám sát', fa: 'ترور', he: 'התנקשות|נרצח' } },
  { id: 'kidnapping', words: { en: 'kidnap*|hostage*|abduct*', fr: 'enlèvement*|otage*', de: 'Entführung*|entführt*|Geisel*', es: 'secuestr*|rehén|rehenes', it: 'rapiment*|rapit*|ostagg*', pt: 'sequestr*|refém|reféns', nl: 'ontvoering*|ontvoerd*|gijzel*', pl: 'porwani*|porwał*|zakładni*', tr: 'kaçırıl*|rehine*', ru: 'похищени*|заложник*', ar: 'اختطاف*|خطف|رهائن|رهينة', id: 'penculikan|sandera', ja: '誘拐|拉致|人質', zh: '绑架|人质', hi: 'अपहरण|बंधक*', uk: 'викраден*|заручник*', ko: '납치|인질', vi: 'bắt cóc|con tin', fa: 'آدم‌ربایی|گروگان', he: 'חטיפה|חטופים|בני ערובה' } },
  { id: 'arrest', words: { en: 'arrest*|detained|detention', fr: 'arrestation*|arrêté*|interpellé*', de: 'Festnahme*|festgenommen*|Verhaftung*|verhaftet*', es: 'detención|detenciones|detenid*|arrestad*', it: 'arrest*', pt: 'detido*|detida*|detenção|prisão|preso*', nl: 'arrestatie*|gearresteerd*|aangehouden', pl: 'aresztowa*|zatrzyman*', tr: 'gözaltı*|tutuklan*|tutuklama*', ru: 'арест*|задержан*', ar: 'اعتقال*|احتجاز*|القبض', id: 'penangkapan|ditangkap|ditahan', ja: '逮捕|拘束', zh: '逮捕|拘留|被捕', hi: 'गिरफ्तार*|हिरासत', uk: 'арешт*|затриман*', ko: '체포|구속', vi: 'bắt giữ|bị bắt|tạm giam', fa: 'بازداشت|دستگیر', he: 'נעצר|מעצר|נעצרו' } },
  { id: 'trial', words: { en: 'trial|verdict*|convicted|sentenced|indict*', fr: 'procès|verdict*|condamné*|inculpé*|mis en examen', de: 'Prozess*|Urteil*|verurteilt*|Anklage*|angeklagt*', es: 'juicio*|sentencia*|condenad*|imputad*', it: 'processo*|sentenza*|condannat*|imputat*', pt: 'julgamento*|sentença*|condenad*|indiciad*', nl: 'proces|rechtszaak*|vonnis*|veroordeeld*|aangeklaagd*', pl: 'procesu|procesie|wyrok*|skazan*|oskarżon*', tr: 'dava*|yargılan*|mahkum*|iddianame*', ru: 'приговор*|судебн*|обвинени*', ar: 'محاكمة*|حكم قضائي|إدانة*', id: 'persidangan|vonis|dakwaan|didakwa', ja: '裁判|判決|起訴', zh: '审判|判决|起诉', hi: 'मुकदमा|फैसला|सजा', uk: 'вирок*|судов*|обвинувач*', ko: '재판|판결|기소', vi: 'xét xử|phiên tòa|tuyên án|truy tố', fa: 'محاکمه|حکم دادگاه', he: 'גזר דין|גזר הדין|כתב אישום|הכרעת דין' } },
  { id: 'election', words: { en: 'election*|electoral|runoff', fr: 'élection*|électoral*|scrutin*|présidentielle*|législatives', de: 'Wahl|Wahlen|Wahlsieg*|Präsidentschaftswahl*|Parlamentswahl*|Wahlkampf*|Stichwahl*', es: 'elecci*|electoral*|comicios', it: 'elezion*|elettoral*|ballottaggio*', pt: 'eleição|eleições|eleitora*', nl: 'verkiezing*', pl: 'wybor*', tr: 'seçim*', ru: 'выбор*', ar: 'انتخاب*', id: 'pemilu|pemilihan', ja: '選挙', zh: '选举|大选', hi: 'चुनाव*', uk: 'вибор*', ko: '선거|대선|총선', vi: 'bầu cử', fa: 'انتخابات', he: 'בחירות' } },
  { id: 'referendum', words: { en: 'referend*', fr: 'référendum*', de: 'Referendum*|Volksabstimmung*|Volksentscheid*', es: 'referéndum*', it: 'referendum', pt: 'referendo*', nl: 'referendum*', pl: 'referendum*|referendach', tr: 'referandum*', ru: 'референдум*', ar: 'استفتاء*', id: 'referendum', ja: '国民投票|住民投票', zh: '公投|全民公决', hi: 'जनमत संग्रह', uk: 'референдум*', ko: '국민투표|주민투표', vi: 'trưng cầu dân ý', fa: 'همه‌پرسی|رفراندوم', he: 'משאל עם' } },
  { id: 'protest', words: { en: 'protest*|demonstration*|demonstrator*', fr: 'manifestation*|manifestant*|contestation*', de: 'Protest*|Demonstration*|Demonstrant*', es: 'protesta*|manifestaci*|manifestante*', it: 'protest*|manifestazion*|manifestant*', pt: 'protesto*|manifestaç*|manifestante*', nl: 'protest*|demonstratie*|betoging*', pl: 'protest*|demonstracj*|manifestacj*', tr: 'protesto*|gösteri*', ru: 'протест*|демонстрац*|митинг*', ar: 'احتجاج*|مظاهر*|متظاهر*', id: 'unjuk rasa|demonstrasi|protes', ja: '抗議|デモ隊', zh: '抗议|示威', hi: 'प्रदर्शन*|विरोध प्रदर्शन', uk: 'протест*|демонстрац*|мітинг*', ko: '시위|항의', vi: 'biểu tình|phản đối', fa: 'اعتراض|تظاهرات', he: 'הפגנה|הפגנות|מחאה' } },
  { id: 'strike', words: { en: 'strike*|walkout*', fr: 'grève*|gréviste*', de: 'Streik*|gestreikt', es: 'huelga*|huelguista*', it: 'scioper*', pt: 'greve*|grevista*', nl: 'staking*', pl: 'strajk*', tr: 'grev*', ru: 'забастовк*|стачк*', ar: 'إضراب*', id: 'mogok', ja: 'ストライキ', zh: '罢工', hi: 'हड़ताल', uk: 'страйк*', ko: '파업', vi: 'đình công', fa: 'اعتصاب', he: 'שביתה' } },
  { id: 'resignation', words: { en: 'resign*', fr: 'démission*|démissionn*', de: 'Rücktritt*|zurückgetreten', es: 'dimisión|dimite|dimitió|renuncia*', it: 'dimission*|dimette|dimesso', pt: 'renúncia|renunciou|demissão|demite', nl: 'aftreden*|opgestapt|treedt af', pl: 'dymisj*|rezygnacj*|ustąpi*', tr: 'istifa*', ru: 'отставк*', ar: 'استقال*', id: 'mundur|pengunduran diri', ja: '辞任|辞職', zh: '辞职|请辞', hi: 'इस्तीफा|इस्तीफे', uk: 'відставк*', ko: '사임|사퇴', vi: 'từ chức', fa: 'استعفا', he: 'התפטרות|התפטר' } },
  { id: 'impeachment', words: { en: 'impeach*', fr: 'destitution*|destitué*', de: 'Amtsenthebung*|Impeachment*', es: 'juicio político|destitución|destituid*', it: 'impeachment|destituzion*|messa in stato d\'accusa', pt: 'impeachment|destituição', nl: 'afzetting*|impeachment', pl: 'impeachment*|odwołani*', tr: 'azil*|görevden alma', ru: 'импичмент*', ar: 'عزل الرئيس|مساءلة', id: 'pemakzulan', ja: '弾劾', zh: '弹劾', hi: 'महाभियोग', uk: 'імпічмент*', ko: '탄핵', vi: 'luận tội', fa: 'استیضاح', he: 'הדחה' } },
  { id: 'bankruptcy', words: { en: 'bankrupt*|insolven*|receivership|bank failure*|bank run*', fr: 'faillite*|insolvab*|redressement judiciaire', de: 'Insolvenz*|Pleite*|Konkurs*|Bankenpleite*|Bankencrash*', es: 'quiebra*|bancarrota*|insolvencia*', it: 'fallimento*|fallit*|bancarotta*|insolvenz*', pt: 'falência*|falido*|falida*|insolvência', nl: 'faillissement*|failliet*|bankroet*', pl: 'upadłoś*|bankructw*|upadek bank*', tr: 'iflas*', ru: 'банкротств*|обанкрот*', ar: 'إفلاس*|انهيار بنك', id: 'bangkrut|pailit|kebangkrutan', ja: '破綻|破産', zh: '破产|倒闭', hi: 'दिवालिया*', uk: 'банкрутств*|збанкрут*', ko: '파산', vi: 'phá sản', fa: 'ورشکستگی|ورشکست', he: 'פשיטת רגל|קריסת הבנק' } },
  { id: 'merger', words: { en: 'merger*|acquisition*|takeover*|buyout*', fr: 'fusion*|rachat*|acquisition*', de: 'Fusion*|Übernahme*', es: 'fusión|fusiones|adquisici*', it: 'fusion*|acquisizion*', pt: 'fusão|fusões|aquisição|aquisições', nl: 'fusie*|overname*', pl: 'fuzj*|przejęci*', tr: 'birleşme*|satın alma*', ru: 'слияни*|поглощени*', ar: 'استحواذ*|اندماج*', id: 'merger|akuisisi|pengambilalihan', ja: '買収|合併', zh: '收购|并购', hi: 'विलय|अधिग्रहण', uk: 'злиття|поглинанн*', ko: '인수|합병', vi: 'sáp nhập|thâu tóm|mua lại', fa: 'ادغام|تصاحب', he: 'מיזוג|רכישה' } },
  { id: 'layoffs', words: { en: 'layoff*|job cuts', fr: 'licenciement*|suppressions d\'emplois|plan social', de: 'Stellenabbau*|Entlassung*|Kündigungswelle*', es: 'despido*|recorte* de empleo', it: 'licenziament*|esuber*', pt: 'demissões|despedimento*|cortes de empregos', nl: 'ontslagen|banenverlies*', pl: 'zwolnie*', tr: 'işten çıkar*', ru: 'увольнени*|сокращени* штат*', ar: 'تسريح*', id: 'PHK|pemutusan hubungan kerja', ja: '人員削減|解雇', zh: '裁员', hi: 'छंटनी', uk: 'скорочення працівників|масові звільнення|скорочен* штат*', ko: '감원|정리해고|해고', vi: 'sa thải|cắt giảm việc làm', fa: 'اخراج|تعدیل نیرو', he: 'פיטורים|קיצוצים' } },
  { id: 'outage', words: { en: 'outage*|blackout*|blue screen*|glitch*', fr: 'panne*|bug informatique|écran bleu|écrans bleus', de: 'Ausfall*|Ausfäll*|Störung*|IT-Panne*|Panne*|Bluescreen*', es: 'apagón*|caída* informátic*|fallo* informátic*|falla* informátic*|pantallazo* azul*|pantalla azul', it: 'blackout|guasto*|down informatico|schermata blu|schermo blu', pt: 'apagão|pane|falha* informátic*|tela azul', nl: 'storing*|uitval|blauw scherm', pl: 'awari*|niebieski* ekran*', tr: 'kesinti*|arıza*|mavi ekran', ru: 'сбой|сбоя|сбои|сбоем|сбоев|синий экран', ar: 'عطل*|أعطال|انقطاع*|الشاشة الزرقاء', id: 'gangguan|pemadaman|layar biru', ja: 'システム障害|通信障害|大規模障害|ブルースクリーン', zh: '宕机|系统故障|蓝屏', hi: 'आउटेज|तकनीकी खराबी|ब्लू स्क्रीन', uk: 'збій|збою|збої|синій екран', ko: '먹통|전산 장애|시스템 장애|블루스크린', vi: 'sự cố máy tính|sự cố công nghệ|màn hình xanh|gián đoạn dịch vụ', fa: 'قطعی برق|اختلال گسترده', he: 'תקלה|השבתה|מסך כחול' } },
  { id: 'cyberattack', words: { en: 'cyberattack*|cyber attack*|hack|hacked|hacker*|hacking|ransomware|data breach*', fr: 'cyberattaque*|piratage*|piraté*|rançongiciel*', de: 'Cyberangriff*|Hackerangriff*|gehackt|Hacker*|Datenleck*', es: 'ciberataque*|hackeo*|hacker*', it: 'attacco informatico|attacchi informatici|hacker*', pt: 'ciberataque*|ataque hacker|hacker*', nl: 'cyberaanval*|hack|gehackt|hacker*|datalek*', pl: 'cyberatak*|atak hakerski|haker*', tr: 'siber saldırı*|hacker*', ru: 'кибератак*|хакер*', ar: 'هجوم إلكتروني|هجوم سيبراني|قرصنة|اختراق*', id: 'serangan siber|peretasan|peretas', ja: 'サイバー攻撃|ハッキング|ランサムウェア', zh: '网络攻击|黑客|勒索软件', hi: 'साइबर हमला|हैकर*|हैकिंग', uk: 'кібератак*|хакер*', ko: '사이버 공격|해킹|랜섬웨어', vi: 'tấn công mạng|tin tặc|mã độc tống tiền', fa: 'حمله سایبری|هکر', he: 'מתקפת סייבר|האקרים|כופרה' } },
  { id: 'leak', words: { en: 'leak*|spill*', fr: 'fuite*|marée noire', de: 'Leck*|Ölpest|ausgetreten*', es: 'fuga*|filtraci*|derrame*', it: 'fuga*|fuoriuscit*', pt: 'vazamento*|derramamento*', nl: 'lekkage*|olieramp*', pl: 'wyciek*', tr: 'sızıntı*', ru: 'утечк*|разлив*', ar: 'تسرب*|تسريب*', id: 'kebocoran|tumpahan', ja: '漏洩|ガス漏れ|流出', zh: '泄漏|泄露', hi: 'रिसाव', uk: 'витік*|розлив*', ko: '누출|유출', vi: 'rò rỉ|tràn dầu', fa: 'نشت', he: 'דליפה' } },
  { id: 'sabotage', words: { en: 'sabotag*', fr: 'sabotage*|saboté*', de: 'Sabotage*|sabotiert*', es: 'sabotaje*|saboteado*', it: 'sabotaggi*|sabotat*', pt: 'sabotagem|sabotado*', nl: 'sabotage*|gesaboteerd', pl: 'sabotaż*', tr: 'sabotaj*', ru: 'саботаж*|диверси*', ar: 'تخريب*', id: 'sabotase', ja: '破壊工作', zh: '蓄意破坏|破坏活动', hi: 'तोड़फोड़', uk: 'диверсі*|саботаж*', ko: '사보타주|파괴 공작', vi: 'phá hoại', fa: 'خرابکاری', he: 'חבלה' } },
  { id: 'sanctions', words: { en: 'sanction*|embargo*', fr: 'sanction*|embargo*', de: 'Sanktion*|Embargo*', es: 'sancion*|embargo*', it: 'sanzion*|embargo*', pt: 'sanç*|embargo*', nl: 'sanctie*|embargo*', pl: 'sankcj*|embarg*', tr: 'yaptırım*|ambargo*', ru: 'санкци*|эмбарго', ar: 'عقوبات|العقوبات|حظر', id: 'sanksi|embargo', ja: '制裁', zh: '制裁', hi: 'प्रतिबंध*', uk: 'санкці*|ембарго', ko: '제재', vi: 'trừng phạt|cấm vận', fa: 'تحریم', he: 'סנקציות|אמברגו' } },
  { id: 'outbreak', words: { en: 'outbreak*|epidemic*|pandemic*', fr: 'épidémie*|pandémie*', de: 'Epidemie*|Pandemie*|Ausbruch der', es: 'brote*|epidemia*|pandemia*', it: 'epidemi*|pandemi*|focolai*|focolaio', pt: 'surto*|epidemia*|pandemia*', nl: 'uitbraak|epidemie*|pandemie*', pl: 'epidemi*|pandemi*', tr: 'salgın*', ru: 'эпидеми*|пандеми*|вспышк*', ar: 'تفشي*|وباء|جائحة', id: 'wabah|pandemi|epidemi', ja: '感染拡大|パンデミック|集団感染', zh: '疫情|大流行', hi: 'महामारी|प्रकोप', uk: 'епідемі*|пандемі*|спалах*', ko: '팬데믹|집단감염|대유행', vi: 'dịch bệnh|đại dịch|bùng phát', fa: 'همه‌گیری|شیوع', he: 'מגפה|התפרצות' } },
  { id: 'summit', words: { en: 'summit*', fr: 'sommet*', de: 'Gipfel*', es: 'cumbre*', it: 'vertice|vertici', pt: 'cúpula*|cimeira*', pl: 'szczyt*', tr: 'zirve*', ru: 'саммит*', ar: 'قمة|القمة', id: 'KTT', ja: '首脳会談|サミット', zh: '峰会', hi: 'शिखर सम्मेलन', uk: 'саміт*', ko: '정상회담|정상회의', vi: 'hội nghị thượng đỉnh', fa: 'اجلاس|نشست سران', he: 'פסגה' } },
  { id: 'drought', words: { en: 'drought*|heatwave*|heat wave*', fr: 'sécheresse*|canicule*', de: 'Dürre*|Hitzewelle*', es: 'sequía*|ola* de calor', it: 'siccità|ondat* di calore', pt: 'onda* de calor', nl: 'droogte*|hittegolf*', pl: 'susz*|upał*', tr: 'kuraklık*|sıcak hava dalga*', ru: 'засух*|аномальн* жар*', ar: 'جفاف|موجة حر', id: 'kekeringan|gelombang panas', ja: '干ばつ|熱波', zh: '干旱|热浪', hi: 'सूखा|लू', uk: 'посух*|спека|спеки|спекою', ko: '가뭄|폭염', vi: 'hạn hán|nắng nóng', fa: 'خشکسالی|موج گرما', he: 'בצורת|גל חום' } },
  { id: 'landslide', words: { en: 'landslide*|mudslide*|avalanche*', fr: 'glissement* de terrain|coulée* de boue|avalanche*', de: 'Erdrutsch*|Schlammlawine*|Lawine*', es: 'deslizamiento* de tierra|alud*|avalancha*|deslave*', it: 'frana|frane|valang*|smottament*', pt: 'deslizamento* de terra|avalanche*', nl: 'aardverschuiving*|modderstroom*|lawine*', pl: 'osuwisk*|lawin*', tr: 'heyelan*|çığ', ru: 'оползн*|сель|лавин*', ar: 'انهيار أرضي|انهيارات أرضية|انهيار ثلجي', id: 'tanah longsor|longsor', ja: '土砂崩れ|地滑り|雪崩', zh: '山体滑坡|泥石流|雪崩', hi: 'भूस्खलन', uk: 'зсув*|лавин*', ko: '산사태|눈사태', vi: 'sạt lở|lở đất|tuyết lở', fa: 'رانش زمین|بهمن', he: 'מפולת' } },
];

/**
 * Kinds whose words say different things by what surrounds them: a bank, an exchange or a lender
 * that "collapses" goes bankrupt, and coverage in other languages says "faillite", "Pleite",
 * "quiebra", not "effondrement"; a bridge that collapses falls down. When the article around such a
 * kind speaks of money, the other kind is read too.
 */
export interface KindReading {
  /** The ambiguous word: a kind of the taxonomy, or words of its own. */
  kind: string;
  words?: Record<string, string>;
  as: string;
  context: Record<string, string>;
}

export const KIND_READINGS: KindReading[] = [
  {
    // "crashed" alone: a plane or a train, or a computer system, a market, waves.
    kind: 'crashed',
    words: { en: 'crash|crashes|crashed|crashing' },
    as: 'crash',
    context: { en: 'plane*|aircraft|airliner*|jet|jets|flight*|pilot*|Boeing|Airbus|helicopter*|train*|passengers' },
  },
  {
    kind: 'crashed',
    words: { en: 'crash|crashes|crashed|crashing' },
    as: 'outage',
    context: { en: 'computer*|system*|Windows|software|server*|PCs|laptop*|update*|IT' },
  },
  {
    kind: 'collapse',
    as: 'bankruptcy',
    context: {
      en: 'bank|banks|banking|lender*|depositor*|deposits|investor*|shareholder*|shares|stock market*|crypto*|cryptocurrenc*',
      fr: 'banque*|bancaire*|déposant*|dépôts|investisseur*|actionnaire*|bourse*|crypto*',
      de: 'Bank|Banken|Bankkund*|Einlage*|Anleger*|Aktionär*|Aktie*|Börse*|Krypto*',
      es: 'banco*|bancari*|depositante*|depósitos|inversor*|accionista*|bolsa*|cripto*',
      it: 'banca|banche|bancari*|correntist*|deposit*|investitor*|azionist*|borsa|cripto*',
      pt: 'banco*|bancári*|depositante*|depósitos|investidor*|acionista*|bolsa*|cripto*',
      nl: 'bank|banken|spaarder*|belegger*|aandeelhouder*|beurs*|crypto*',
      pl: 'bank*|deponent*|inwestor*|giełd*|kryptowalut*',
      tr: 'banka*|mevduat*|yatırımcı*|borsa*|kripto*',
      ru: 'банк*|вкладчик*|инвестор*|акци*|бирж*|криптовалют*',
      ar: 'بنك|البنك|مصرف*|المصرف*|المودعين|مودعين|المستثمرين|البورصة|العملات المشفرة',
      id: 'bank|nasabah|investor|saham|bursa|kripto',
    },
  },
];

/** One spelling as a dossier term: the stem mark becomes the matcher's prefix option. */
export function toTermSpelling(word: string): { text: string; prefix: boolean } {
  const prefix = word.endsWith('*');
  // A stem inside a phrase ("trzęsieni* ziemi") keeps its stem: the phrase then finds that form only.
  return { text: (prefix ? word.slice(0, -1) : word).replace(/\*/g, ''), prefix };
}

export function spellingsOf(kind: EventKind): { text: string; lang: string; prefix: boolean }[] {
  const out: { text: string; lang: string; prefix: boolean }[] = [];
  for (const [lang, list] of Object.entries(kind.words)) {
    for (const w of list.split('|')) {
      const s = toTermSpelling(w.trim());
      if (s.text.length >= 2) out.push({ ...s, lang });
    }
  }
  return out;
}

/** Prefix of the topic ids of KIND_READINGS contexts in kindTopics. */
export const CONTEXT_PREFIX = 'context:';
/** Prefix of the topic ids of KIND_READINGS' own words in kindTopics. */
export const WORDS_PREFIX = 'words:';

/** The kinds (and the readings' contexts) as a matcher's topics (one group each), to find which
 *  kinds an article names. */
export function kindTopics(language?: string | null): { id: string; topics: Topic[] }[] {
  // In the article's own language only, when the taxonomy has it: another language's word can be a
  // form of an ordinary word here (Italian "frana", a landslide, reads "Francis" in English).
  const base = typeof language === 'string' ? language.toLowerCase().split('-')[0] : '';
  const hasLanguage = EVENT_KINDS.some((k) => base in k.words);
  const asTopic = (id: string, kind: EventKind): Topic => ({
    id,
    label: id,
    level: 'story' as const,
    terms: spellingsOf(kind)
      .filter((s) => !hasLanguage || s.lang === base)
      .map((s) => ({ text: s.text, lang: s.lang, group: id, ...(s.prefix ? { prefix: true } : {}) })),
    require: { groups: 1, score: 0.01 },
  });
  return [
    {
      id: 'event-kinds',
      topics: [
        ...EVENT_KINDS.map((kind) => asTopic(kind.id, kind)),
        ...KIND_READINGS.map((r) => asTopic(`${CONTEXT_PREFIX}${r.kind}:${r.as}`, { id: r.as, words: r.context })),
        // Each reading's own words once, however many readings share them.
        ...KIND_READINGS.filter((r, i) => r.words && KIND_READINGS.findIndex((o) => o.kind === r.kind) === i).map((r) =>
          asTopic(`${WORDS_PREFIX}${r.kind}`, { id: r.kind, words: r.words ?? {} }),
        ),
      ],
    },
  ];
}
