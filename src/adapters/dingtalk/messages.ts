import type { Button, Outbound } from '../../core/messages.ts';
import { buttonLink, TEXT_LIMIT } from './inbound.ts';

/** A robot message as the send API takes it: a template key and its parameters. */
export interface RobotPayload {
  msgKey: string;
  msgParam: Record<string, string>;
}

/** ActionCard templates by how many buttons they hold (sampleActionCard2 … 5: one per row). */
const MAX_CARD_BUTTONS = 5;

/**
 * Markdown that shows what a user typed as typed: brackets, emphasis and the like become their
 * full-width look-alikes, and `://` gets a full-width colon so no address is linked by itself,
 * so echoed text can neither fake a button link nor restyle the card.
 */
function plainMarkdown(text: string): string {
  const lookalikes: Record<string, string> = {
    '[': '［',
    ']': '］',
    '(': '（',
    ')': '）',
    '<': '＜',
    '>': '＞',
    '*': '＊',
    _: '＿',
    '#': '＃',
    '`': '｀',
    '!': '！',
    '|': '｜',
    '~': '～',
  };
  // Markdown joins single line breaks: two spaces before each keep the lines apart.
  return text
    .replace(/[[\]()<>*_#`!|~]/g, (c) => lookalikes[c] ?? c)
    .replace(/:\/\//g, '：//')
    .replace(/\n/g, '  \n');
}

/** The card's title: what the conversation list shows. */
function titleOf(text: string): string {
  const first = text.split('\n').find((line) => line.trim()) ?? '';
  return [...first.trim()].slice(0, 30).join('') || '…';
}

/**
 * Plain text as a text message (DingTalk reads no markup in it); with buttons, an ActionCard whose
 * buttons send their action back as the user's message, or for more buttons than a card holds, a
 * markdown message with one link per button.
 */
export function robotPayload(outbound: Outbound): RobotPayload {
  const buttons: Button[] = (outbound.buttons ?? []).flat();
  if (buttons.length === 0) return { msgKey: 'sampleText', msgParam: { content: outbound.text } };
  const title = titleOf(outbound.text);
  const text = plainMarkdown(outbound.text);
  if (buttons.length === 1) {
    return { msgKey: 'sampleActionCard', msgParam: { title, text, singleTitle: buttons[0].label, singleURL: buttonLink(buttons[0].label, buttons[0].action) } };
  }
  if (buttons.length <= MAX_CARD_BUTTONS) {
    const msgParam: Record<string, string> = { title, text };
    buttons.forEach((button, i) => {
      msgParam[`actionTitle${i + 1}`] = button.label;
      msgParam[`actionURL${i + 1}`] = buttonLink(button.label, button.action);
    });
    return { msgKey: `sampleActionCard${buttons.length}`, msgParam };
  }
  const links = buttons.map((b) => `- [${plainMarkdown(b.label)}](${buttonLink(b.label, b.action)})`).join('\n');
  return { msgKey: 'sampleMarkdown', msgParam: { title, text: `${text}\n\n${links}` } };
}

/** An uploaded image (media/upload's media id) as a picture message. */
export function imagePayload(mediaId: string): RobotPayload {
  return { msgKey: 'sampleImageMsg', msgParam: { photoURL: mediaId } };
}

/** An uploaded file as a file message: DingTalk shows the name and picks the icon by fileType. */
export function filePayload(mediaId: string, fileName: string): RobotPayload {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? 'file';
  return { msgKey: 'sampleFile', msgParam: { mediaId, fileName, fileType: extension } };
}

/**
 * The robot messages a push becomes, each sent by one push of its own: the text in pieces DingTalk
 * holds (the buttons on the last), the image, its caption when it says something the text does not
 * (a picture message has none), then the file.
 */
export function messageParts(outbound: Outbound): Outbound[] {
  const hasButtons = (outbound.buttons ?? []).some((row) => row.length > 0);
  const pieces: string[] = [];
  for (let at = 0; at < outbound.text.length; at += TEXT_LIMIT) pieces.push(outbound.text.slice(at, at + TEXT_LIMIT));
  if (pieces.length === 0 && hasButtons) pieces.push('');
  const parts: Outbound[] = pieces.map((text, i) => ({ text, ...(hasButtons && i === pieces.length - 1 ? { buttons: outbound.buttons } : {}) }));
  if (outbound.image) {
    parts.push({ text: '', image: { png: outbound.image.png } });
    const caption = outbound.image.caption?.trim();
    if (caption && caption !== outbound.text.trim()) parts.push({ text: caption });
  }
  if (outbound.file) parts.push({ text: '', file: outbound.file });
  return parts;
}
