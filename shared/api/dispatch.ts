import { contentProblem } from '../content/fields';
import { AppError, toErrorPayload } from '../errors';
import { contract, type ApiChannel, type Handlers, type Reply } from './contract';

/** True when `name` is one of the contract's channels (and not, say, `__proto__`). */
export function isApiChannel(name: unknown): name is ApiChannel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * Validates a call's arguments against the contract, runs its handler, and turns any
 * failure into a coded error. Both transports (Electron IPC and browser-mode HTTP) go
 * through here, so they accept and refuse exactly the same things.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawArgs: unknown,
  onUnexpected?: (error: unknown) => void,
): Promise<Reply<unknown>> {
  if (!isApiChannel(channel))
    return { ok: false, error: toErrorPayload(new AppError('INVALID_REQUEST')) };
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    // Text the app cannot keep is named, field and all; anything else is a malformed call.
    const problem = contentProblem(parsed.error);
    const message = problem === null ? undefined : `${problem}. Nothing was changed.`;
    return { ok: false, error: toErrorPayload(new AppError('INVALID_REQUEST', message)) };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (!(error instanceof AppError)) onUnexpected?.(error);
    return { ok: false, error: toErrorPayload(error) };
  }
}
