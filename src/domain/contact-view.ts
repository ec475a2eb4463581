import { can, type Actor } from './permissions.ts';
import { maskPhone, maskPhonesInText } from './phone-mask.ts';

/** How contact details (a contact's name and phone, phones inside notes) may be shown to a reader. */
export interface ContactView {
  showName: boolean;
  showPhone: 'full' | 'masked';
}

/** Everything, for those the permission table lets read contacts, in a private chat. */
export const FULL_CONTACTS: ContactView = { showName: true, showPhone: 'full' };
/** What a group may see, whoever asked: a group is read by more people than the one asking. */
export const GROUP_CONTACTS: ContactView = { showName: false, showPhone: 'masked' };

/**
 * Contacts are personal data: in a group nobody's contact name is shown and phones are masked,
 * for text, charts and files alike; in private, phones show in full only to those the
 * permission table allows (lead.readContact).
 */
export function contactViewOf(actor: Actor, chat: 'private' | 'group', chamberId: number): ContactView {
  if (chat === 'group') return GROUP_CONTACTS;
  return { showName: true, showPhone: can(actor, 'lead.readContact', { chamberId }) ? 'full' : 'masked' };
}

export function shownPhone(view: ContactView, phone: string): string {
  return view.showPhone === 'full' ? phone : maskPhone(phone);
}

/** A note as this reader may see it: phone numbers typed into it are masked like a contact's phone. */
export function shownNote(view: ContactView, note: string): string {
  return view.showPhone === 'full' ? note : maskPhonesInText(note);
}
