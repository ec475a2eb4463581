import { GrammyError, InlineKeyboard, InputFile, type Api } from 'grammy';
import type { InlineKeyboardMarkup, ReplyParameters } from 'grammy/types';
import type { Button, Outbound } from '../../core/messages.ts';
import { isNotModified } from './errors.ts';

/** Telegram's limits, in UTF-16 code units as JavaScript counts them. */
export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

/**
 * Splits text into messages Telegram accepts: at line breaks when a line fits, inside a line
 * (never inside a surrogate pair) only when it alone is too long.
 */
export function splitText(text: string, limit = MAX_MESSAGE_LENGTH): string[] {
  if (text.length <= limit) return text.length > 0 ? [text] : [];
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.length > 0) parts.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current.length === 0 ? line : `${current}\n${line}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > limit) {
      let cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // keep a surrogate pair together
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return parts.filter((p) => p.trim().length > 0);
}

/** Outbound.buttons as an inline keyboard: Button.action is the callback_data. */
export function keyboardOf(buttons: Button[][] | undefined): InlineKeyboardMarkup | undefined {
  const rows = (buttons ?? []).filter((row) => row.length > 0);
  if (rows.length === 0) return undefined;
  return InlineKeyboard.from(
    rows.map((row) =>
      row.map((b) => {
        if (!b.link) return InlineKeyboard.text(b.label, b.action);
        // Telegram opens Mini Apps from https only; anything else opens in the browser.
        const app = b.link.miniAppUrl?.startsWith('https://') ? b.link.miniAppUrl : undefined;
        return app ? InlineKeyboard.webApp(b.label, app) : InlineKeyboard.url(b.label, b.link.url);
      }),
    ),
  );
}

export interface SendOptions {
  /** In groups the first message answers the one that asked, so the thread stays readable. */
  replyTo?: number;
}

/**
 * The Telegram messages an Outbound becomes, in the order a reader expects: the text (split at
 * the limit, the buttons under its last part), then the image (its caption, or the caption's
 * text after it when too long for one), then the file. Each part is one API call, so the outbox
 * can deliver them one at a time and never repeat one already delivered.
 */
export function messageParts(outbound: Outbound): Outbound[] {
  const texts = splitText(outbound.text);
  const { image, file, buttons } = outbound;
  // Buttons go under the last thing sent that is text, or the image / file when there is no text.
  const buttonsOn = texts.length > 0 ? 'text' : image ? 'image' : file ? 'file' : 'text';
  const parts: Outbound[] = texts.map((text, index) => ({
    text,
    ...(index === texts.length - 1 && buttonsOn === 'text' && buttons ? { buttons } : {}),
  }));
  if (image) {
    const caption = image.caption ?? '';
    const fits = caption.length <= MAX_CAPTION_LENGTH;
    parts.push({
      text: '',
      image: { png: image.png, caption: fits && caption ? caption : undefined },
      ...(buttonsOn === 'image' && buttons ? { buttons } : {}),
    });
    if (!fits) parts.push(...splitText(caption).map((text) => ({ text })));
  }
  if (file) parts.push({ text: '', file, ...(buttonsOn === 'file' && buttons ? { buttons } : {}) });
  return parts;
}

/** Sends one part of messageParts (a text, an image or a file) with one API call. */
async function sendPart(api: Api, chatId: number | string, part: Outbound, replyParameters: ReplyParameters | undefined): Promise<number> {
  const other = { reply_parameters: replyParameters, reply_markup: keyboardOf(part.buttons) };
  if (part.image) {
    const caption = part.image.caption;
    return (await api.sendPhoto(chatId, new InputFile(part.image.png, 'chart.png'), { caption, ...other })).message_id;
  }
  if (part.file) return (await api.sendDocument(chatId, new InputFile(part.file.data, part.file.name), other)).message_id;
  // Telegram's servers fetch a link in the text to preview it: that fetch would spend a one-time link.
  const oneTimeLink = (part.buttons ?? []).some((row) => row.some((b) => b.link));
  return (await api.sendMessage(chatId, part.text, oneTimeLink ? { ...other, link_preview_options: { is_disabled: true } } : other)).message_id;
}

/**
 * Sends one Outbound as Telegram messages (messageParts). Plain text, no parse mode: what users
 * typed (`<b>`, `*`, `_`) arrives as typed. Returns the message ids.
 */
export async function sendOutbound(api: Api, chatId: number | string, outbound: Outbound, options: SendOptions = {}): Promise<number[]> {
  const ids: number[] = [];
  // In a group the first message answers the one that asked; the rest follow it.
  let replyTo = options.replyTo;
  for (const part of messageParts(outbound)) {
    const replyParameters = replyTo === undefined ? undefined : { message_id: replyTo, allow_sending_without_reply: true };
    replyTo = undefined;
    ids.push(await sendPart(api, chatId, part, replyParameters));
  }
  return ids;
}

/**
 * Replaces the message whose button was pressed: its text, and its keyboard with the reply's
 * (none when the reply has none), so a pressed Save cannot be pressed again. Text beyond one
 * message, images and files follow as new messages.
 * Returns false when the message cannot be edited (too old, deleted): the caller sends instead.
 */
export async function editOutbound(api: Api, chatId: number | string, messageId: number, outbound: Outbound): Promise<boolean> {
  const parts = splitText(outbound.text);
  if (parts.length === 0) return false;
  const keyboard = keyboardOf(outbound.buttons);
  const only = parts.length === 1 && !outbound.image && !outbound.file;
  try {
    await api.editMessageText(chatId, messageId, parts[0], { reply_markup: only ? keyboard : undefined });
  } catch (error) {
    if (!isNotModified(error)) {
      if (isUneditable(error)) return false;
      throw error;
    }
    // The same text again (a second press): still take the old buttons away if they should go.
    if (!keyboard) await api.editMessageReplyMarkup(chatId, messageId).catch(() => undefined);
  }
  if (!only) await sendOutbound(api, chatId, { ...outbound, text: parts.slice(1).join('\n') });
  return true;
}

function isUneditable(error: unknown): boolean {
  return (
    error instanceof GrammyError && error.error_code === 400 && /message to edit not found|message can.t be edited|MESSAGE_ID_INVALID/i.test(error.description)
  );
}
