import type { EventType, Stage } from './report.ts';

/** The words people use for a stage when they name it ("/stage 12 簽約", "階段 洽談中"). */
const STAGE_WORDS: Record<Stage, string[]> = {
  lead: ['lead', '線索', '线索', '意向'],
  negotiating: ['negotiating', 'negotiation', 'talks', '洽談', '洽谈', '洽談中', '洽谈中', '對接', '对接', '在談', '在谈', '談判', '谈判'],
  signed: ['signed', 'sign', '簽約', '签约', '已簽約', '已签约', '簽訂', '签订'],
  landed: ['landed', 'land', '落地', '已落地', '開工', '开工', '投產', '投产', '開業', '开业', '建成'],
  dropped: ['dropped', 'drop', 'cancelled', '終止', '终止', '放棄', '放弃', '取消', '擱置', '搁置'],
};

const EVENT_TYPE_WORDS: Record<EventType, string[]> = {
  negotiation: ['negotiation', '洽談', '洽谈', '洽談會', '洽谈会', '對接', '对接', '對接會', '对接会'],
  promotion: ['promotion', '推介', '推介會', '推介会', '招商會', '招商会', '推介活動', '推介活动'],
  visit: ['visit', '考察', '回鄉考察', '回乡考察', '參觀', '参观'],
  other: ['other', '其他', '其它', '座談', '座谈', '座談會', '座谈会'],
};

function lookup<T extends string>(table: Record<T, string[]>, word: string): T | null {
  const w = word.trim().toLowerCase();
  for (const [key, words] of Object.entries(table) as [T, string[]][]) {
    if (words.includes(w)) return key;
  }
  return null;
}

export function stageFromWord(word: string): Stage | null {
  return lookup(STAGE_WORDS, word);
}

export function eventTypeFromWord(word: string): EventType | null {
  return lookup(EVENT_TYPE_WORDS, word);
}
