import type { Api } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import type { Command } from '../../core/context.ts';
import { translate } from '../../i18n/index.ts';
import type { Language } from '../../domain/language.ts';

/** Telegram's rules for the menu: names of 1–32 of [a-z0-9_], descriptions of 1–256 characters. */
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;

/** The menus registered: the default (shown to everyone else), then per Telegram language code. */
export const MENU_LANGUAGES: readonly { languageCode?: LanguageCode; lang: Language }[] = [
  { lang: 'zh-CN' },
  { languageCode: 'zh', lang: 'zh-CN' },
  { languageCode: 'en', lang: 'en' },
];

/**
 * The command menu in one language, from the core's commands: each command's help line reads
 * `/name ARGS — what it does`, and the menu shows what it does.
 */
export function menuOf(commands: readonly Command[], lang: Language): BotCommand[] {
  const menu: BotCommand[] = [];
  for (const command of commands) {
    if (!command.help || !COMMAND_NAME.test(command.name)) continue;
    const help = translate(lang, command.help);
    const dash = help.indexOf(' — ');
    const description = (dash >= 0 ? help.slice(dash + 3) : help).trim().slice(0, MAX_DESCRIPTION);
    if (description) menu.push({ command: command.name, description });
  }
  return menu;
}

/** Registers the menus; a menu that cannot be set is reported, and the others are still tried. */
export async function setCommandMenus(api: Api, commands: readonly Command[], onError: (error: unknown, languageCode: string) => void): Promise<void> {
  for (const { languageCode, lang } of MENU_LANGUAGES) {
    try {
      await api.setMyCommands(menuOf(commands, lang), languageCode ? { language_code: languageCode } : {});
    } catch (error) {
      onError(error, languageCode ?? 'default');
    }
  }
}
