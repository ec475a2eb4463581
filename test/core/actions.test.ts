import { describe, expect, it } from 'vitest';
import { decode, encode, encodeIfFits, MAX_ACTION_BYTES, type Action } from '../../src/core/actions.ts';

const MAX_ID = 2_147_483_647;

/** Every action, with the data buttons sent before the codec existed: those must keep working. */
const WIRE: [Action, string][] = [
  [{ type: 'draft.save', draftId: 12 }, 'd:save:12'],
  [{ type: 'draft.edit', draftId: 12 }, 'd:edit:12'],
  [{ type: 'draft.cancel', draftId: 12 }, 'd:cancel:12'],
  [{ type: 'draft.merge', draftId: 12, leadId: 3 }, 'd:merge:12:3'],
  [{ type: 'batch.save', batchId: 40 }, 'b:save:40'],
  [{ type: 'catalog.save', draftId: 5 }, 'c:save:5'],
  [{ type: 'catalog.cancel', draftId: 5 }, 'c:cancel:5'],
  [{ type: 'lead.show', leadId: 7 }, 'l:show:7'],
  [{ type: 'lead.stage', leadId: 7, stage: 'signed' }, 'l:stage:7:signed'],
  [{ type: 'reminder.followed', leadId: 7 }, 'r:f:7'],
  [{ type: 'reminder.snooze', leadId: 7, days: 3 }, 'r:s:7:3'],
  [{ type: 'reminder.pickOwner', leadId: 7 }, 'r:t:7'],
  [{ type: 'reminder.assign', leadId: 7, memberId: 9 }, 'r:to:7:9'],
  [{ type: 'reminder.view', leadId: 7 }, 'r:v:7'],
  [{ type: 'member.remove', memberId: 9 }, 'pp:remove:9'],
  [{ type: 'member.cancel' }, 'pp:cancel'],
  [{ type: 'chamber.merge', fromId: 2, intoId: 1 }, 'ch:merge:2:1'],
  [{ type: 'chamber.cancel' }, 'ch:cancel'],
  [{ type: 'identity.undo', platform: 'lark', userId: 'ou_7d8a6e6df7621556ce0d21922b676706' }, 'k:undo:lark:ou_7d8a6e6df7621556ce0d21922b676706'],
  [{ type: 'dashboard' }, 'dashboard'],
];

describe('button data', () => {
  it('keeps the wire format of buttons already sent, and decodes it back to the same action', () => {
    for (const [action, data] of WIRE) {
      expect(encode(action), action.type).toBe(data);
      expect(decode(data), data).toEqual(action);
    }
  });

  it('fits Telegram’s 64 bytes with the largest ids every action can carry', () => {
    const largest: Action[] = [
      { type: 'draft.merge', draftId: MAX_ID, leadId: MAX_ID },
      { type: 'reminder.assign', leadId: MAX_ID, memberId: MAX_ID },
      { type: 'reminder.snooze', leadId: MAX_ID, days: 90 },
      { type: 'lead.stage', leadId: MAX_ID, stage: 'negotiating' },
      { type: 'chamber.merge', fromId: MAX_ID, intoId: MAX_ID },
      { type: 'identity.undo', platform: 'dingtalk', userId: 'x'.repeat(40) },
    ];
    for (const action of largest) {
      const data = encode(action);
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(MAX_ACTION_BYTES);
      expect(decode(data)).toEqual(action);
    }
  });

  it('keeps a platform user id holding colons whole', () => {
    const action: Action = { type: 'identity.undo', platform: 'console', userId: 'host:alice:1' };
    expect(encode(action)).toBe('k:undo:console:host:alice:1');
    expect(decode('k:undo:console:host:alice:1')).toEqual(action);
  });

  it('refuses malformed, truncated, forged and unknown data with null, never an exception', () => {
    const refused = [
      '',
      ':',
      ':::',
      'd',
      'd:save',
      'd:save:',
      'd:save:abc',
      'd:save:0',
      'd:save:-1',
      'd:save:1e3',
      'd:save:1.5',
      'd:save: 1',
      'd:save:１２',
      'd:save:99999999999',
      'd:save:2147483648',
      'd:save:12:13',
      'd:merge:12',
      'd:merge:12:',
      'D:SAVE:12',
      'd:publish:12',
      'l:stage:7:won',
      'l:stage:7:',
      'l:stage:7:signed:x',
      'r:s:7',
      'r:s:7:0',
      'r:s:7:91',
      'r:s:7:007',
      'r:to:7:abc',
      'pp:cancel:1',
      'dashboard:1',
      'k:undo:lark',
      'k:undo:lark:',
      'k:undo::ou_1',
      'k:undo:Lark:ou_1',
      'k:undo:lark:ou 1',
      `k:undo:lark:${'x'.repeat(41)}`,
      `d:save:1${'0'.repeat(70)}`,
      'zz:top:1',
      '__proto__',
      'constructor:1',
      'toString',
    ];
    for (const data of refused) expect(decode(data), data).toBeNull();
  });

  it('decodes any string either to null or to an action that encodes back to the very same data', () => {
    const alphabet = ['d', 's', 'a', 'v', 'e', ':', '1', '0', '9', 'r', 'l', 'k', 'undo', 'merge', 'stage', 'signed', ' ', '-', 'é'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      const parts = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]);
      const data = parts.join('');
      const action = decode(data);
      if (action) expect(encode(action), data).toBe(data);
    }
    for (const [, data] of WIRE) {
      for (let cut = 0; cut < data.length; cut++) {
        const truncated = data.slice(0, cut);
        const action = decode(truncated);
        if (action) expect(encode(action)).toBe(truncated);
      }
    }
  });

  it('will not put a value on a button that no press could bring back', () => {
    expect(() => encode({ type: 'draft.save', draftId: 0 })).toThrow(RangeError);
    expect(() => encode({ type: 'draft.save', draftId: Number.NaN })).toThrow(RangeError);
    expect(() => encode({ type: 'reminder.snooze', leadId: 1, days: 120 })).toThrow(RangeError);
    expect(() => encode({ type: 'identity.undo', platform: 'lark', userId: 'two words' })).toThrow(RangeError);
  });

  it('says when a value from outside cannot ride on a button, rather than throwing', () => {
    expect(encodeIfFits({ type: 'identity.undo', platform: 'dingtalk', userId: 'x'.repeat(41) })).toBeNull();
    expect(encodeIfFits({ type: 'identity.undo', platform: 'dingtalk', userId: 'manager4220' })).toBe('k:undo:dingtalk:manager4220');
  });
});
