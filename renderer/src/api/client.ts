/**
 * The renderer's only way to reach main. In the desktop app the preload exposes one
 * function per contract call on `window.decisionMap`; in browser mode the same calls are
 * posted over HTTP with the start token. Either way a failure arrives as an `ApiError`
 * carrying the coded, user-facing message.
 */
import { channels, type Api, type ApiChannel, type Reply } from '../../../shared/api/contract';
import type { DesktopBridge } from '../../../shared/api/bridge';
import type { DesktopBridgeExtras } from '../../../shared/api/menu';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { ApiError, KEEPALIVE_BUDGET_BYTES } from './apiError';

export { ApiError, KEEPALIVE_BUDGET_BYTES, messageOf } from './apiError';

/** `outliveThePage`: the request should reach main even if the page closes meanwhile. */
type Transport = (
  channel: ApiChannel,
  args: unknown,
  outliveThePage: boolean,
) => Promise<Reply<unknown>>;

function desktopBridge(): DesktopBridge | undefined {
  return (window as unknown as { decisionMap?: DesktopBridge }).decisionMap;
}

const TOKEN_KEY = 'decision-map-token';

/** The browser-mode token: from the address bar on first load, then kept for reloads. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar, screenshots and shared screens.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const utf8 = new TextEncoder();

const OFFLINE: Reply<unknown> = {
  ok: false,
  error: {
    code: 'OFFLINE',
    message: 'Decision Map is not reachable. Is the app still running?',
  },
};

function httpTransport(): Transport {
  const token = browserToken();
  /** The bodies of this page's keepalive requests still on their way (KEEPALIVE_BUDGET_BYTES). */
  let keepaliveBytesInFlight = 0;
  return async (channel, args, outliveThePage) => {
    const body = JSON.stringify(args ?? {});
    const size = outliveThePage ? utf8.encode(body).length : 0;
    const keepalive = outliveThePage && keepaliveBytesInFlight + size <= KEEPALIVE_BUDGET_BYTES;
    if (keepalive) keepaliveBytesInFlight += size;
    try {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Decision-Map-Token': token },
          body,
          keepalive,
        });
      } catch {
        return OFFLINE;
      }
      if (response.status === 401) {
        return {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message: 'This page is not signed in. Open the link the app printed when it started.',
          },
        };
      }
      return (await response.json()) as Reply<unknown>;
    } finally {
      if (keepalive) keepaliveBytesInFlight -= size;
    }
  };
}

function createApi(transport: Transport, outliveThePage: boolean): Api {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    api[channel] = async (args) => {
      const reply = await transport(channel, args, outliveThePage);
      if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
      return reply.value;
    };
  }
  return api as Api;
}

const bridge = desktopBridge();

/**
 * The page was loaded from disk, which only the desktop app does, yet the preload exposed no
 * bridge: the preload failed. Fatal, and said so (main.tsx shows BridgeMissing). Falling
 * back to HTTP here would hide the cause behind "Decision Map is not reachable".
 */
export const desktopBridgeMissing: boolean =
  bridge === undefined && window.location.protocol === 'file:';

/**
 * True in the desktop app (the preload exposed `window.decisionMap`), false in browser mode.
 * Saving differs: the desktop app asks main to show a save dialog; a browser downloads.
 */
export const isDesktopApp: boolean = bridge !== undefined;

const noBridge: Transport = async () => ({
  ok: false,
  error: { code: 'BRIDGE_MISSING', message: ERROR_MESSAGES.BRIDGE_MISSING },
});

const transport: Transport = bridge
  ? (channel, args) => (bridge[channel] as (a: unknown) => Promise<Reply<unknown>>)(args)
  : desktopBridgeMissing
    ? noBridge
    : httpTransport();

export const api: Api = createApi(transport, false);

/**
 * The same calls, for the flush of waiting edits when the page is hidden or closes: in a
 * browser they are sent with `keepalive` (within KEEPALIVE_BUDGET_BYTES), so one that is on
 * its way when the page goes still arrives. Nothing else uses it. In the desktop app the
 * message has left the page once sent, so it is the same as `api`.
 */
export const apiOutlivingPage: Api = createApi(transport, true);

/** Menu commands from the desktop app's native menu; browser mode has none. */
export function onMenuCommand(listener: Parameters<DesktopBridgeExtras['onMenuCommand']>[0]) {
  return bridge?.onMenuCommand(listener) ?? (() => {});
}

/** Files the desktop app was asked to open by the system; browser mode has none. */
export function onOpenFile(listener: Parameters<DesktopBridgeExtras['onOpenFile']>[0]) {
  return bridge?.onOpenFile(listener) ?? (() => {});
}

/** Desktop app: answers main before the window closes (shared/api/closing.ts). */
export function onCloseRequest(handler: Parameters<DesktopBridgeExtras['onCloseRequest']>[0]) {
  return bridge?.onCloseRequest(handler) ?? (() => {});
}
