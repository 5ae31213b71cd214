/**
 * Malformed arguments for every API call, generated from the contract itself (each call's
 * argument schema as JSON Schema), so a channel added to the contract is covered without
 * touching the tests. Payloads are JSON text — exactly what crosses browser mode's HTTP —
 * and are parsed back for IPC. Every payload is checked to be one the contract refuses, so a
 * generator slip cannot turn into a test that proves nothing.
 */
import { z } from 'zod';
import { contract, type ApiChannel } from '../../../shared/api/contract';

/** Stands for the id of a map that exists (HTTP) or any id (IPC); replaced before sending. */
export const MAP_ID = '@@MAP_ID@@';

/** Longer limits (a 50 MB file, a 200 MB save) are bounded too; they are not worth the time. */
const MAX_GENERATED_LENGTH = 1_000_000;

export interface Payload {
  readonly name: string;
  /** The request body; undefined sends no arguments at all. */
  readonly json: string | undefined;
}

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
};

export function argsJsonSchema(channel: ApiChannel): JsonSchema {
  return z.toJSONSchema(contract[channel].args, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
}

/** What dispatch() does with a call's arguments: absent arguments count as `{}`. */
export function accepted(channel: ApiChannel, args: unknown): boolean {
  return contract[channel].args.safeParse(args ?? {}).success;
}

/** A smallest valid value for a schema; `id` properties get the MAP_ID placeholder. */
export function validValue(schema: JsonSchema, key?: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (choice) return validValue(choice, key);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'string':
      return key === 'id' ? MAP_ID : 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        validValue(schema.items ?? {}),
      );
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [name, validValue(schema.properties![name]!, name)]),
      );
    default:
      throw new Error(`no valid value for ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

/** A value of a JSON type the property does not allow. */
function wrongType(schema: JsonSchema): unknown {
  const type = schema.const !== undefined || schema.enum ? 'string' : schema.type;
  switch (Array.isArray(type) ? type[0] : type) {
    case 'string':
      return 42;
    case 'integer':
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    case 'array':
      return { 0: 'x', length: 1 };
    default:
      return ['x'];
  }
}

/** JSON text of an object with `extra` members placed first (so `__proto__` stays an own key). */
function withLeadingMembers(valid: Record<string, unknown>, extra: string): string {
  const rest = JSON.stringify(valid).slice(1, -1);
  return `{${extra}${rest ? `,${rest}` : ''}}`;
}

export function validExample(channel: ApiChannel): Record<string, unknown> {
  return validValue(argsJsonSchema(channel)) as Record<string, unknown>;
}

/** The malformed payloads for one channel, each refused by the contract. */
export function malformedPayloads(channel: ApiChannel): Payload[] {
  const schema = argsJsonSchema(channel);
  const valid = validExample(channel);
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const payloads: Payload[] = [];
  const add = (name: string, value: unknown) =>
    payloads.push({ name, json: JSON.stringify(value) });

  // Not an object at all. With no required field, "no arguments" is a valid call.
  if (required.length > 0) {
    payloads.push({ name: 'no arguments', json: undefined });
    add('null', null);
    add('{} without the required fields', {});
  }
  add('a number', 7);
  add('a string', 'DROP TABLE maps');
  add('true', true);
  add('an array', [valid]);

  for (const name of required) {
    const { [name]: _dropped, ...rest } = valid;
    add(`missing ${name}`, rest);
  }
  for (const [name, property] of Object.entries(properties)) {
    add(`${name} of the wrong type`, { ...valid, [name]: wrongType(property) });
    add(`${name} null`, { ...valid, [name]: null });
    if (property.maxLength !== undefined && property.maxLength < MAX_GENERATED_LENGTH)
      add(`${name} over ${property.maxLength} characters`, {
        ...valid,
        [name]: 'x'.repeat(property.maxLength + 1),
      });
    if (property.maxItems !== undefined && property.maxItems < MAX_GENERATED_LENGTH) {
      const item = (valid[name] as unknown[] | undefined)?.[0] ?? validValue(property.items ?? {});
      add(`${name} over ${property.maxItems} items`, {
        ...valid,
        [name]: Array.from({ length: property.maxItems + 1 }, () => item),
      });
    }
  }

  if (schema.additionalProperties === false) add('an unknown extra key', { ...valid, admin: true });
  payloads.push(
    {
      name: '__proto__ key',
      json: withLeadingMembers(valid, '"__proto__":{"polluted":true,"admin":true}'),
    },
    {
      name: 'constructor.prototype key',
      json: withLeadingMembers(valid, '"constructor":{"prototype":{"polluted":true}}'),
    },
  );

  for (const payload of payloads) {
    const args = parsePayload(payload, 'm1');
    if (accepted(channel, args))
      throw new Error(`${channel}: the "${payload.name}" payload is valid, so it proves nothing`);
  }
  return payloads;
}

/** The payload as arguments, the placeholder replaced by a real map id. */
export function parsePayload(payload: Payload, mapId: string): unknown {
  return payload.json === undefined ? undefined : JSON.parse(bodyOf(payload, mapId)!);
}

export function bodyOf(payload: Payload, mapId: string): string | undefined {
  return payload.json?.replaceAll(MAP_ID, mapId);
}

/** Every string and array in the schema, with whether it has an upper bound. */
export function unboundedInputs(schema: JsonSchema, path = 'args'): string[] {
  const found: string[] = [];
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (
    type.includes('string') &&
    schema.maxLength === undefined &&
    !schema.enum &&
    !('const' in schema)
  )
    found.push(path);
  if (type.includes('array') && schema.maxItems === undefined) found.push(`${path}[]`);
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    found.push(...unboundedInputs(property, `${path}.${name}`));
  if (schema.items) found.push(...unboundedInputs(schema.items, `${path}[]`));
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const tag = option.properties?.type?.const;
    found.push(...unboundedInputs(option, tag ? `${path}<${String(tag)}>` : path));
  }
  if (typeof schema.additionalProperties === 'object')
    found.push(...unboundedInputs(schema.additionalProperties, `${path}{}`));
  return found;
}
