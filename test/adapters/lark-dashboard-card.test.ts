import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/adapters/lark/cards.ts';

describe('a link button in a Feishu/Lark card', () => {
  it('opens the one-time dashboard link instead of calling back', () => {
    const url = 'https://bot.example.com/dashboard/login?token=abc';
    const card = JSON.stringify(
      buildCard(
        { text: '打开看板', buttons: [[{ label: '打开看板', action: 'dashboard', link: { url, miniAppUrl: 'https://bot.example.com/dashboard/' } }]] },
        'private',
      ),
    );
    expect(card).toContain(`"behaviors":[{"type":"open_url","default_url":"${url}"}]`);
    expect(card).not.toContain('"callback"');
  });
});
