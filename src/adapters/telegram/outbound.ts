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
  return InlineKeyboard.from(rows.map((row) => row.map((b) => InlineKeyboard.text(b.label, b.action))));
}

export interface SendOptions {
  /** In groups the first message answers the one that asked, so the thread stays readable. */
  replyTo?: number;
}

/**
 * Sends one Outbound as Telegram messages, in the order a reader expects: the text (split at
 * the limit, the buttons under its last part), then the image, then the file. Plain text, no
 * parse mode: what users typed (`<b>`, `*`, `_`) arrives as typed. Returns the message ids.
 */
export async function sendOutbound(api: Api, chatId: number | string, outbound: Outbound, options: SendOptions = {}): Promise<number[]> {
  const ids: number[] = [];
  const keyboard = keyboardOf(outbound.buttons);
  const parts = splitText(outbound.text);
  const image = outbound.image;
  const file = outbound.file;
  // Buttons go under the last thing sent that is text, or the image / file when there is no text.
  const buttonsOn = parts.length > 0 ? 'text' : image ? 'image' : file ? 'file' : 'text';
  let replyTo = options.replyTo;
  const replyParameters = (): ReplyParameters | undefined => {
    if (replyTo === undefined) return undefined;
    const parameters = { message_id: replyTo, allow_sending_without_reply: true };
    replyTo = undefined;
    return parameters;
  };

  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const sent = await api.sendMessage(chatId, part, {
      reply_parameters: replyParameters(),
      reply_markup: last && buttonsOn === 'text' ? keyboard : undefined,
    });
    ids.push(sent.message_id);
  }
  if (image) {
    const caption = image.caption ?? '';
    const fits = caption.length <= MAX_CAPTION_LENGTH;
    const sent = await api.sendPhoto(chatId, new InputFile(image.png, 'chart.png'), {
      caption: fits && caption ? caption : undefined,
      reply_parameters: replyParameters(),
      reply_markup: buttonsOn === 'image' ? keyboard : undefined,
    });
    ids.push(sent.message_id);
    if (!fits) {
      for (const part of splitText(caption)) ids.push((await api.sendMessage(chatId, part)).message_id);
    }
  }
  if (file) {
    const sent = await api.sendDocument(chatId, new InputFile(file.data, file.name), {
      reply_parameters: replyParameters(),
      reply_markup: buttonsOn === 'file' ? keyboard : undefined,
    });
    ids.push(sent.message_id);
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
    error instanceof GrammyError &&
    error.error_code === 400 &&
    /message to edit not found|message can.t be edited|MESSAGE_ID_INVALID/i.test(error.description)
  );
}
