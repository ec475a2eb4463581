/** Reading what the bot sent to Feishu as a person sees it: the buttons and the text of a card or post. */

/** The fields of a card element these helpers read; validateCard (card-rules.ts) checks the card's real shape. */
interface CardNode {
  tag?: string;
  text?: unknown;
  content?: unknown;
  behaviors?: { type: string; value?: unknown }[];
}

/** A button's callback value, as the adapter declares it (`{ action: 'd:save:1', chat: 'private' }`). */
export type ButtonValue = Record<string, unknown>;

function walk(value: unknown, visit: (node: CardNode) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value && typeof value === 'object') {
    visit(value as CardNode);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/** The buttons of a 2.0 card: label and callback value. */
export function buttonsOf(card: unknown): { label: string; value: ButtonValue }[] {
  const out: { label: string; value: ButtonValue }[] = [];
  walk(card, (node) => {
    if (node.tag !== 'button') return;
    const label = (node.text as { content: string }).content;
    out.push({ label, value: node.behaviors?.find((b) => b.type === 'callback')?.value as ButtonValue });
  });
  return out;
}

/** All the text a message, card or callback answer shows: post text elements, card plain_text contents. */
export function textOf(message: unknown): string {
  const parts: string[] = [];
  walk(message, (node) => {
    if (node.tag === 'text' && typeof node.text === 'string') parts.push(node.text);
    if (node.tag === 'plain_text' && typeof node.content === 'string') parts.push(node.content);
  });
  return parts.join('\n');
}
