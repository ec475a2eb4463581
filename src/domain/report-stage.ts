import type { Stage } from './report.ts';
import { charGate, holds, LATIN_LETTER } from './char-gates.ts';
import { clauseEnd, clauseStart, groupedWords, nextGroupedWord } from './report-text.ts';
import { inCodeSet } from './sticky-scan.ts';

/**
 * The stage a report puts a lead in. A stage word counts when it happened: 已簽約,
 * 正在洽談, 今天開工. A future marker before it (將, 計劃, 擬, 預計, 準備, 下週 …) means it
 * has not happened, and neither has a denied one (未簽約, 尚未簽約, 不簽約了). 落戶 names
 * where a project settles, said at signing as often as at landing: no stage. Later stages win;
 * a signing that is only planned or denied still means talks are under way.
 */

type ParsedStage = Exclude<Stage, 'dropped'>;

const RANK: Record<ParsedStage, number> = { lead: 0, negotiating: 1, signed: 2, landed: 3 };
/** The stage of each rank, RANK read backwards. */
const BY_RANK: readonly ParsedStage[] = ['lead', 'negotiating', 'signed', 'landed'];

const STAGE_WORDS: [ParsedStage, string][] = [
  // 已註冊成立, 完成(公司|工商)註冊, 註冊咗公司, 公司註冊好了, 拿到了營業執照: the project's company exists here, as a
  // landing does; so does a registration said done after 已 (已在高新區註冊, 已經在產業園註冊了), the papers done
  // (辦好公司登記了) and a licence got whenever (營業執照本週拿到了, 辦完營業執照). 註冊資本 and 註冊地 are not one.
  // 已投用 (in use, not 建成投用 to come), 開學 (a school opened). 已經在建了, 正在建 (not 在建設, 在建議): building under way;
  // 開始平整土地: the site levelled; 上個月拿的證, 領到證了: the licence got, any licence (執照辦下來了, 營業執照已下發, 已辦理
  // 營業執照), the papers done either way round (工商登記辦完了, 註冊完畢), the project's company set up (子公司已經成立了, not
  // 公司成立於2005年); the building topped out (封頂, 主體完工), machines moved in (設備已經進場), a trial run (試運營).
  // 開公了, 開公儀式: voice input's 開工. 開了個新的加工廠, 開咗間門店: a plant or a shop opened (not 開了個會, 廠房).
  // 廠房在建著, 在建中: building under way, however said; 落咗地 (folded 落了地): landed, split by its aspect marker.
  // 這次簽的一期: the signing of this time, as 剛簽的 is.
  // 已經量產了, 已開始出貨: the plant makes and ships.
  // 廠子都建起來了: the plant built (not 等廠房建起來了, waited for); 已經在裝修了: the shop or the guesthouse fitted out.
  // 還在建, 9月開的工, Wu 開出來了 (opened), 工商註冊已經完成了: built, begun, opened, registered, however said.
  // Round 33: 已經在生產了, 已經開始打地基了, 已運營: the plant making, its foundation being laid, the business running (not 在生產線,
  // 準備打地基: a line named, a foundation to lay).
  [
    'landed',
    '落地|开工|投产|建成|开业|竣工|试产|试生产|动工|奠基|入驻|开张|投入运营|正式运营|投入使用|投入生产|施工(?![图许方单队])|注册成立|完成(?:项目)?(?:公司|工商)?注册|注册(?:了|咗)?(?:一家|一个|个)?(?:新的?)?(?:子)?公司|注册(?:[好完下]|下来)了|注册(?:完毕|完成|办好|办完)(?![^,;。!\\n]{0,3}后)|成立(?<=(?:公司|子公司|分公司)(?:已经|已)?(?:正式)?成立)(?=了|[,;。!\\s]|$)(?<=(?:已|已经|正式)[^,;。]{0,3}成立)|注册(?=了|\\s|[,;。!\\n]|$)(?<=已[^,;。!\\n]{0,14}注册)|注册(?=(?:已经|已)(?:完成|办好|办完))|登记(?<=(?:办好|办完|做好|完成)了?(?:公司|工商)?登记)|登记(?=[^,;。!\\n]{0,3}?(?:办[好完妥]|完成|完毕|下来))(?![^,;。!\\n]{0,6}后)|执照(?<=(?:[拿领办取][到好了得完]了?|办理了?|取得了?)(?:营业|工商)?执照)|执照(?=[^,;。!\\n]{0,4}?(?:[办拿领下批][好到来完妥下]|下发|到手))|投用(?<=已投用|已经投用|正式投用)|开学|开了学|在建(?<=(?:已经|已|正|目前|还)在建)(?![设议])|开的工|开出来了|封顶|主体(?:完工|竣工)|进场(?<=(?:设备|施工队|施工方|机器)(?:已经|已|都|陆续)?进场)|试运营|试运行|平整(?=土地|场地)|平整(?<=(?:土地|场地)平整)|证(?<=[拿领取][到了的]证|办好了?证)|落户(?<=已落户|已经落户|已正式落户|已经正式落户)|开公(?<=已开公|已经开公|正式开公)|开公(?=了|仪式)|开了(?:一?[个家间])(?:新的?)?[^,;。!?\\n]{0,10}?(?:工厂|厂|门店|分店|店)(?![房商家长区子])|开始(?:盖|生产)(?![线车])|开始建(?=了)|并网(?:发电)?(?![^,;。!?\\n]{0,3}后)|在建(?=了|咧|啦|嘞|[着著]|中(?=的|[^\\u4e00-\\u9fff]|$))|落了地|量产(?<=(?:已经|已|实现了?|正式|开始)量产)(?![^,;。!?\\n]{0,3}后)|出货(?<=(?:已经|已|开始|正式)出货)|建起来了(?<=(?<![等待][^,;。!?\n]{0,4})(?:厂|厂房|厂子|工厂|车间|基地)(?:都|已经|已|也)?建起来了)|装修(?<=(?:已经|已)在装修)(?=了|[,;。!\\s]|$)|生产(?<=(?:已经|已|正|都)在生产)(?![线车基])|打地基(?<=(?:开始|已经|已|正在)打地基)|运营(?<=(?:已经|已)运营)',
  ],
  // 已摘牌拿地, 拿到地了: the land bought, which follows the signing.
  // 已簽 at the end of a clause, a line or a cell (錦程服飾 倉儲基地 3000萬 已簽, …｜已簽｜…); 剛簽的合同 and
  // 合同上個月簽的 (the contract signed, whenever it was).
  // 已簽框架協議, 已簽意向協議, 已簽MOU: an agreement named after 簽. 已經千約了, 已經簽越了: voice input's
  // homophones of 簽約, after 已 or before 了 (簽越了, 千約咗). 昨兒個簽的: the day said in the north's speech; 昨晚簽的, 週五簽的, 5號簽的: any day or part of one. 簽咧 (NW), 簽嘞, 簽咯 (SW, Hunan, Guangxi), 簽噠 (Hunan): 了 in speech. 簽安逸了,
  // 簽巴適了 (SW), 簽掂咗, 簽搞掂 (Cantonese), 簽妥: signed and done. 已簽正式合同: the contract named after 簽.
  // 把合同簽掉了: signed and done. 今天廣德又簽一個: another signed. 昨天在經開區簽的約, 喺園區簽嘅約: 簽約 split by 的.
  // 合同搞定了, 協議已經拿下: the contract got, signed as said in speech.
  // 合同簽過了: signed before now (not 沒簽過, no 了).
  // Round 33: Hakka 簽撇哩 and Wu 簽脫個 (folded to 簽好哩, 簽好個: 哩 and a clause-closing 個 as 了), voice input's 已經 簽 了 (簽 parted
  // from its 了 by a space): signed (not 要簽好個合同, a contract to sign).
  [
    'signed',
    '签约|签订|签署|签下|签[了咧嘞咯哒掉]|签(?=\\s了)|签(?<=又签)(?=一?[个家只项])|签的约|签过(?=了)|签完|签好(?:了|哩|合同|协议|约|个(?=[,;。!?\\s]|$))|签(?:安逸|巴适|妥|搞掂|掂)|签定|签协议|签合同|签的(?:合同|协议)|签投资协议|签(?:正式|框架|合作|战略合作|投资合作|投资意向|合作意向|意向)(?:协议|合同|书)|签\\s*(?:mou|moa|loi)\\b|签的(?<=(?:合同|合约|协议)[^,;。\\n]{0,5}签的|[刚已]签的|已经签的|(?:这次|此次|本次|这回)签的|在[^,;。\\n]{1,8}签的|(?:昨天|前天|今天|昨儿个?|前儿个?|今儿个?|昨个|前个|上午|下午|上周|上个月|上礼拜|上星期|月初|日|号|昨晚|前晚|今早|今晨|昨夜|晚上|早上|中午|周末|礼拜[一二三四五六日天]|星期[一二三四五六日天]|周[一二三四五六日])签的)(?!话)|签(?<=已签|已经签)(?![\\u4e00-\\u9fff\\w])|千约(?<=已千约|已经千约)|千约(?=了|咗)|签越(?=了|咗)|拿地(?=了|[,;。!\\s]|$)|拿了地(?![方区址块图])|拿到了?地(?![方区址块图])|摘牌(?<=(?:已|已经|完成|土地)摘牌)|签越(?<=已签越|已经签越)|(?:搞定|拿下)(?<=(?:合同|协议)(?:已经|已|都|也)?(?:搞定|拿下))(?![^,;。!?\\n]{0,3}后)',
  ],
  [
    'negotiating',
    // 還在搭伊拉談 (Wu 搭 is "with"), 在同廠家磨: talks with someone under way.
    // 請對接劉經理 asks the reader to get in touch with a person, it says nothing of talks.
    // 談了兩輪了, 嘮了好幾回, 聊過幾次: rounds of talks counted. 對接的是…經理 and 具體對接找…代表
    // name a person to contact, not talks.
    // 還再談, 正再談: voice input's 還在談 (再 for its homophone 在).
    // 還沒談好, 仲未傾掂: not agreed yet, so still talking. Every word opens with its own
    // character (未談…|沒有?談…): the scan skips to the characters words may start with.
    // 正磨合同條款, 這次是談具體條款, 尽調: the terms of the deal worked over, or the investor checking the project.
    // 還跟鎮裡磨嘰條件呢, 在摳條件: the terms haggled over.
    // 還在磨, 正磨租金呢, 還在喬價格 (Taiwanese 喬), 還在圪磨地價 (Shanxi), 磨嘰大半年了 (north-eastern), 地價要再談一下, 還要談 (Hakka 還愛傾), 談的差不多了,
    // 基本講定了, 這次跟大埔談的項目: haggling, talks to go on, nearly done or agreed by word, a project talked over.
    // 跟園區談一個3億的電池項目, 上週談的那個紡織廠: a project talked over (想談一個…, 準備談的那個 are still to come).
    // Round 31: 還在 談, 現在 在 談 (voice input's spaces); 談到第三輪了, 談了第二輪, 來談了第三回了: rounds counted; 談到用地指標了: the
    // terms reached; 條件基本講好了, 條款基本妥了, 麼事都談妥了: nearly agreed; 正搁那磨嘰, 正跟園區掰扯: haggling; 跟陳總擺了一下午 (SW),
    // 跟他拉了好幾回呱 (Shandong 拉呱), 談哩兩隻鐘 (Hakka): talked for long or often (not 還在拉呱階段, chatting still, nor a call held:
    // the fixtures read 跟…開了個 call as a lead's first contact as often as talks); 目前再談: voice input's 在談; 仲要再傾吓: to go on talking.
    // Round 32: 對接：商會秘書處小林 (a key naming who to contact), 歡迎會員企業對接, 要對接的話可以找…: an invitation to get in
    // touch, no talks held (5 labels, all a lead).
    // Round 32: 還在扯電價嘞事, 羅田那個光伏…還在扯 (SW and Hubei speech): haggling, however the thing haggled over is said (21
    // labels with 在扯, all talks).
    // Round 32: 下週再談, 下禮拜再碰一下, 下個月再來細談, 約咗下個禮拜再傾: another round set for a named week or month, talks under way
    // (17 labels against 5, three of those five naming an early stage, which still reads a lead); not 下次再聊, 下趟再細談, 回去再研究.
    '条款(?<=(?:谈|磨|抠|审|改|商量|磋商|review)[^,;。\\n]{0,4}条款)|谈(?=(?:一个|一只|一项|个)[^,;。!?\\n]{0,14}?项目)|谈的(?=那个|这个|差不多|项目)|条件(?<=(?:磨|抠|讲|商量|磋商)[^,;。\\n]{0,4}条件)|尽调|尽职调查|谈的是|洽谈|交涉|对接(?<!请对接|需要对接|欢迎[^,;。!?\\n]{0,8}对接)(?!人|的是|找|请找|联系|一?下(?![来去])|的话|\\s?:)|[谈谝][着著]|聊[着著](?!天)|[谈聊][了过咗](?:好|很)(?:久|耐|长时间)|[谈聊][了过着](?:成|整整|足足)?(?:一整|大半|一|两|三|四|五|半|整)[个只]?(?:整)?(?:天|上午|下午|晚上|早上|中午|钟头|小时|钟|宿|晚)|摆(?<=[跟和同与][^,;。!?\\n]{1,16}摆)(?=[了过](?:一整|大半|一|两|三|半|整)个?(?:天|上午|下午|晚上|小时|钟头))|呱(?<=拉[了过](?:好几|几|[两三四五六七八九十])[回次趟]呱)|(?:接着|继续|接到)(?:谈|聊|磋商|洽谈)|再(?:谈|聊|磋商)(?=一[轮回次])|再[谈聊](?<=[还仍正]再[谈聊]|还[要得]再[谈聊])|再[谈聊](?<=[要得]再[谈聊])(?=一下|吓|一[谈聊]|[谈聊])|再谈(?<=(?:目前|现在)再谈)|扯(?<=[还仍正]在扯)(?!皮)|再(?:来|过来)?细?(?:谈|碰(?=一?[下次哈回]|个?头))(?<=(?:下周|下个?礼拜|下个?星期|下个?月)[一二三四五六日天]?再(?:来|过来)?细?[谈碰])|谈了(?<=[跟和同与][^,;。\n]{1,10}谈了)|在扯皮|在商量|圪磨|磨叽(?=了?(?:大半|好几|[一两三四五六七八九十几半])个?(?:年|月|礼拜|星期))|谈(?<=还[要得爱]谈)|(?:谈|讲|敲)定(?<=基本上?(?:谈|讲|敲)定)|谈妥(?<=基本上?谈妥)|磨(?<=(?:[还仍正]在|正)磨)(?![合具床刀洋蹭面粉豆米])|乔价[格钱]|乔(?<=[还仍正]在乔)(?![总董姓迁])|未谈[好妥完拢]|没有?谈[好妥完拢]|谈[了过](?:好|几|[一二两三四五六七八九十多]){1,2}[回轮次遍趟]|聊[了过](?:好|几|[一二两三四五六七八九十多]){1,2}[回轮次遍趟]|谈得|谈判|商谈|磋商|考察|接洽|在谈|在聊(?!天)|谈价格|谈价钱|扯价钱|讲价钱|磨价钱|磨价格|砍价|谈条件|谈细节|谈合作|洽商|商洽|达成意向|达成合作意向|沟通|在[跟和同与搭][^,;。\\n]{1,8}?[谈磨磋谝聊扯叨]|在\\s+[谈聊](?![天])|谈(?:到|了|过)?第[二三四五六七八九十\\d][轮回次]|谈到了?[^,;。!?\\n]{0,6}?(?:指标|条款|价格|价钱|细节|股比|电价|地价|租金)|(?:谈|讲)好(?<=基本上?(?:谈|讲)好)|妥(?<=(?:基本|都谈)妥)|(?:磨叽|掰扯|扯皮)(?<=(?:[还仍正]在|正)[^,;。!?\\n]{0,8}(?:磨叽|掰扯|扯皮))',
  ],
  // 已經在松江 register 了公司, 已經在臨渭區operation了: an English verb with 了 after it happened.
  // "registered 在自貿區", "incorporated" (the company, not its capital) as 註冊成立, 已經 register 咗 as 已註冊; 已經正式
  // production as 已投產, 正式 operation as 正式運營; 已經 ground breaking 了 (with a space) as groundbreaking; 已經 landing 了 as 已落地.
  // Round 33: grand opening, go-live, construction 已經 started, 正在 construction: opened or building, as 開業 and 在建 are.
  [
    'landed',
    String.raw`\b(?:broke|breaking|break) ground\b|\b(?:officially|now|grand) open(?:ed)?\b|open\b(?<=(?:已经|已|正式)\s?open)|register\b(?<=(?:已经|已)\s?register)|(?<!等[^,;。!?\n]{0,8})\b(?:register|operation)\b(?=\s?了)|\bkick(?:s|ed)? off (?:construction|production)\b|\bkick(?:ed)? off\b(?<=(?:已经|已)\s?kick(?:ed)? off)|\bground[- ]?breaking\b|\bgrand opening\b|\bgo(?:ne)?[- ]live\b|construction\b(?=\s?(?:已经|已)\s?(?:started|begun|开始))|construction\b(?<=(?:已经|正在|已经在)\s?construction)|\b(?:started|began|commenced|starts?) (?:construction|production|operations?)\b|\b(?:construction|production|operations?) (?:has |have )?(?:started|began|begun|commenced)\b|production\b(?=\s?(?:正式)?(?:启动|开始|开工))|\bunder construction\b|\bin production\b|\boperational\b|\bopened\b|\blanded\b|landing\b(?<=(?:已经|已)\s?landing)|\bput into (?:production|operation)\b|\bwent into (?:production|operation|service)\b|\b(?:began|started) operating\b|\bin operation\b|\b(?:registered|incorporated)\b(?! capital)|\bbusiness licen[cs]e\b(?=[^.;]{0,16}\b(?:obtained|issued|granted|received|approved)\b)|\b(?:got|obtained|received|secured)\b(?= (?:the |its |their )?business licen[cs]e)|production\b(?<=(?:已经|已|正式)\s?production)|operation\b(?<=(?:已经|已|正式)\s?operation)`,
  ],
  ['signed', String.raw`\bsigned\b|\binked\b|\bsigning\b|\bsign\b`],
  // "early talks" names the lead's stage (LEAD_STAGE_NAMED), not talks under way. 還在 discuss 電價: talks, as 還在談 is.
  // pre-negotiation is before talks; "As discussed," opens a letter by the call that led to it.
  [
    'negotiating',
    String.raw`\b(?:next|second|third|another) round of (?:talks|negotiations?)\b|\bterm sheets?\b|\bdue diligence\b|(?<!\bearly )\btalks\b|(?<!\bpre-)\bnegotiat\w*|\bin discussions?\b|\bstill talking\b|\btalk(?:ing)?\b(?<=在\s?talk(?:ing)?)|\bdiscussing\b|(?<!\bas )\bdiscuss(?:es|ed)?\b|\bunder discussion\b|\bvisited\b|\bsite visit\b|\binspect\w*|\bin contact\b`,
  ],
];

const STAGE_PATTERNS = groupedWords(STAGE_WORDS.map(([, words], n) => ({ words, latin: n >= 3 })));

/** STAGE_PATTERNS' `any`, sticky: what nextWord tries a text with English words with. */
const STAGE_ANY_AT = new RegExp(STAGE_PATTERNS.any.source, 'y');

/**
 * nextGroupedWord over the stage words, with a text's English words tried, sticky, only where one may open: `any`
 * scanned from `from` tries its English alternatives at every character, most of them Chinese, and look-behinds first. Every English word of the
 * stage and activity lists opens with a lowercase letter at a word's start (`\b`, or a look-behind that needs a space
 * or a Chinese character before it), but for production, whose word 開始 after it may stand in reproduction.
 */
function nextWord(text: string, latin: boolean, from: number, to: number): RegExpExecArray | null {
  const { opens } = STAGE_PATTERNS;
  if (!latin || opens === null) return nextGroupedWord(STAGE_PATTERNS, text, latin, from, to);
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) {
      if (code !== 0x70 && i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    } else if (!inCodeSet(opens, code)) continue;
    STAGE_ANY_AT.lastIndex = i;
    const match = STAGE_ANY_AT.exec(text);
    if (match) return match;
  }
  return null;
}

/** A character of `\w` (a regex without the u flag): a `\b` stands between it and any other. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** Before a stage word, nearest first wins: a future marker, a denial, or a sign it happened. */
const MARKERS_CJK = new RegExp(
  [
    // 下禮拜, 下星期: next week in speech; 就差簽約了: all that is left is the signing; 原定本週簽約: a plan, put off or not.
    // 想來考察, 想對接的可以找…: a wish (not 想到, 想法, 想起).
    // 本月底, 這個月尾, 本月下旬, 下一步, 下步: a time or a step to come (not 11月底, 上個月底, 11月下旬: a month's end told; the
    // window is sliced, so the month is said in the word).
    // 早開工、早投產, 早日投產: a wish for the landing (not 早已, 早就, which say it happened long ago, nor 今早, 昨早, 一早: a morning).
    // 說好的12月10號簽約: a promise, not a signing.
    '(早日|(?<![已就老很提早今昨一大])早(?=$)|说好|将于|将要|将|想(?![到法起])|原定|原计划|如果|要是|假如|若是|万一|一旦|只要|计划|拟|预计|准备|打算|即将|有望|争取|力争|力促|推动|促进|推进|助推|加快|确保|希望|有意|有兴趣|意向|待|下周|下个?礼拜|下个?星期|就差|只差|还差|下月|下个月|下个?号头|明年|明天|后天|过几天|改天|届时|年底|(?:本|这个?|下个?)月(?:底|尾|下旬)|下一?步|年内|近期|后续|择日|择机|定于|预定|预期|等待|可望|尽快|力求|筹备)',
    // 不對 and 不是 before a figure correct a figure (三個億 不對 三點二個億 在談), they deny no stage.
    // 差不多 (about) is no denial: 兩億六差不多吧現在還在談.
    '(尚未|未能|并未|暂未|还没有|还没|没有|没|未|无法|不会|不打算|(?<!差)不(?!断|少|仅|但|久|同|到|对|是\\s*[\\d一二两三四五六七八九十]))',
    // 正式, 成功, 順利 say how, not when: 下週與市政府正式簽約 is still to come.
    '(已经|已|完成|今天|昨天|前天|日前|近日|刚刚|刚|上周|上月|去年|均已|目前已|正在|仍在|还在|目前)',
  ].join('|'),
  'g',
);
// A word inside a hyphenated compound (coal-to-hydrogen, state-of-the-art) marks nothing.
const MARKERS_LATIN = new RegExp(
  [
    String.raw`(?<!-)\b(['’]ll|will|plans?|planned|planning|expected|expects?|to be|going to|intends?|intended|aims?|next|would|may|might|hopes?|scheduled|pending|prepar\w+|about to|to|tomorrow|soon)\b(?!-)`,
    String.raw`\b(not|no|nothing|never|hasn't|haven't|didn't|yet to)\b`,
    String.raw`\b(already|has|have|had|was|were|officially|successfully|yesterday|today|recently|just|finally|ongoing|are|is)\b`,
  ].join('|'),
  'g',
);
/**
 * After a stage word: 簽約前 (before signing, not 簽約儀式前天辦的), 建成後, 投產之後 (once built: hypothetical), 簽約儀式將 …, 開工準備, 開工儀式籌備
 * (made ready for); 開工要等明年開春, 投產還得等到年底, 开业等到春节后, 開工要到明年3月: the stage waits for a later time;
 * 簽約時間改了, 簽約改到下月: put off to another day.
 */
const AFTER_FUTURE_CJK =
  /^(?:(?:仔|之?后|以后)?[再才](?:通知|告诉|公布|宣布|官宣|发消息|跟大家说|和大家说)|(?:仪式|协议|合同|时间|日期)?(?:的)?(?:之?前(?![天晚日年两几]|一天|段)|流程|准备|筹备|将|拟|计划|预计|定于|定在|于下|有望|待定|未定|另定|再定|(?:又|要|得|被)?(?:延期|推迟|延后|推后|往后推|暂缓|改期|改(?=了|到|成|为|在))|(?:还|估计|可能|恐怕)?(?:要|得|需要?)等|等到|(?:要|得)(?:等)?到(?=明|下|年底|年后|春节|开春|\d|[一二三四五六七八九十]+月)))/;
/**
 * 簽約仪式 scheduled on Dec 16, 簽約時間也從本週五推到下週三, 簽約儀式取消了，改到本週五, 開工定在下月: the stage's day set, moved
 * or called off, so it has not come.
 */
const AFTER_SET_FOR = /^\s?(?:仪式|时间|日期|活动)?\s?(?:也|又|已经|已)?\s?(?:从[^,;。!?\n]{1,8}?(?:推|改|延)到|(?:推|改|延|推迟)到|scheduled|set for|取消)/;
/** Every match of AFTER_SET_FOR holds 到, 取消 or an s (scheduled, set for); most clauses hold none, and skip the pattern. */
const mayBeSetFor = (after: string) => after.includes('到') || after.includes('取消') || after.includes('s');
/** 簽約未成, 簽約未果, 開工沒成: the stage tried and not reached. */
const AFTER_FAILED_CJK = /^(?:还|尚|仍|却)?(?:未成|未果|没成|不成|失败|泡汤)/;
/**
 * 建成後可解決就業300人, 全部建成投產後可實現產值…, 建成達產後預計…: once built (and producing), imagined; 了就要招…: what it
 * brings once there.
 */
const AFTER_CONDITIONAL_CJK =
  /^(?:以|之)?后|^(?:投产|达产|投用|达效|运营|竣工)(?:以|之)?后(?=[^,;。!?\n]{0,3}?(?:可|预计|将|能|会|有望|年))|^了?(?:就|才)?(?:要|能|可以?|会|将)(?:招|请|解决|带动|吸纳|提供|新增|实现|达到|年产)/;
/** 先派人來考察, 先過來對接: 先 before a visit or a contact plans it as the first step. */
const FIRST_STEP_BEFORE = /先(?:派人|安排)?(?:过来|过去|来|去)?$/;
/** 不是已簽, 別寫成已簽約, 唔好報做已簽, 先別往外說已經簽了, 別往上報簽約了: the stage named only to say it must not be reported. */
const DENIED_AS_SAID =
  /(?:不是|(?:别|不要|不好|莫|勿)(?:写|说|报|讲|记|当)(?:成|做))\s*["'「『]?\s*(?:已经|已)?\s*$|(?:别|不要|莫|勿)(?:往外|对外|到处|乱|出去)?(?:说|讲|传|讲)\s*["'「『]?\s*(?:已经|已)\s*$|(?:别|不要|莫|勿)(?:往上|向上|往外|对外)(?:报|说|讲|传)\s*["'「『]?\s*(?:已经|已)?\s*$/;
/** 了 (and speech's 咯, 啦, 喽) right after a stage word that follows 早: it happened long ago. */
const LONG_SINCE_AFTER = /^[了咯啦喽]/;
/** 就等, 只等, 還等, 在等, 等著 right before a stage word: waited for (not 等 closing a list, 華為、中興等簽約). */
const WAITED_BEFORE = /(?:[就只还在正]等|等[着著])$/;
/** 年後, 節後, 開春 (and 就, 再, 才, 過來) right before a stage word: 年後過來簽約. */
const SEASON_BEFORE = /(?:年后|节后|开春)(?:就|再|才)?(?:过来|过去|来|去)?$/;
/** MOU 還沒 sign, 還沒到 negotiation stage: a Chinese denial right before the English word (到: not reached). */
const DENIAL_CJK_BEFORE = /(?:没有?|未|尚未|还没有?)(?:到)?\s*$/;
const DENIAL_LATIN = /\b(?:not|no|nothing|never|hasn't|haven't|didn't|yet to)\b/;
const AFTER_FUTURE_LATIN = /^\s+(?:is |are |was )?(?:planned|scheduled|expected|pending|soon|next)\b/;

const ROUND_OF_TALKS = /^(?:next|second|third|another) round/;
const CONTINUED_TALKS = /^(?:接着|继续|接到|再)/;

type Occurrence = 'happened' | 'future' | 'denied' | 'asked';

/** 了沒有, 咗未 (folded 了未), 沒: the stage word's A-not-A tail, then the clause ends. */
const A_NOT_A_END = /^\s*了?\s*(?:没有|没|未)\s*(?:[,;。:\n]|$)/;

/** 簽了沒有，我問了, 落地了沒我打聽過: the A-not-A tail, then the reporter asking about it; 簽了沒有我也不清楚: or not knowing. */
const ASKED_THEN_TOLD = /^\s*了?\s*(?:没有|没)\s*,?\s*我?(?:(?:问|打听|核实|确认)(?:了|过)|们?也?(?:不清楚|不知道|不晓得|不确定))/;

/** 是不是已經, 有沒有, 是否: the stage word after them is asked about. */
const IS_IT_BEFORE = /(?:是不是|是否|有没有)\s*(?:已经|已)?\s*$/;

/** 簽約了沒？, 簽咗未？: a stage asked about has not been said to happen; the answer tells. `stop` ends the clause. */
function asked(text: string, end: number, stop: number): boolean {
  if (text[stop] === '?') return true;
  // 有人問桂能光伏簽了沒有，回覆一下：…: an A-not-A that ends its clause asks without a question mark.
  if (stop - end <= 4 && A_NOT_A_END.test(text.slice(end, stop + 1))) return true;
  // 簽了沒有我問了一下還沒簽: the A-not-A asked, then what the reporter found out on asking.
  if (ASKED_THEN_TOLD.test(text.slice(end, end + 12))) return true;
  // 簽了嗎 asks without a question mark as often as with one.
  let last = stop - 1;
  while (last >= end && (text[last] === ' ' || text[last] === '\t')) last--;
  return last >= end && (text[last] === '吗' || text[last] === '么');
}

function nearestMarker(text: string, from: number, to: number, pattern: RegExp): Occurrence | null {
  const window = text.slice(from, to);
  let last: Occurrence | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    last = m[1] ? 'future' : m[2] ? 'denied' : 'happened';
  }
  return last;
}

function occurrence(text: string, start: number, end: number, latin: boolean, stage: ParsedStage): Occurrence {
  const clause = clauseStart(text, start);
  const stop = clauseEnd(text, end);
  const after = text.slice(end, Math.min(stop, end + 16));
  if (latin) {
    if (AFTER_FUTURE_LATIN.test(after)) return 'future';
    // "is the deal signed?": asked, not said; the answer tells.
    if (text[stop] === '?') return 'asked';
    const from = Math.max(clause, start - 32);
    // "nothing has been signed": a denial holds whatever auxiliary stands nearer.
    if (DENIAL_LATIN.test(text.slice(from, start))) return 'denied';
    // MOU 還沒 sign: a Chinese denial right before the English word.
    if (DENIAL_CJK_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return 'denied';
    // 下週安排 site visit: a Chinese marker tells of the English word when no English one does.
    return nearestMarker(text, from, start, MARKERS_LATIN) ?? nearestMarker(text, Math.max(clause, start - 10), start, MARKERS_CJK) ?? 'happened';
  }
  if (AFTER_FUTURE_CJK.test(after) || (mayBeSetFor(after) && AFTER_SET_FOR.test(after))) return 'future';
  if (AFTER_FAILED_CJK.test(after)) return 'denied';
  if (asked(text, end, stop)) return 'asked';
  // 有人問…是不是落地了，我問了，沒有: a stage asked about with 是不是 or 有沒有 is not said to have happened, whatever ends the clause.
  if (IS_IT_BEFORE.test(text.slice(Math.max(clause, start - 6), start))) return 'asked';
  // 在談，不是已簽 / 不是「已簽約」: the stage said in order to deny it.
  const said = text[start - 1] === '已' || text[start - 2] === '已' || text[start - 1] === '是' || text[start - 2] === '是';
  // 大家別往上報簽約了: the stage named only as what must not be reported up.
  if (said || text[start - 1] === '成' || text[start - 1] === '做' || text[start - 1] === '报' || text[start - 1] === '说') {
    if (DENIED_AS_SAID.test(text.slice(Math.max(0, start - 8), start))) return 'denied';
  }
  // 在談, 在商量: the 在 says the talks are going on, whatever was denied before it (具體還沒定就是在談).
  if (text[start] === '在') return /[没不未]$/.test(text.slice(Math.max(0, start - 1), start)) ? 'denied' : 'happened';
  // 這廠早開工了: long since begun (早 as 早就), not a wish for an early start. 年後就動工, 節後開工, 開春投產: after the new
  // year or a festival, still to come (開春就開工了 says when it began).
  if (text[start - 1] === '早' && LONG_SINCE_AFTER.test(after)) return 'happened';
  if (SEASON_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return LONG_SINCE_AFTER.test(after) ? 'happened' : 'future';
  // 接下來就等開工了, 還等著簽: the stage waited for.
  if (WAITED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return 'future';
  // 先派人來考察, 先對接著看看: a first step still to take.
  if (stage === 'negotiating' && FIRST_STEP_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return 'future';
  // 擬投資2.2億元（洽談中）: a stage in brackets is said on its own, whatever the clause plans.
  const from = Math.max(clause, start - 10 - quarterLength(text, start), text.lastIndexOf('(', start) + 1);
  const marker = nearestMarker(text, from, start, MARKERS_CJK) ?? (plannedFor(text, clause, start) ? 'future' : 'happened');
  // 建成後可解決就業300人 imagines the landing; 簽約後預計開工 narrates a signing that happened.
  if (marker === 'happened' && stage === 'landed' && AFTER_CONDITIONAL_CJK.test(after)) return 'future';
  return marker;
}

/**
 * 預計 2027 Q2 開工, 预计 Q3 2027 投产, 計劃 2027年 H1 投產: a year's quarter or half written in English before a stage word
 * is one time, however long: the marker before it (預計) still tells of the stage word, as it does across 明年.
 */
const QUARTER_BEFORE = /(?<![a-z])(?:\d{4}\s*年?\s*)?[qh][1-4](?:\s*\d{4}\s*年?)?\s*$/;
function quarterLength(text: string, start: number): number {
  const code = text.charCodeAt(start - 1);
  // Only a digit or a space can end the time (2027 Q2 開工, Q3 投產): most stage words skip the look.
  if (!(code === 32 || (code >= 48 && code <= 57))) return 0;
  const m = QUARTER_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m ? m[0].length : 0;
}

/** 擬於本月下旬來我市實地考察, 計劃於下月中旬組團來…: a plan for a time, which may stand further back than a marker. */
const PLANNED_FOR = /(?:拟|计划|将|定|预计|准备|预定|打算)于[^,;。!?\n]{1,16}$/;
function plannedFor(text: string, clause: number, start: number): boolean {
  const before = text.slice(Math.max(clause, start - 20), start);
  return before.includes('于') && PLANNED_FOR.test(before);
}

/**
 * 合同還沒簽, 年前肯定簽, 下禮拜過來簽, 下週一簽, 這兩天就簽, 就差簽字了: a bare 簽 denied, to come (a weekday of next week, the
 * next few days) or all that is left. 下個月3號簽, 下個月三號過來簽, 年底之前簽, 聽日簽 (folded 明日), 就等簽字了, 就等下禮拜三簽: a day
 * of the month or the week named before it, tomorrow said in speech, or the signing waited for. 說好元旦後簽, 約好月底前簽:
 * a day promised, said by what it follows or comes before; not 定好的合同簽過了 (簽完, 簽好了), a signing done.
 */
const SIGN_TO_COME =
  /(?:没|未|还没|尚未|不|将|会|要|准备|计划|肯定|争取|打算|下个?月|下周[一二三四五六日天]?|下个?礼拜[一二三四五六日天]?|下个?星期[一二三四五六日天]?|下个?号头|月底|年底|年前|明年|明天|后天|后儿个|明儿个?|近期|这两天|这几天|过两天|过几天)(?:先|再|才|先至|就)?(?:过来|过去|来|去)?签(?![约订署下定了字])|(?:下个?月|下周|下个?礼拜|下个?星期|这个?月|本月|月底|年底|明天|明日|后天)(?:[\d一二三四五六七八九十]{1,3}[号日]|[一二三四五六日天]|之?前|前后)(?:先|再|才|就)?(?:过来|过去|来|去)?签(?![约订署下定了字])|明日(?:先|再|才|就)?(?:过来|过去|来|去)?签(?![约订署下定了字])|[就只还]等[^,;。!?\n]{0,8}?签|[就只还]差(?:最后)?(?:一步)?签|(?:说好|约好|定好)[^,;。\n]{0,8}?(?:[前后](?:再|才|就)?(?:过来|来)?)?签(?![约订署下定了字的过完]|好了)|等[^,;。\n]{1,16}?就签/;
/** 沒簽, 未簽, 不簽, 還沒簽, 尚未簽: SIGN_TO_COME's denials. */
const SIGN_DENIED_OPENS = /^(?:没|未|还没|尚未|不)/;
/**
 * 只是有這個想法, 淨係有意向, 只是初步達成意向: an intention and nothing more. 先考慮看看,
 * 還在考慮: the investor is still making up their mind, nobody is talking yet.
 */
const INTENT_ONLY =
  /(?:只是|只有|仅仅?是|仅有|还只是|只)(?:有|表达了?|表示了?)?(?:个|这个|一个)?(?:初步)?(?:达成)?(?:的)?(?:意向(?![书协合])|想法|兴趣)|(?:先|还在|再|仍在)(?:考虑|评估)|\bevaluat(?:e|ing)\b/;
/**
 * 還未開始談, 還沒正式談, 沒談過: the talks themselves denied, so a signing not made does not mean
 * talks are under way. Not 還沒談好 (talks not finished).
 */
const NO_TALKS = /(?:还|尚)?(?:未|没有?)(?:开始|正式|在)?(?:谈|洽谈|接触|聊)(?![好妥完拢成])/;
/**
 * 有意來投資…還沒簽, 還沒簽，意向階段, 才剛開始接觸, early stage, interested 在…: an intention or a first contact
 * said beside the signing not made, and no talks said: the lead has not reached talks.
 */
const INTENT_SAID =
  /有意|意向(?![书协合])|初步接触|开始接触|刚接触|(?:还|仍|仲|正)在度?接触|接触(?:阶段|紧|中)|评估|有兴趣|\bearly (?:stage|discussions?|talks)\b|\bintention\b|\binterested\b|\binitial contact\b|\bevaluat(?:e|ing)\b/;
/** 目前處於初步意向階段, 還在評估階段, 還在接觸 (仲喺度接觸緊), 還處在初步接觸, early stage, still in early discussion: the lead's stage named outright, which outranks visits made. */
const LEAD_STAGE_NAMED =
  /意向阶段|(?:处在|处于)初步接触|初步(?:达成|表达了?|表示了?|有了?)[^,;。!?\n]{0,20}?意向(?![书协合])|评估阶段|考虑阶段|(?:还|仍|仲|正)在度?接触|接触(?:阶段|紧|中)|\bearly (?:stage|discussions?|talks)\b|\binitial contact\b/;
/** 只是來考察了一下, 暫無具體項目: a look around and nothing more. */
const ONLY_LOOKED =
  /(?:只是|就是)[^,;。\n]{0,6}(?:考察|看看|看一下|看了?一眼|了解|(?:[转逛遛兜绕]|溜达|转悠)了?一圈)|(?:暂无|暂时没有|还没有|尚无)具体(?:的)?项目/;
/** 簽的只是意向書, 只是簽了框架協議: only a paper of intent signed, the deal itself not yet. */
const ONLY_INTENT_PAPER = /只是(?:签了?)?(?:一份|个|一个)?(?:投资)?(?:意向书|意向协议|合作意向|框架意向|(?:合作)?备忘录|\s?mou\b)/;
/** 簽了個意向書而已, 就簽了MOU而已: a paper of intent and no more. */
const INTENT_PAPER_ALONE = /(?:意向书|意向协议|合作意向|框架意向|备忘录|\bmou|\bloi)\s?而已/;
/**
 * 簽了MOU，正式協議還在談 / 已簽意向協議，正式合同仲喺度傾緊 / 已簽框架協議，正式合同待簽 / intent letter簽了，formal agreement還在談 /
 * 簽了框架協議，正式合同年後再簽: the paper of intent or the framework before the deal, which is talked over or signed later. LOI
 * 簽了，還不是正式 contract: the paper said not to be the deal. Not 正式合同還沒有 (said of the paper signed as a signing).
 */
const INTENT_PAPER_TALKED =
  /(?:意向书|意向协议|合作意向|框架意向|框架协议|备忘录|\bmou\b|\bloi\b|\bintent letter\b|\bletter of intent\b)[^。\n]{0,48}?(?:(?:正式(?:的)?(?:投资)?(?:协议|合同|\s?contract|\s?agreement)|\bformal (?:contract|agreement)\b)[^,;。\n]{0,4}?(?:(?:还在|仍在|正在|在)(?:磋商|谈|洽谈|谈判|商谈)|(?:还|仍|尚)?未签|还没签|待签|\s?(?:expected|要|将|预计|计划|下个?月|年后|明年))|(?:还|并|仍)不是正式)/;
/** MOU, LOI, intent letter, term sheet, 意向書, 備忘錄, 框架協議, 意向簽約: a paper of intent, signed before the deal itself. */
const INTENT_PAPER = /\b(?:mou|moa|loi|intent letter|letter of intent|term sheet)\b|意向书|意向协议|意向签约|框架协议|备忘录/;
/**
 * 簽了MOU，…，正式contract年後簽 / formal contract下個月才簽 / formal agreement還在談 / 還不是正式 contract: the contract or
 * agreement called formal (正式, formal) still to be signed, talked over or denied, anywhere after the paper (past a full
 * stop or a line, where INTENT_PAPER_TALKED stops), with English tails (pending, to be signed) and papers (MOA, term sheet).
 */
const FORMAL_DEAL_TO_COME =
  /(不是|\bnot (?:yet )?(?:a |the )?)?(?:(?:正式|\bformal)(?:的)?\s?(?:投资)?\s?(?:contract|agreement|合同|协议)|\bcontract\b)([^,;。\n]{0,6}?(?:(?:还在|仍在|正在|在)(?:磋商|谈|洽谈|谈判)|\b(?:under negotiation|being negotiated|pending|expected|to be signed|not yet signed)\b|(?:还|仍|尚)?未签|还没签|(?:下个?月|下周|年后|年前|明年|月底|next (?:week|month|year))[^,;。\n]{0,3}签))?/g;

/** Whether a paper of intent is said before a formal deal denied or still to come (FORMAL_DEAL_TO_COME): a bare "formal contract" may be the one signed. */
function formalDealToCome(said: string): boolean {
  const paper = INTENT_PAPER.exec(said);
  if (!paper) return false;
  FORMAL_DEAL_TO_COME.lastIndex = paper.index + paper[0].length;
  for (let deal = FORMAL_DEAL_TO_COME.exec(said); deal; deal = FORMAL_DEAL_TO_COME.exec(said)) if (deal[1] || deal[2]) return true;
  return false;
}

/**
 * 就是個意向，啥也沒定呢, 現在還是初步接觸, 暫無具體計劃: where things stand said to be an intention or a first contact and no
 * more, which outranks talks said beside it (唠了半天, 談了一下); so do 目前只是見了一面, 就是跟人家老闆吃了頓飯, 尚屬初步接觸, 還在初步接觸階段.
 */
const ONLY_INTENT_NOW =
  /(?<!不)(?:就是|只是|还只是|还是|仍是)(?:个|一个)?(?:初步)?(?:意向(?![书协合])|接触)|暂无具体(?:的)?计划|(?:只是|就是)[^,;。!?\n]{0,10}?(?:见了?一面|碰了?个?头|吃了?[顿个]饭)|(?:尚属|还在|仍在|处于|处在)初步接触|初步接触阶段/;
/**
 * 有意在…投資, 意向投資2億, 有投資意向: the firm's intention to invest (not 意向書, 意向協議, 合作意向, nor 意向地點 or 意向選址,
 * where the intention names a place).
 */
const INTENT_TO_INVEST = /有意(?![思义见识外])|意向(?![书协合地选落位])/;
/** 與晉江經開區, 跟園區 right before 對接: who is in touch with whom. */
const PARTIES_BEFORE = /(?:[与跟和]|同(?![时样期]))[^,;。!?\n]{1,10}$/;
/** Words of a visit or a contact: talks only in a loose sense. */
const SOFT_TALKS = /^(?:考察|对接|沟通|接洽|\bvisited\b|\bsite visit\b|\binspect|\bin contact\b)/;
/** 尚未進入實質洽談, 還沒有正式談, 沒開展實質性洽談: the talks themselves not begun. */
const TALKS_DENIED = /(?:尚未|还未|还没有?|并未|未|没有?)(?:进入|开展|开始|进行)?(?:实质性?的?|正式)(?:洽谈|谈判|谈|磋商|接触|对接|进展)/;
/** 考察後有意…, 考察時表達了投資意向: the visit narrated as the time an intention came of it. */
const VISIT_THEN = /考察(?:之?后|时|期间|过后)/;
const VISIT_DONE = /(?:完成|已经?)考察|考察(?:完|结束)/;
/** 還在考察中, 目前處於考察階段, 現在在考察, Cantonese 仲喺度考察緊: the investor is still looking. */
const VISIT_UNDER_WAY = /考察(?:中|阶段|当中|紧)|在考察|[在喺]度考察/;
/**
 * 今天上午來我們這邊考察了…他們說有意向投六個多億, 考察完了 挺滿意 有意向: an intention said after the visit, come of it. Not a
 * delegation led by the firm's head (董事長帶隊來我市考察，有意投資5億元), nor an intention told before the visit (有意投資…，已經
 * 來考察過一次): the fixtures read those as talks.
 */
function intentCameOfVisit(said: string): boolean {
  const visit = said.indexOf('考察');
  return INTENT_SAID.test(said.slice(visit)) && !LED_VISIT.test(said) && !INTENT_SAID.test(said.slice(0, visit));
}
const LED_VISIT = /带队|率队|率团|带团/;
/** Words of a visit alone: 考察, visited, site visit, inspect. */
const VISIT_WORD = /^(?:考察|\bvisited\b|\bsite visit\b|\binspect)/;
/** 下週再來談: talks said, even to come, keep the lead in talks. */
const intentSaid = (said: string) => INTENT_SAID.test(said) && !/谈|倾/.test(said);

/** 電動工具, 自動化: a stage word that is part of another word. */
function insideWord(text: string, at: number, word: string): boolean {
  // 已落地桃花源工業園: settled already, as 已落戶 is.
  if (word === '落地') return SETTLES_AT.test(text.slice(at + 2, at + 4)) && !SETTLED_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  return word === '动工' && (/[电自手劳被主启制]/.test(text[at - 1] ?? '') || text[at + 2] === '具');
}

/**
 * 落地雙河鎮, 落地我市: 落地 before a place says where the project settles, as 落戶 does, said at
 * signing as often as at landing. Not 落地了 (or a dialect's 落地咯, 落地噠), 落地後, 落地生根, 落地見效, 落地投產 ….
 */
/** 已, 已經, 已正式 right before 落地: the settling has happened. */
const SETTLED_BEFORE = /(?:已|已经)(?:正式|顺利)?$/;
const SETTLES_AT = /^(?![了后生见开投建运实的项注咯哒啦喽嘞咧,;。\s]|$)[\u4e00-\u9fff]/;

/**
 * Words of getting in touch, which 初步 (or 前期, 剛開始, 首次, 新) makes a first contact: 初步對接, 前期對接階段, 剛開始對接,
 * 首次接洽, 本週新對接了一個項目 (not 重新對接, taken up again). Bare 對接 stays talks, as the glossary has it (階段: negotiating, 洽談/對接).
 */
const FIRST_CONTACT_WORDS = new Set(['对接', '沟通', '接洽', '交流']);
const FIRST_BEFORE = /(?:初步|前期|(?:刚刚|刚|才)?开始|初次|首次|(?<!重)新)\s*(?:的|地|进行了?|开展了?)?\s*$/;

/** 只是初步達成意向: an intention said to be all there is, not talks under way. */
function intentOnly(text: string, at: number, word: string): boolean {
  // 已完成初步對接, 還在初步溝通: a first contact, which is where a lead stands.
  // 初步 接洽, 初步的交流, 目前在初步接洽: any word of first contact, a pause or 的 between.
  if (FIRST_CONTACT_WORDS.has(word) && FIRST_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
  // 已初步達成意向: a first intention agreed, as 初步對接 is a first contact.
  return word.startsWith('达成') && /(?:只是|仅是|只)(?:初步)?$|初步$/.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * 剛才說簽了，搞錯了，還在談 / 之前說投產了，其實還沒開工 / 更正一下，還沒動工，只是簽了合同 /
 * 不是已經投產，是剛簽約 (its stage quoted or not), 不是簽了，是還沒談, 上條消息有誤：…, 已經簽約了 不對 還在談,
 * 前天報的簽約項目撤回, 之前說簽了是誤傳 (誤報, 是誤會), 說已經簽約了，說早了 (said too soon), 之前報的「已落地」改一下, 昨天說已經開工了，不準確 (不屬實), 係我搞錯，其實仲未簽 (no 了), 先前講已落地，實際上只是簽了框架協議:
 * what was said before the slip is owned no longer counts.
 */
const RETRACTION =
  /(?:搞|说|讲|报|弄|记|写|打)错了|(?:说|讲|报|写)早了|是我(?:搞|说|讲|报|弄|记|写|打|听|看)错|是错的|有误|不对(?<!对不对)(?=[啊呀哦吧]?[\s,;。!]*(?:还|没|未|已|刚|在|正在|目前|是|只|他|它|其实))|(?:其实|实际上|实际情况)(?=还没|还未|仍未|没|并没|未|尚未|是|只|不对|[^,;。\n]{1,4}只是)|(?:确认|核实|核对)(?:了)?(?:一下)?(?=[\s,;。]*(?:还没|没|未|并没|尚未|其实))|(?:更正|纠正)(?:一下)?|不是["'「『]?(?:(?:已经|已)[^,;。\n]{1,8}|[^,;。\n]{1,4}了[哈啊呀哦嘛]?)[,;]\s*(?:而|只|就)?是|撤回|误传|误报|误会|谣传|不准确|不属实|改一下|(?:消息|说法|["'”」』])是假的|假的(?<=(?:^|[,;。:\s])假的)(?=[,;。!\s]|$)/g;

/**
 * Words without which no retraction can stand: most reports skip the scan. (RETRACTION's 假的 standing alone has its
 * look-behind after it: one at an alternative's start stops the engine skipping to the words' first characters.)
 */
const RETRACTION_HINT = /错|误|其实|实际|更正|纠正|不是|不对|不准|不属|撤回|谣传|确认|核实|核对|假的|改一下|早了/;
/** A character of each word RETRACTION_HINT reads: a text without one is not scanned for them. */
const RETRACTION_CHARS = charGate('错误其实更纠不撤谣确核假改早');
/** 個 and 總, which a tally of projects holds (countedSubject); 周, 隔, 鄰 and 兄, of the words for another city (ELSEWHERE). */
const COUNT_CHARS = charGate('个总');
/** 投, which an earlier project's investment holds (EARLIER_PROJECT). */
const INVESTED_CHARS = charGate('投');
const ELSEWHERE_CHARS = charGate('周隔邻兄');

/** Where the last retraction in `text[from, to)` starts and ends. */
function lastRetraction(text: string, from: number, to: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  RETRACTION.lastIndex = from;
  for (let m = RETRACTION.exec(text); m && m.index < to; m = RETRACTION.exec(text)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}

/** 沒簽, 還沒簽, 什麼都沒簽, 尚未簽: a bare 簽 denied. */
const SIGN_DENIED = /(?:没有?|未|尚未)签(?![约订署下定了字])/;
/** How far before a retraction the slip it owns may stand: 已經簽約了 投資3億 更正 3.5億 owns the sum, not the signing. */
const SLIP_REACH = 8;

/** 去年引進的3個項目已全部投產: the stage of several other projects, not of this lead. */
const COUNTED_PROJECTS = /\d+\s*个(?:重点|重大|招商)?项目[^,;。\d]{0,6}$/;

/** 協助落地項目5個, 累計簽約項目12個: a tally of the stage word's projects counted after it. */
const COUNTED_AFTER = /^(?:的)?(?:重点|重大|招商)?项目\s*(?:共|合计|累计)?\s*[\d一二两三四五六七八九十几多]+\s*个/;
/** 項目15個, 項目二十多個: projects counted, more than one. */
const COUNTED_SEVERAL_AFTER =
  /^(?:的)?(?:重点|重大|招商)?项目\s*(?:共|合计|累计)?\s*(?:[2-9]|[1-9]\d+|[两二三四五六七八九十几][一二三四五六七八九十几多]*)\s*个/;
/** Words of a tally before it (簽約重大項目兩個 alone reports the signing); 全省本月簽約項目總額: the province's. */
const TALLY_BEFORE = /协助|累计|共计|合计|全年|今年以来|先后|总共|一共|全省|全市|全区|全县|全国/;
/** 簽約項目總額320億元: the projects' sum, a tally of them. */
const SUMMED_AFTER = /^(?:的)?(?:重点|重大|招商)?项目\s*(?:总额|总金额|总投资额?)/;

function countedSubject(text: string, at: number, end: number): boolean {
  // Every pattern here needs 項目, in the 16 characters before the word (COUNTED_PROJECTS) or the 12 after it (the rest).
  const project = text.indexOf('项目', Math.max(0, at - 16));
  if (project < 0 || project > end + 10) return false;
  const clause = text.slice(Math.max(clauseStart(text, at), at - 16), at);
  if (COUNTED_PROJECTS.test(clause)) return true;
  const after = text.slice(end, end + 12);
  // 新開工項目15個, 新簽約項目27個: new projects counted, several of them (新簽約項目1個：… may be the lead itself).
  if (text[at - 1] === '新' && COUNTED_SEVERAL_AFTER.test(after)) return true;
  // 本週全市新增線索9條，在談項目31個: the tally word may open the sentence.
  return (COUNTED_AFTER.test(after) || SUMMED_AFTER.test(after)) && TALLY_BEFORE.test(SENTENCE_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[0] ?? '');
}
const SENTENCE_BEFORE = /[^。;!?\n]*$/;

/**
 * Who handles the contact, not talks held: 具體由商會劉秘書長對接, 後續由他們的項目經理對接, 具體找陳總對接.
 */
const CONTACT_BY = /(?:由|找(?![了过到]))[^,;。\n]{1,14}$/;
function contactNotTalks(text: string, at: number): boolean {
  const clause = text.slice(clauseStart(text, at), at);
  const by = CONTACT_BY.exec(clause);
  return by !== null && !/[在已]/.test(clause.slice(by.index));
}

/** 拿地, 拿到地, 摘牌: the land bought, which no one signs with the chamber's side. */
const LAND_BOUGHT = /^(?:拿(?!下)|摘牌)/;

/** 簽了保密協議, 簽了NDA: a promise to keep the talks secret is no signing of the deal. */
const SECRECY_AFTER = /^(?:了|好了|完了)?\s*(?:一份|个)?\s*(?:保密协议|nda\b)/;

/** NDA 已簽, 保密協議已經簽了: the promise of secrecy named before its signing. */
const SECRECY_BEFORE = /(?:保密协议|\bnda\b)\s*(?:已经|已|都|也)?\s*$/;

/**
 * 周邊城市：某市上週簽約…, 隔壁縣剛落地了…: a clause that opens with another city tells of its projects, not
 * of this lead. Not 隔壁縣的某某公司已簽約 (a company from there) nor 跟隔壁縣的企業簽了.
 */
const ELSEWHERE = /(?:^|:)\s*(?:听说|据说|听[^,;。\n]{1,8}[说讲])?\s*(?:周边城市|周边地市|邻市|邻县|隔壁|兄弟城市)(?![县市区镇]?的)/;

function saidOfElsewhere(text: string, at: number): boolean {
  return ELSEWHERE.test(text.slice(clauseStart(text, at), at));
}

/**
 * 該公司去年在大連投了8億的基地已經投產, 我司於2024年在漳州投資的同類項目（總投資2.8億元）已順利投產: the investor's earlier
 * project in another place, told to vouch for it, not this lead's stage (not 去年在高新區投資的項目已經投產了, no investor
 * named before it: the lead itself).
 */
const EARLIER_PROJECT =
  /(?:该公司|该企业|我司|他们|对方|这家(?:公司|企业)?|公司|企业|集团)[^,;。!?\n]{0,3}?(?:去年|前年|之前|此前|早年|以前|\d{4}年)[^。;!?\n]{0,6}?在[^,;。!?\n]{1,10}?投(?:资|了)?[^,;。!?\n]{0,8}?的[^;。!?\n]{0,24}$/;

function earlierProject(text: string, at: number): boolean {
  return EARLIER_PROJECT.test(text.slice(Math.max(0, at - 48), at));
}

export interface StageReading {
  /** The stage, or null when no stage word appears at all. */
  stage: ParsedStage | null;
  /** Whether any stage word appears, happened or not (a sign the text is about a lead). */
  mentioned: boolean;
}

/** The first stage word in `text[from, to)`: its stage and where it stands, or null. */
function stageWordIn(text: string, from: number, to: number, latin: boolean): { stage: ParsedStage; at: number } | null {
  const m = nextWord(text, latin, from, to);
  if (m === null) return null;
  let group = 0;
  while (m[group + 1] === undefined) group++;
  return { stage: STAGE_WORDS[group][0], at: m.index };
}

/**
 * Whether `word` stands whole inside text[from, to): the engine's search, which runs on past `to` when the word is absent,
 * is still some four times as fast a character as a loop of ours (wordWithin) over the spans readStage reads, most of a text.
 */
function spanHolds(text: string, word: string, from: number, to: number): boolean {
  const at = text.indexOf(word, from);
  return at >= 0 && at + word.length <= to;
}

/** 目前是洽談階段, 現在仍處於談判階段: where things stand now named as talks. */
const TALKS_STAGE_NOW = /(?:目前|现在|当前)(?:还|仍)?(?:是|处于|在)(?:洽谈|谈判|磋商|商谈)阶段/;

/**
 * The stage of folded `text[from, to)`; `latin` says whether English words may be in it, `keyed` that the span is a key's
 * value (階段：考察中).
 */
export function readStage(text: string, from = 0, to = text.length, latin = holds(text, LATIN_LETTER), keyed = false): StageReading {
  const retraction = holds(text, RETRACTION_CHARS) && RETRACTION_HINT.test(text) ? lastRetraction(text, from, to) : null;
  if (retraction !== null) {
    const retracted = retraction.end;
    const corrected = readStage(text, retracted, to, latin, keyed);
    // 剛確認，還沒簽: a bare 簽 denied is said of the stage too.
    if (corrected.mentioned || corrected.stage !== null) return corrected;
    // 這個消息不準確，沒簽，人家只是有意向 / 實際情況是…才剛接觸，什麼都沒簽: the signing denied in what is said instead, with only an
    // intention or a first contact beside it: a lead's, whatever the slip was.
    const instead = text.slice(retracted, to);
    if (instead.includes('签') && SIGN_DENIED.test(instead) && (INTENT_ONLY.test(instead) || INTENT_SAID.test(instead)))
      return { stage: 'lead', mentioned: true };
    // 剛才說 GreenLeaf Paper signed 是錯的: the stage owned wrong, and no other said instead.
    // 不是簽了，是…: the slip stands inside the retraction, before its comma.
    let owned = Math.max(clauseStart(text, retraction.start), retraction.start - SLIP_REACH);
    // 群裡說已經簽約，其實不對，…: a retraction that opens its clause owns the clause before it.
    if (owned > 0 && /^\s*(?:其实|哦|噢|呃|嗯)?\s*$/.test(text.slice(owned, retraction.start)) && /[,;]/.test(text[owned - 1] ?? ''))
      owned = Math.max(clauseStart(text, owned - 1), owned - 1 - SLIP_REACH * 3);
    const slip = stageWordIn(text, owned, retracted, latin);
    if (slip !== null) {
      // 已經千約了啊是簽約啊語音轉的打錯了: the word given right after 是 is what the speaker says, the slip its spelling.
      if (text[slip.at - 1] === '是' && text[slip.at - 2] !== '不') return { stage: slip.stage, mentioned: true };
      // 更正：…目前只是簽了投資協議…，我上午寫成已投產是錯的: a signing or landing said before another slip still stands
      // (not 已簽約。更正，剛才說簽約了不對: the same stage, said again to take it back). 說好下個月簽，還沒簽，之前說簽了是誤會:
      // talks said before the slip stand too, unless only an intention is said after it (they only 表達了 intention).
      const before = owned > from ? readStage(text, from, owned, latin, keyed).stage : null;
      const kept = before !== null && before !== slip.stage && (RANK[before] >= RANK.signed || !INTENT_SAID.test(text.slice(retracted, to)));
      return { stage: kept ? before : null, mentioned: true };
    }
  }
  let best = -1;
  let mentioned = false;
  let talks = false;
  // Whether talks were said in words of talking (洽談, 在談), not only of a visit or a contact (考察, 對接).
  let firmTalks = false;
  let looseTalks = false;
  // Whether a loose word of talks other than 對接 happened (考察, 溝通, 接洽 …): 對接 alone is the chamber's contact.
  let looseBeyondContact = false;
  // Whether the only talks said are visits (考察), and nobody is said to be in touch (對接, 溝通, 接洽), even as whose lead it is.
  let visitsOnly = true;
  const counts = holds(text, COUNT_CHARS);
  const invested = holds(text, INVESTED_CHARS);
  const elsewhere = holds(text, ELSEWHERE_CHARS) && (text.includes('周边') || text.includes('隔壁') || text.includes('邻') || text.includes('兄弟城市'));
  for (let m = nextWord(text, latin, from, to); m; m = nextWord(text, latin, m.index + m[0].length, to)) {
    if (
      insideWord(text, m.index, m[0]) ||
      intentOnly(text, m.index, m[0]) ||
      (counts && countedSubject(text, m.index, m.index + m[0].length)) ||
      (m[0] === '对接' && contactNotTalks(text, m.index)) ||
      (elsewhere && saidOfElsewhere(text, m.index))
    )
      continue;
    // The group that matched says which list the word is from (no array of groups per match).
    let group = 0;
    while (m[group + 1] === undefined) group++;
    const [stage] = STAGE_WORDS[group];
    if (invested && RANK[stage] >= RANK.signed && earlierProject(text, m.index)) continue;
    const latin = group >= 3;
    mentioned = true;
    if (stage === 'negotiating' && !VISIT_WORD.test(m[0])) visitsOnly = false;
    // "next round of talks next week": a round to come says the talks are under way.
    let when = latin && ROUND_OF_TALKS.test(m[0]) ? 'happened' : occurrence(text, m.index, m.index + m[0].length, latin, stage);
    // 下週接著談, 還要再談一輪: talks to go on are under way, whenever the next round is (unless only an intention is
    // said: 現在就是個意向…下禮拜再接著唠, which the check after the loop reads).
    const continued = when === 'future' && CONTINUED_TALKS.test(m[0]);
    if (continued) when = 'happened';
    // 是簽了保密協議，正式投資協議還在談: only the talks are under way.
    if (
      stage === 'signed' &&
      when === 'happened' &&
      (SECRECY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || SECRECY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)))
    )
      talks = true;
    else if (when === 'happened') {
      best = Math.max(best, RANK[stage]);
      if (continued) {
        // neither firm nor loose: only the talks to come
      } else if (stage === 'negotiating' && !SOFT_TALKS.test(m[0])) firmTalks = true;
      // 他們對接的港企: 對接的 before what it describes says whose lead it is more than that talks are held.
      else if (stage === 'negotiating' && !(m[0] === '对接' && text[m.index + 2] === '的')) {
        looseTalks = true;
        // 正在與晉江經開區對接: the firm and the other side in touch, talks named by their parties.
        if (m[0] !== '对接' || PARTIES_BEFORE.test(text.slice(Math.max(clauseStart(text, m.index), m.index - 12), m.index))) looseBeyondContact = true;
      }
    }
    // A signing that is planned or denied: the parties are talking.
    // 明年再拿地, 不拿地: land to buy later, or none, says nothing of talks.
    else if (stage === 'signed' && !LAND_BOUGHT.test(m[0])) talks = true;
  }
  // Whether the talks themselves are denied beside a signing not made (沒有簽，也沒在談).
  let talksDenied = false;
  // Most readings settle above talks: only the others need the words of the whole span.
  if (best < RANK.signed) {
    const said = from === 0 && to === text.length ? text : text.slice(from, to);
    // A bare 簽 that is denied, to come or all that is left.
    // Every such 簽 is a 簽: most reports have none, and skip the scan.
    // 聽講下個月簽: a signing to come is a stage said, as 下個月簽約 is (not 冇簽么子項目, a signing denied).
    const toCome = !talks && said.includes('签') ? SIGN_TO_COME.exec(said) : null;
    if (toCome !== null) {
      talks = true;
      if (!SIGN_DENIED_OPENS.test(toCome[0])) mentioned = true;
    }
    // 冇簽任何嘢，淨係有意向: not signed, and only an intention so far; nobody is talking yet.
    // 還未開始談，也還未簽: the talks are denied too.
    // 壓根兒還沒簽，就是來溜達了一圈兒: not signed, and only a look around.
    if (talks && best < RANK.negotiating && (INTENT_ONLY.test(said) || NO_TALKS.test(said) || intentSaid(said) || ONLY_LOOKED.test(said))) talks = false;
    talksDenied = talks && NO_TALKS.test(said);
  }
  if (talks) best = Math.max(best, RANK.negotiating);
  // 其實簽的只是意向書，正式合同還沒簽: a signing of intent only, the deal itself still talked over. 不是簽約了，只是簽了個
  // 備忘錄: the 只是 that closes a retraction opens what is read after it.
  if (best === RANK.signed) {
    const start = from >= 2 && text.startsWith('只是', from - 2) ? from - 2 : from;
    if (spanHolds(text, '只是', start, to) && ONLY_INTENT_PAPER.test(text.slice(start, to))) best = RANK.negotiating;
    // 簽了意向書而已: 而已 closes what 只是 opens.
    else if (spanHolds(text, '而已', start, to) && INTENT_PAPER_ALONE.test(text.slice(start, to))) best = RANK.negotiating;
  }
  // 上週報的是已簽約，今天縣裡說合同還在走流程，目前是洽談階段: the talks named as where things stand now outrank a signing told.
  if (best === RANK.signed && spanHolds(text, '阶段', from, to) && TALKS_STAGE_NOW.test(from === 0 && to === text.length ? text : text.slice(from, to)))
    best = RANK.negotiating;
  // 已簽意向書，正式協議還在磋商中: a paper of intent signed, and the deal itself said to be still talked over.
  if (best === RANK.signed) {
    const said = from === 0 && to === text.length ? text : text.slice(from, to);
    // Round 26: MOU 上週簽了，contract 還沒簽: after an English paper of intent, the contract in English is the deal itself, as 正式合同 is.
    if ((said.includes('正式') || said.includes('formal') || said.includes('contract')) && (INTENT_PAPER_TALKED.test(said) || formalDealToCome(said)))
      best = RANK.negotiating;
  }
  // 前期考察階段，尚未進入實質洽談; 這次考察後有意在白塔鎮建分廠: a visit or a contact, and the talks themselves denied
  // or only an intention come of it: the lead has not reached talks.
  // 沒有簽，也沒在談，只是上週來考察了一次: a signing not made says no talks when the talks are denied too.
  if (best === RANK.negotiating && (!talks || talksDenied) && !firmTalks) {
    const said = from === 0 && to === text.length ? text : text.slice(from, to);
    // 已完成考察，暫未進入實質性洽談 is a step done: still talks.
    const visit = said.includes('考察');
    const denied = (said.includes('实质') || said.includes('正式')) && TALKS_DENIED.test(said) && !(visit && VISIT_DONE.test(said));
    // 企業已赴實地考察兩次，目前處於初步意向階段: the stage named outright outranks the visits.
    // 還在考察中, 目前處於考察階段: visits alone, still going on, are a lead's (not a keyed 階段：考察中, the stage the
    // member picked; nor 來考察過，有意投資…, a visit made, which the fixtures read as talks).
    if (
      denied ||
      (visitsOnly && !keyed && visit && (VISIT_UNDER_WAY.test(said) || intentCameOfVisit(said))) ||
      ((said.includes('只是') || said.includes('就是') || said.includes('具体')) && ONLY_LOOKED.test(said)) ||
      (((visit && VISIT_THEN.test(said)) || !looseTalks || LEAD_STAGE_NAMED.test(said)) && INTENT_SAID.test(said)) ||
      // 意向投資10億，正在對接 / 有意在蘭考投資…: the firm's intention, and the chamber in contact (對接) the only talks said.
      (!looseBeyondContact && INTENT_TO_INVEST.test(said))
    )
      best = RANK.lead;
  }
  // ONLY_INTENT_NOW needs 意向 or 接觸 after a 是, or 暫無: most texts are not sliced for it.
  if (
    best === RANK.negotiating &&
    (spanHolds(text, '暂无', from, to) ||
      spanHolds(text, '初步接触', from, to) ||
      (spanHolds(text, '是', from, to) &&
        (spanHolds(text, '意向', from, to) ||
          spanHolds(text, '接触', from, to) ||
          spanHolds(text, '一面', from, to) ||
          spanHolds(text, '饭', from, to) ||
          spanHolds(text, '头', from, to))))
  ) {
    const said = from === 0 && to === text.length ? text : text.slice(from, to);
    if (ONLY_INTENT_NOW.test(said)) best = RANK.lead;
  }
  // 總投資三點五個億，到位資金已經有一點二億了: money in place and no stage word says the project has landed.
  if (best < 0 && spanHolds(text, '到位', from, to) && fundsPlaced(from === 0 && to === text.length ? text : text.slice(from, to)))
    return { stage: 'landed', mentioned: true };
  return { stage: best < 0 ? null : BY_RANK[best], mentioned };
}

/** 到位資金8000萬, 首期資金已到位, 實際到位3000萬: money in place, whose sum or 已 says it is there. */
const FUNDS_PLACED = /到位(?:资金)?\s*(?:已经|已)?\s*(?:有|达到?|了)?\s*[\d一二两三四五六七八九十几]|(?:已经|已|都|全部)到位|到位了/g;
/**
 * 預計到位, 計劃年底前到位, 一分錢沒到位, 到位資金還沒確定: money to come or denied; 今年引進項目到位資金5.2億: a year's tally
 * of the chamber's, not this project's.
 */
const FUNDS_NOT_PLACED_BEFORE =
  /(?:没|未|不|预计|计划|将|拟|力争|争取|确保|要求)[^,;。\n]{0,6}$|(?:目标|任务|今年|全年|累计|共计|合计|全市|全省)[^;。!?\n]{0,16}$/;
const FUNDS_NOT_PLACED_AFTER = /^[^,;。\n]{0,6}(?:没|未|待|不)|^[^,;。\n]{0,12}?[元万亿]的/;
/**
 * 到位資金還沒確定, 到位金額待定: the money in place not settled, wherever it was said to be; 到位資金達到1億元的，獎勵介紹人10萬元: a
 * policy's threshold, not a project's money.
 */
const FUNDS_UNSETTLED = /(?:没|未)(?:确定|定下|落实)|待定|奖励|奖补|补贴|考核/;

function fundsPlaced(said: string): boolean {
  if (FUNDS_UNSETTLED.test(said)) return false;
  FUNDS_PLACED.lastIndex = 0;
  for (let m = FUNDS_PLACED.exec(said); m; m = FUNDS_PLACED.exec(said)) {
    const at = m.index;
    const open = said.lastIndexOf('到位', at + m[0].length);
    if (!FUNDS_NOT_PLACED_BEFORE.test(said.slice(Math.max(0, open - 20), open)) && !FUNDS_NOT_PLACED_AFTER.test(said.slice(open + 2, open + 10))) return true;
  }
  return false;
}

const LEAD_WORDS = /线索|意向|初步|初期|接触|lead|prospect|initial|early/;

/** A stage written as a key-value ("階段：簽約", "stage: lead"). */
export function stageOfValue(text: string, from: number, to: number): ParsedStage | null {
  const { stage } = readStage(text, from, to, holds(text, LATIN_LETTER), true);
  if (stage) return stage;
  return LEAD_WORDS.test(text.slice(from, to)) ? 'lead' : null;
}
