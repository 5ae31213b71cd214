/**
 * The facilitator's side of a room in end-to-end tests: the app in browser mode allowed to
 * open rooms on 127.0.0.1 only, the bundled example open on a projector-sized page, and the
 * room opened from workshop mode the way a facilitator does it.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startApp, type RunningApp } from './app';
import { launchBrowser, newPage, type OpenPage } from './browser';

export interface Facilitator {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly host: OpenPage;
}

/** The app with rooms on loopback, and the example open on a 1920x1080 page. */
export async function startFacilitator(): Promise<Facilitator> {
  const app = await startApp({ args: ['--room-host', '127.0.0.1'] });
  const browser = await launchBrowser();
  const host = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await host.page.goto(app.url);
  await host.page.getByRole('button', { name: 'Explore the example: Campaign launch' }).click();
  await host.page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
  return { app, browser, host };
}

/** Workshop mode, then Invite the room: the dialog, once it offers 127.0.0.1 (chosen). */
export async function inviteTheRoom(page: Page): Promise<Locator> {
  await page.keyboard.press('w');
  await page.getByRole('main', { name: 'Workshop: walk the decisions' }).waitFor();
  await page.getByRole('button', { name: 'Invite the room' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite the room' });
  await expect
    .poll(() => invite.getByRole('radio', { name: /127\.0\.0\.1/ }).isChecked())
    .toBe(true);
  return invite;
}

/** Open the room from the invite dialog: the join card, its address and its code. */
export async function openTheRoom(
  page: Page,
  invite: Locator,
): Promise<{ card: Locator; roomUrl: string; code: string }> {
  await invite.getByRole('button', { name: 'Open the room' }).click();
  const card = page.getByRole('dialog', { name: 'Join the room' });
  await card.waitFor();
  const roomUrl = (await card.locator('.join-card-url').textContent())!;
  const code = (await card.locator('.join-card-code').textContent())!.replace(/\s/g, '');
  return { card, roomUrl, code };
}
