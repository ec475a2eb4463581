import type { Button, ChatType, Outbound } from '../../core/messages.ts';

/**
 * What the bot puts into Lark messages: interactive cards in the card JSON 2.0 structure for
 * replies with buttons, rich-text ("post") messages of plain text elements for the rest.
 * Everything here is plain text: no lark_md, no markdown element, so nothing a user typed is
 * ever read as markup. On top of that every `<tag` is neutralised, so echoed text such as
 * `<at user_id="all"></at>` can never ping a whole group, whatever element it lands in.
 */

/** A card element as sent: `tag` plus the element's own properties. */
export type CardElement = { tag: string } & Record<string, unknown>;

export interface CardButtonValue {
  /** The core's Button.action. */
  action: string;
  /** The chat's type where the card was sent, so a press is authorised and redacted alike. */
  chat?: ChatType;
}

export interface Card {
  schema: '2.0';
  config: { update_multi: true; summary?: { content: string } };
  body: { elements: CardElement[] };
}

/** Feishu refuses cards above 30 KB; text beyond this is cut to stay well below. */
const MAX_CARD_TEXT = 8000;
/** The chat list shows the summary on one line. */
const MAX_SUMMARY = 60;
/** Feishu refuses post messages above 150 KB; long answers are split into several messages. */
const MAX_POST_TEXT = 8000;

/**
 * Makes markup inert by replacing the `<` that opens a tag (`<at …>`, `</at>`, `<a href>`,
 * `<b>`) with a full-width ＜, which reads the same and means nothing to Lark. An escaped
 * opener (`&lt;at`, `&#60;at`) loses its `&`, in case some element decodes entities.
 */
export function neutralise(text: string): string {
  return text.replace(/(<|&lt;|&#0*60;|&#x0*3c;)(?=\s*[/!?]?\s*[A-Za-z])/gi, (opener: string) => (opener === '<' ? '＜' : `＆${opener.slice(1)}`));
}

function plainText(content: string): { tag: 'plain_text'; content: string } {
  return { tag: 'plain_text', content: neutralise(content) };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One button of a 2.0 card: the press calls back with `{action, chat}`. */
export function cardButton(button: Button, chat: ChatType | undefined, primary: boolean): CardElement {
  if (button.link) {
    return {
      tag: 'button',
      text: plainText(button.label),
      type: primary ? 'primary' : 'default',
      behaviors: [{ type: 'open_url', default_url: button.link.url }],
    };
  }
  const value: CardButtonValue = chat ? { action: button.action, chat } : { action: button.action };
  return {
    tag: 'button',
    text: plainText(button.label),
    type: primary ? 'primary' : 'default',
    behaviors: [{ type: 'callback', value }],
  };
}

/** A row of buttons side by side; `flow` lets them wrap on narrow (mobile) screens. */
function buttonRow(row: Button[], chat: ChatType | undefined, first: boolean): CardElement {
  return {
    tag: 'column_set',
    flex_mode: 'flow',
    horizontal_spacing: 'small',
    columns: row.map((button, i) => ({
      tag: 'column',
      width: 'auto',
      elements: [cardButton(button, chat, first && i === 0)],
    })),
  };
}

/**
 * The card for an Outbound: its text as a plain-text block and its buttons in rows, the first
 * button of the first row as the primary one (Save, in a draft). A card without buttons is
 * what an answered card becomes: the same text, nothing left to press.
 */
export function buildCard(outbound: Pick<Outbound, 'text' | 'buttons'>, chat?: ChatType): Card {
  const text = clip(outbound.text.trim(), MAX_CARD_TEXT);
  const elements: CardElement[] = [];
  if (text) elements.push({ tag: 'div', text: plainText(text) });
  const rows = (outbound.buttons ?? []).filter((row) => row.length > 0);
  for (const [i, row] of rows.entries()) elements.push(buttonRow(row, chat, i === 0));
  if (elements.length === 0) elements.push({ tag: 'div', text: plainText(' ') });
  const firstLine = text.split('\n', 1)[0] ?? '';
  return {
    schema: '2.0',
    config: { update_multi: true, ...(firstLine ? { summary: { content: neutralise(clip(firstLine, MAX_SUMMARY)) } } : {}) },
    body: { elements },
  };
}

/** The value a card button calls back with, if it is one of ours. */
export function buttonValue(value: unknown): CardButtonValue | null {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (typeof v !== 'object' || v === null) return null;
  const { action, chat } = v as Record<string, unknown>;
  if (typeof action !== 'string' || action.length === 0 || action.length > 256) return null;
  return { action, chat: chat === 'private' || chat === 'group' ? chat : undefined };
}

export interface PostContent {
  zh_cn: { title: string; content: { tag: 'text'; text: string }[][] };
}

/**
 * Plain text as "post" messages: one paragraph per line, each a text element, which Lark shows
 * as typed (mentions in a post are separate `at` elements, and we never send any). Long text
 * is split at line breaks into several posts.
 */
export function buildPosts(text: string): PostContent[] {
  const lines = neutralise(text.trim()).split('\n');
  const posts: PostContent[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length === 0) return;
    posts.push({ zh_cn: { title: '', content: current.map((line) => [{ tag: 'text', text: line }]) } });
    current = [];
    size = 0;
  };
  for (const whole of lines) {
    // A single overlong line is cut into pieces of the limit.
    const pieces = whole.length > MAX_POST_TEXT ? (whole.match(new RegExp(`[\\s\\S]{1,${MAX_POST_TEXT}}`, 'g')) ?? []) : [whole];
    for (const line of pieces) {
      if (size + line.length > MAX_POST_TEXT) flush();
      current.push(line);
      size += line.length + 1;
    }
  }
  flush();
  return posts.filter((p) => p.zh_cn.content.some((para) => para.some((el) => el.text.trim() !== '')));
}
