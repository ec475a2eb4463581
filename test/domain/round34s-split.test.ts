import { describe, expect, it } from 'vitest';
import { trimItem } from '../../src/domain/report-split.ts';

/** The regex trimItem replaced: the loop must trim exactly what it trimmed. */
const TRIM = /^[\s，,；;。、]+|[\s，,；;、]+$/gu;

describe('trimItem', () => {
  it('trims every code unit as /^[\\s，,；;。、]+|[\\s，,；;、]+$/u does', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}项目${c}`, `${c}${c}`, c, `。${c}，`]) if (trimItem(text) !== text.replace(TRIM, '')) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('keeps a full stop at the end and drops one at the start', () => {
    expect(trimItem('。 1、签约。；')).toBe('1、签约。');
    expect(trimItem('')).toBe('');
    expect(trimItem('，。；')).toBe('');
  });
});
