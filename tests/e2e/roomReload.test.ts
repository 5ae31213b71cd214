/**
 * The facilitator's page reloaded (browser mode) while the room is open (issue 19): the
 * page comes back to the room, on its map in workshop mode, and the people in it stay in
 * it; closing it from there still ends everyone's access.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newPage, type OpenPage, type RunningApp } from './support';
import { inviteTheRoom, openTheRoom, startFacilitator } from './support/room';

let app: RunningApp;
let browser: Browser;
let host: OpenPage;
let page: Page;
let phone: OpenPage;

beforeAll(async () => {
  ({ app, browser, host } = await startFacilitator());
  page = host.page;
});

afterAll(async () => {
  await phone?.close();
  await host?.close();
  await browser?.close();
  await app?.stop();
});

const inTheRoom = () =>
  page.getByRole('list', { name: 'Who is in the room' }).getByRole('listitem');

test('a reloaded facilitator page finds the open room and shows it', async () => {
  const { card, roomUrl, code } = await openTheRoom(page, await inviteTheRoom(page));

  phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await phone.page.goto(roomUrl);
  await phone.page.getByLabel('Code on the screen').fill(code);
  await phone.page.getByLabel('Your name (optional)').fill('Ana');
  await phone.page.getByRole('button', { name: 'Join' }).click();
  await phone.page.getByText('Ana', { exact: true }).waitFor();
  await card.getByRole('button', { name: 'Back to the walk' }).click();
  await expect.poll(() => inTheRoom().count()).toBe(1);

  await page.reload();
  // Back in workshop mode on the room's map, with the room as it was: Ana still in it.
  await page.getByRole('main', { name: 'Workshop: walk the decisions' }).waitFor();
  await page.getByRole('button', { name: 'Close the room' }).waitFor();
  await expect.poll(() => inTheRoom().count()).toBe(1);
  await expect.poll(() => inTheRoom().first().textContent()).toContain('Ana');
  expect(await phone.page.getByRole('heading', { name: 'The room has ended' }).count()).toBe(0);

  // And it is still the facilitator's room to close.
  await page.getByRole('button', { name: 'Close the room' }).click();
  await phone.page.getByRole('heading', { name: 'The room has ended' }).waitFor();
  await page.getByRole('button', { name: 'Invite the room' }).waitFor();
  expect(host.problems).toEqual([]);
  expect(phone.problems).toEqual([]);
});
