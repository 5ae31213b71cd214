/**
 * A workshop with the room (issue 19): the facilitator in browser mode (`--room-host
 * 127.0.0.1`) and eight participants, each in a browser context of their own on a phone
 * screen. Join by code, follow the facilitator across three decisions, propose answers
 * (one accepted into the map), dots hidden then revealed with the right counts, a parked
 * question, a phone that leaves and comes back with its dots, and the room closed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { makeTempDir, newPage, removeDir, type OpenPage, type RunningApp } from './support';
import { openPrintView, pdfText, printOpenView } from './support/pdf';
import { inviteTheRoom, openTheRoom, startFacilitator } from './support/room';

let app: RunningApp;
let browser: Browser;
let host: OpenPage;
let page: Page;
const phones: OpenPage[] = [];
let roomUrl = '';
let code = '';

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  ({ app, browser, host } = await startFacilitator());
  page = host.page;
});

afterAll(async () => {
  for (const phone of phones) await phone.close();
  await host?.close();
  await browser?.close();
  await app?.stop();
});

const walkTitle = () => page.locator('.walk-decision').textContent();
const phoneTitle = (p: Page) => p.locator('#decision-title').textContent();

test('eight people join by code and follow the facilitator across three decisions', async () => {
  const invite = await inviteTheRoom(page);
  await expect
    .poll(() => invite.textContent())
    .toMatch(/until you close the room, leave workshop mode or quit/);
  const opened = await openTheRoom(page, invite);
  const { card } = opened;
  ({ roomUrl, code } = opened);
  expect(roomUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expect.poll(() => card.getByRole('img', { name: /QR code/ }).count()).toBe(1);

  for (let i = 1; i <= 8; i++) {
    const phone = await newPage(browser, { viewport: PHONE });
    phones.push(phone);
    await phone.page.goto(roomUrl);
    await phone.page.getByLabel('Code on the screen').fill(i === 1 ? code.toLowerCase() : code);
    await phone.page.getByLabel('Your name (optional)').fill(i === 8 ? '' : `Person ${i}`);
    await phone.page.getByRole('button', { name: 'Join' }).click();
    await phone.page.getByText(i === 8 ? 'Anonymous 1' : `Person ${i}`, { exact: true }).waitFor();
  }
  await expect.poll(() => card.locator('.join-card-count').textContent()).toBe('8 in the room');
  await card.getByRole('button', { name: 'Back to the walk' }).click();
  await expect
    .poll(() =>
      page.getByRole('list', { name: 'Who is in the room' }).getByRole('listitem').count(),
    )
    .toBe(8);

  for (let step = 1; step <= 3; step++) {
    if (step > 1) await page.getByRole('button', { name: 'Next →' }).click();
    const title = await walkTitle();
    for (const phone of phones) await expect.poll(() => phoneTitle(phone.page)).toBe(title);
    await expect
      .poll(() => phones[0]!.page.locator('.position').textContent())
      .toMatch(new RegExp(`^Decision ${step} of \\d+$`));
  }
  // The gaps and the question to ask show on the phone, as on the projector.
  expect(await phones[0]!.page.locator('.answers li').count()).toBe(5);
  for (const phone of phones) expect(phone.problems).toEqual([]);
});

test('answers arrive grouped; one is accepted into the map as one undo step', async () => {
  const propose = async (p: Page, question: string, text: string) => {
    await p.getByLabel('To the question').selectOption({ label: question });
    await p.getByLabel('Your answer').fill(text);
    await p.getByRole('button', { name: 'Send answer' }).click();
    await p.getByText('Answer sent to the facilitator.').waitFor();
  };
  await propose(phones[0]!.page, 'Who decides?', 'Head of brand');
  await propose(phones[1]!.page, 'Who decides?', '<b>CMO</b>');
  await propose(phones[2]!.page, 'What happens when something changes?', 'Back to the brief owner');

  const decision = (await walkTitle())!;
  const group = page.getByRole('region', { name: `Answers for ${decision}` });
  await expect.poll(() => group.getByRole('listitem').count()).toBe(3);
  // Markup in an answer is shown as typed.
  await group.getByText('<b>CMO</b>').waitFor();
  const answer = group.getByRole('listitem').filter({ hasText: 'Head of brand' });
  await answer.getByRole('button', { name: 'Accept' }).click();
  const workshop = page.getByRole('main', { name: 'Workshop: walk the decisions' });
  await workshop.getByRole('button', { name: 'Remove Head of brand' }).waitFor();
  await expect.poll(() => group.getByRole('listitem').count()).toBe(2);
  // One undo takes the room's answer (the new role and the decider) back out; redo puts it back.
  const removeButton = workshop.getByRole('button', { name: 'Remove Head of brand' });
  await page.locator('.walk-decision').click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => removeButton.count()).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => removeButton.count()).toBe(1);
  // Every phone sees the map as it is now.
  await expect
    .poll(() => phones[5]!.page.locator('.answers li').nth(1).textContent())
    .toContain('Head of brand');
});

test('dots stay hidden until revealed, survive a phone leaving, and are counted once', async () => {
  await page.getByRole('button', { name: 'Open voting' }).click();
  const plus = (p: Page, n: number) => p.getByRole('button', { name: /^Put a dot on:/ }).nth(n);
  for (const [i, phone] of phones.entries()) {
    await plus(phone.page, 0).click();
    await expect
      .poll(() => phone.page.locator('.dots-left').textContent())
      .toBe('4 of 5 dots left');
    if (i < 3) {
      await plus(phone.page, 0).click();
      await expect
        .poll(() => phone.page.locator('.dots-left').textContent())
        .toBe('3 of 5 dots left');
    }
  }
  // 8 + 3 dots; the projector shows how many, never where, before the reveal.
  await expect.poll(() => page.locator('.room-dots').textContent()).toBe('11 dots placed');
  for (const phone of phones) expect(await phone.page.locator('.total').count()).toBe(0);

  // Phone 4 leaves (the page goes away), then comes back and finds its dot.
  const leaver = phones[3]!.page;
  await leaver.goto('about:blank');
  await expect.poll(() => page.locator('.room-people li.is-away').count()).toBe(1);
  await leaver.goto(roomUrl);
  await leaver.getByText('Person 4', { exact: true }).waitFor();
  await expect.poll(() => leaver.locator('.mine').first().textContent()).toBe('1 mine');
  await expect.poll(() => page.locator('.room-people li.is-away').count()).toBe(0);

  await page.getByRole('button', { name: 'Reveal votes' }).click();
  for (const phone of phones) {
    await expect
      .poll(() => phone.page.locator('.total').first().textContent())
      .toBe('11 dots in all');
  }
  // The revealed dots are the map's votes now, on the projector.
  await page
    .getByRole('region', { name: /The room’s top finding/ })
    .getByText('11 votes')
    .waitFor();
});

test('a question from a phone is parked into the map’s parking lot', async () => {
  const p = phones[2]!.page;
  await p.getByLabel('Your question for the parking lot').fill('Who signs off the media budget?');
  await p.getByRole('button', { name: 'Park the question' }).click();
  const questions = page.getByRole('region', { name: 'Questions for the parking lot' });
  await questions.getByText('Who signs off the media budget?').waitFor();
  await questions.getByRole('button', { name: 'Park' }).click();
  await page
    .getByRole('region', { name: /Parking lot/ })
    .getByText('Who signs off the media budget?')
    .waitFor();
});

test('the shared timer shows on every phone', async () => {
  await page.getByLabel('Shared timer').selectOption({ label: '5 min' });
  await expect
    .poll(() => page.getByRole('timer', { name: 'Shared timer' }).textContent())
    .toMatch(/^[45]:\d\d$/);
  for (const phone of phones) {
    await expect.poll(() => phone.page.locator('.timer').textContent()).toMatch(/^[45]:\d\d left$/);
  }
});

test('closing the room ends every participant’s access', async () => {
  await page.getByRole('button', { name: 'Close the room' }).click();
  for (const phone of phones)
    await phone.page.getByRole('heading', { name: 'The room has ended' }).waitFor();
  await page.getByRole('button', { name: 'Invite the room' }).waitFor();
  // The room's address answers no one any more.
  const late = await newPage(browser, { viewport: PHONE });
  phones.push(late);
  await expect(late.page.goto(roomUrl)).rejects.toThrow();
});

test('the session summary names what the room put into the map', async () => {
  await page.keyboard.press('Escape');
  const summary = page.getByRole('dialog', { name: 'What this session defined' });
  await summary.getByRole('heading', { name: 'From the room' }).waitFor();
  await summary.getByText('Proposed by the room (Person 1): Head of brand').waitFor();
  await summary.getByText('The room’s vote: 11 dots on 1 finding').waitFor();
  // No console error or CSP violation on the projector or on any phone that stayed.
  expect(host.problems).toEqual([]);
  for (const phone of phones.slice(0, 8)) expect(phone.problems).toEqual([]);
});

test('the PDF’s findings carry the room’s votes, and its register the accepted answer', async () => {
  const [map] = await app.call('maps:list', {});
  const print = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  phones.push(print);
  await openPrintView(print.page, app, map!.id, DEFAULT_PRINT_OPTIONS);
  await print.page.locator('.pv-votes', { hasText: '11 votes from the room' }).waitFor();
  expect(await print.page.locator('.pv-votes').count()).toBe(1);
  await print.page.getByText('Head of brand').first().waitFor();
  // The register says whose answer it was: the room's, on the decider it proposed.
  const decider = print.page.locator('.pv-register td', { hasText: 'Head of brand' });
  await expect.poll(() => decider.first().textContent()).toContain('Proposed by the room');
  expect(await print.page.getByText('Proposed by the room').count()).toBe(1);
  // And the PDF itself, read back as text, says both.
  const dir = await makeTempDir();
  const file = join(dir, 'room.pdf');
  await writeFile(file, await printOpenView(print.page, map!.name, DEFAULT_PRINT_OPTIONS));
  const text = (await pdfText(file)).replace(/\s+/g, ' ');
  await removeDir(dir);
  expect(text).toContain('11 votes from the room');
  expect(text.match(/Proposed by the room/g)).toHaveLength(1);
  expect(print.problems).toEqual([]);
});
