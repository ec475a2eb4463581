import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURES } from '../../src/core/demo-data.ts';
import { DashboardBot } from './bot.ts';
import { launchChromium, type Browser, type WatchedPage } from './chromium.ts';

/**
 * The dashboard in Debian's Chromium against the real bot on the demo data, logged in through
 * the one-time link /dashboard gives in the chat. Screenshots go to test-artifacts/; with
 * DASHBOARD_SCREENSHOTS_TO_DOCS=1 they also replace docs/dashboard-375.png and -1280.png.
 */

const ARTIFACTS = 'test-artifacts';
const H1_2018 = '2018上半年';

let bot: DashboardBot;
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  bot = await DashboardBot.start();
  browser = await launchChromium();
});

// Every tab a test opened ran under the page's Content-Security-Policy without a refusal (an
// inline style, a foreign host) and without an uncaught error.
afterEach(async () => {
  const tabs = opened.splice(0);
  await Promise.all(tabs.map((tab) => tab.page.close()));
  expect(tabs.flatMap((tab) => tab.refusedByCsp)).toEqual([]);
  expect(tabs.flatMap((tab) => tab.crashes)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
});

/** A demo user who asked /dashboard in the chat and opened the link, in a tab `width` px wide. */
async function logIn(role: 'member' | 'secretary' | 'official', width: number): Promise<Page> {
  await browser.context.clearCookies();
  const watched = await browser.page(width);
  opened.push(watched);
  const answer = await watched.page.goto(await bot.loginLink(role));
  // The page is served under its CSP, so the refusals watched for in afterEach would show.
  expect(answer?.headers()['content-security-policy']).toMatch(/script-src 'self';.*style-src 'self';/);
  await settled(watched.page);
  return watched.page;
}

/** Every part of the page has its answer for the current period and chamber. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('body[data-state="ready"]');
}

/** The leads table has its answer for the filters as they are now. */
async function settledLeads(page: Page): Promise<void> {
  await page.waitForSelector('#leads-section[data-state="ready"]');
}

async function tile(page: Page, figure: string): Promise<string> {
  return (await page.locator(`[data-figure="${figure}"] .number`).textContent()) ?? '';
}

async function tiles(page: Page) {
  return {
    signedProjects: await tile(page, 'signedProjects'),
    investmentYuan: await tile(page, 'investmentYuan'),
    negotiations: await tile(page, 'negotiations'),
    promotionEvents: await tile(page, 'promotionEvents'),
    invitedEnterprises: await tile(page, 'invitedEnterprises'),
  };
}

async function choose(page: Page, select: string, value: string): Promise<void> {
  await page.selectOption(select, value);
  await settled(page);
}

async function screenshot(page: Page, width: number): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `dashboard-${width}.png`);
  await page.screenshot({ path: file, fullPage: width >= 1000 });
  if (process.env.DASHBOARD_SCREENSHOTS_TO_DOCS === '1') copyFileSync(file, join('docs', `dashboard-${width}.png`));
}

/** 10_015_000_000 yuan as the page must write it: 100.15 (億元). */
const yiText = (yuan: number) => (yuan / 100_000_000).toFixed(2);
const countText = (n: number) => n.toLocaleString('en-US');

describe('an official on the dashboard', () => {
  it("shows the report's 2018 上半年 figures, at 1280 px and at 375 px", async () => {
    const page = await logIn('official', 1280);
    await choose(page, '#period', H1_2018);
    const report = REPORT_FIGURES['2018H1'];
    expect(await tiles(page)).toEqual({
      signedProjects: countText(report.signedProjects),
      investmentYuan: yiText(report.signedInvestmentYuan),
      negotiations: countText(report.negotiations),
      promotionEvents: countText(report.promotions),
      invitedEnterprises: countText(report.invitedEnterprises),
    });
    expect(await tile(page, 'investmentYuan')).toBe('100.15');
    expect(await page.textContent('#period-range')).toContain('2018-01-01');
    expect(await page.textContent('#period-range')).toContain('2018-06-30');
    expect(page.url()).toContain(`period=${encodeURIComponent(H1_2018)}`);
    // The charts drew on their canvases, and the ranking lists the city's chambers.
    for (const chart of ['#chart-funnel', '#chart-chambers', '#chart-trend']) expect(await page.locator(`${chart} canvas`).count()).toBe(1);
    expect(await page.locator('#ranking tbody tr').count()).toBeGreaterThan(1);
    await screenshot(page, 1280);

    // The same view on a phone, from the address alone (the session cookie is the tab's).
    const phone = await browser.page(375);
    opened.push(phone);
    await phone.page.goto(page.url());
    await settled(phone.page);
    expect(await tile(phone.page, 'investmentYuan')).toBe('100.15');
    // Nothing is wider than the phone: the page does not scroll sideways.
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await screenshot(phone.page, 375);
  });

  it('changes the figures with the period (a custom range) and the chamber', async () => {
    const page = await logIn('official', 1280);
    await choose(page, '#period', H1_2018);
    const city = await tiles(page);

    // 2017 as a custom range: the report's 2017 figures.
    await page.selectOption('#period', 'custom');
    await page.fill('#range-from', '2017-01-01');
    await page.fill('#range-to', '2017-12-31');
    await page.click('#custom-range button[type="submit"]');
    await settled(page);
    const year2017 = REPORT_FIGURES['2017'];
    expect(await tiles(page)).toEqual({
      signedProjects: countText(year2017.signedProjects),
      investmentYuan: yiText(year2017.signedInvestmentYuan),
      negotiations: countText(year2017.negotiations),
      promotionEvents: countText(year2017.promotions),
      invitedEnterprises: countText(year2017.invitedEnterprises),
    });
    expect(page.url()).toContain(`period=${encodeURIComponent('2017-01-01..2017-12-31')}`);

    // Back to 2018 上半年, one chamber at a time: each shows less than the city, and together
    // they make the city's figures.
    await choose(page, '#period', H1_2018);
    const chambers = await page.$$eval('#chamber option', (list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(chambers.length).toBeGreaterThan(1);
    let negotiations = 0;
    let signed = 0;
    for (const chamber of chambers) {
      await choose(page, '#chamber', chamber);
      const one = await tiles(page);
      negotiations += Number(one.negotiations.replace(/,/g, ''));
      signed += Number(one.signedProjects.replace(/,/g, ''));
      expect(Number(one.negotiations)).toBeLessThan(Number(city.negotiations));
      // The leads table follows the page's chamber.
      const name = await page.$eval('#chamber', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent);
      const rowChambers = await page.$$eval('#leads tbody tr.lead-row td:nth-child(4)', (cells) => cells.map((c) => c.textContent));
      expect(rowChambers.every((c) => c === name)).toBe(true);
    }
    expect(negotiations).toBe(Number(city.negotiations));
    expect(signed).toBe(Number(city.signedProjects));
  });

  it('opens a lead with its history, and filters and sorts the leads', async () => {
    const page = await logIn('official', 1280);
    await choose(page, '#period', H1_2018);
    const total = await page.textContent('#leads-total');

    // Signed leads only, largest investment first.
    await page.selectOption('#lead-stage', 'signed');
    await settledLeads(page);
    await page.selectOption('#lead-sort', 'amount');
    await settledLeads(page);
    const stages = await page.$$eval('#leads tbody tr.lead-row .stage', (cells) => cells.map((c) => c.className));
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.every((c) => c === 'stage signed')).toBe(true);
    const amounts = await page.$$eval('#leads tbody tr.lead-row td:nth-child(6)', (cells) => cells.map((c) => Number(c.textContent!.replace(/,/g, ''))));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(await page.textContent('#leads-total')).not.toBe(total);

    // A search by the first row's project finds that lead, and only leads that match.
    const id = (await page.getAttribute('#leads tbody tr.lead-row', 'data-lead-id'))!;
    const project = (await page.textContent('#leads tbody tr.lead-row td:nth-child(2)'))!;
    await page.fill('#lead-q', project);
    await page.press('#lead-q', 'Enter');
    await settledLeads(page);
    const found = await page.$$eval('#leads tbody tr.lead-row', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.leadId, r.children[1].textContent, r.children[2].textContent]),
    );
    expect(found.map(([leadId]) => leadId)).toContain(id);
    expect(found.every(([, title, company]) => title!.includes(project) || company!.includes(project))).toBe(true);

    // The row opens the lead: its card and its history, and the address names it.
    await page.click(`#leads tbody tr[data-lead-id="${id}"] td:nth-child(2)`);
    await page.waitForSelector('#lead-dialog[open][data-state="ready"]');
    expect(await page.textContent('#lead-title')).toContain(`#${id}`);
    expect(await page.textContent('#lead-fields [data-field="project"] dd')).toBe(project);
    expect(await page.textContent('#lead-fields [data-field="stage"] dd')).toBe('签约');
    const actions = await page.$$eval('#lead-history li', (items) => items.map((li) => (li as HTMLElement).dataset.action));
    expect(actions[0]).toBe('reported');
    expect(actions).toContain('stage');
    expect(page.url()).toContain(`lead=${id}`);

    // Closed, the address no longer names it.
    await page.click('#lead-close');
    await page.waitForSelector('#lead-dialog:not([open])', { state: 'attached' });
    // The dialog's close event is queued after its open attribute goes, so the address follows a task later.
    await page.waitForFunction(() => !location.search.includes('lead='));
    expect(page.url()).not.toContain('lead=');
  });

  it("follows the member's language (zh-TW)", async () => {
    await bot.say('/as official');
    expect(await bot.say('/lang zh-TW')).toMatch(/繁體中文/);
    try {
      const page = await logIn('official', 1280);
      await choose(page, '#period', H1_2018);
      expect(await page.textContent('[data-figure="signedProjects"] h3')).toBe('簽約項目');
      expect(await page.textContent('[data-figure="investmentYuan"] .unit')).toBe('億元');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-TW');
    } finally {
      await bot.say('/as official');
      await bot.say('/lang zh-CN');
    }
  });

  it('logs out, and the page then says how to come back', async () => {
    const page = await logIn('official', 1280);
    await page.click('#logout');
    await page.waitForSelector('#notice:not([hidden]) p');
    expect(await page.textContent('#notice')).toContain('/dashboard');
    const me = await page.request.get(bot.url('/dashboard/api/me'));
    expect(me.status()).toBe(401);
  });
});

describe('a secretary on the dashboard', () => {
  it("sees their own chamber only, and cannot reach another chamber's lead by editing the address", async () => {
    // A lead of another chamber, found by an official.
    const official = await logIn('official', 1280);
    const leads = await official.request.get(bot.url(`/dashboard/api/leads?period=${encodeURIComponent(H1_2018)}&limit=200`));
    const rows = ((await leads.json()) as { rows: { id: number; chamber: { id: number; name: string } }[] }).rows;
    const other = rows.find((row) => !/成都/.test(row.chamber.name));
    expect(other).toBeDefined();

    const page = await logIn('secretary', 375);
    await choose(page, '#period', H1_2018);
    expect(await page.textContent('#who')).toMatch(/李秘/);
    const options = await page.$$eval('#chamber option', (list) => list.map((o) => o.textContent ?? ''));
    expect(options).toHaveLength(1);
    const own = options[0];
    expect(own).toMatch(/^成都商[会會]$/);
    expect(await page.isDisabled('#chamber')).toBe(true);
    const ownChambers = await page.$$eval('#leads tbody tr.lead-row td:nth-child(4)', (cells) => [...new Set(cells.map((c) => c.textContent))]);
    expect(ownChambers).toEqual([own]);

    // The address edited to open the other chamber's lead: refused, nothing of it shown.
    await page.goto(bot.url(`/dashboard/?period=${encodeURIComponent(H1_2018)}&lead=${other!.id}`));
    await page.waitForSelector('#lead-dialog[open][data-state="refused"]');
    expect(await page.isVisible('#lead-error')).toBe(true);
    expect(await page.locator('#lead-fields .field').count()).toBe(0);
    expect(await page.locator('#lead-history li').count()).toBe(0);

    // The address edited to the other chamber: the page stays on their own.
    await page.goto(bot.url(`/dashboard/?period=${encodeURIComponent(H1_2018)}&chamber=${other!.chamber.id}`));
    await settled(page);
    expect(await page.$eval('#chamber', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe(own);

    // And the API, asked directly, refuses too.
    expect((await page.request.get(bot.url(`/dashboard/api/leads/${other!.id}`))).status()).toBe(404);
    expect((await page.request.get(bot.url(`/dashboard/api/summary?period=${encodeURIComponent(H1_2018)}&chamber=${other!.chamber.id}`))).status()).toBe(403);
    expect((await page.request.get(bot.url(`/dashboard/api/leads?chamber=${other!.chamber.id}`))).status()).toBe(403);
  });
});

describe('a member on the dashboard', () => {
  it("reads their chamber's leads with the phone masked, as the chat shows it, and their chamber's totals", async () => {
    // A lead of the chamber with a contact phone, which its secretary sees in full.
    const secretary = await logIn('secretary', 1280);
    const rows = ((await (await secretary.request.get(bot.url('/dashboard/api/leads?limit=20'))).json()) as { rows: { id: number }[] }).rows;
    let leadId: number | undefined;
    for (const row of rows) {
      const { lead } = (await (await secretary.request.get(bot.url(`/dashboard/api/leads/${row.id}`))).json()) as { lead: { contactPhone: string | null } };
      if (lead.contactPhone) {
        leadId = row.id;
        break;
      }
    }
    expect(leadId).toBeDefined();
    await secretary.goto(bot.url(`/dashboard/?lead=${leadId}`));
    await secretary.waitForSelector('#lead-dialog[open][data-state="ready"]');
    const full = (await secretary.textContent('#lead-fields [data-field="contactPhone"] dd'))!;
    expect(full).toMatch(/^1\d{10}$/);

    const page = await logIn('member', 375);
    expect(await page.isVisible('#tiles')).toBe(true);
    expect(await page.isVisible('#chart-funnel')).toBe(true);
    expect(await page.isVisible('#download')).toBe(true);
    expect(await page.isVisible('#leads')).toBe(true);
    // Their chamber is the only one offered.
    expect(await page.locator('#chamber option').count()).toBe(1);
    await page.goto(bot.url(`/dashboard/?lead=${leadId}`));
    await page.waitForSelector('#lead-dialog[open][data-state="ready"]');
    const masked = (await page.textContent('#lead-fields [data-field="contactPhone"] dd'))!;
    expect(masked).toMatch(/\*/);
    expect(masked).not.toBe(full);
    expect(masked).toHaveLength(full.length);
    expect(masked.slice(-2)).toBe(full.slice(-2));
  });
});

describe('the page itself', () => {
  it('opened as a Telegram Mini App, posts the initData first and says why a login was refused', async () => {
    await browser.context.clearCookies();
    const watched = await browser.page(375);
    opened.push(watched);
    const posted: string[] = [];
    watched.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/dashboard/api/telegram-login') posted.push(request.postData() ?? '');
    });
    // This bot has no Telegram token, so it refuses every Mini App login: the page must say so.
    const initData = 'query_id=AAH&user=%7B%22id%22%3A42%7D&auth_date=1700000000&hash=00';
    await watched.page.goto(bot.url(`/dashboard/#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=7.0&tgWebAppPlatform=ios`));
    await watched.page.waitForSelector('#notice:not([hidden]) p');
    expect(posted.map((body) => JSON.parse(body))).toEqual([{ initData }]);
    expect(await watched.page.textContent('#notice')).toMatch(/Telegram 登录未通过：.*Telegram/);
    expect(await watched.page.isHidden('#dashboard')).toBe(true);
  });

  it('opened without a session, says to ask /dashboard in the chat', async () => {
    await browser.context.clearCookies();
    const watched = await browser.page(375);
    opened.push(watched);
    await watched.page.goto(bot.url('/dashboard/'));
    await watched.page.waitForSelector('#notice:not([hidden]) p');
    expect(await watched.page.textContent('#notice')).toContain('/dashboard');
    expect(await watched.page.isHidden('#dashboard')).toBe(true);
  });
});
