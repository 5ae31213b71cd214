/** Every way a file is refused, and that each refusal's sentence names the problem. */
import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../../../shared/file-format/import';
import { MAX_FILE_CHARS } from '../../../shared/file-format/safeJson';
import {
  example,
  exampleWith,
  fixtureText,
  minimalFile,
  problemsOf,
  type JsonFile,
} from './helpers';

describe('parseMapFile refuses', () => {
  it('text that is not JSON, saying so', () => {
    const [problem] = problemsOf(fixtureText('invalid-not-json.decisionmap'));
    expect(problem).toMatch(/^This is not a Decision Map file: it is not valid JSON/);
    expect(problemsOf('')[0]).toMatch(/not valid JSON/);
  });

  it('a file over 50 MB before parsing it', () => {
    const huge = `{"format":"decision-map","pad":"${'x'.repeat(MAX_FILE_CHARS)}"}`;
    expect(problemsOf(huge)).toEqual([
      'The file is larger than 50 MB, more than Decision Map reads.',
    ]);
  });

  it('nesting deeper than 64 levels, without overflowing the stack', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(problemsOf(deep)[0]).toMatch(/more than 64 levels deep/);
    const deepInMap = exampleWith((f) => {
      f.map.purpose = 'x';
    }).replace('"purpose":"x"', `"purpose":${'{"a":'.repeat(70)}1${'}'.repeat(70)}`);
    expect(problemsOf(deepInMap)[0]).toMatch(/more than 64 levels deep/);
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = exampleWith((f) => {
      f.map.purpose = '['.repeat(500) + '{"\\"'.repeat(100);
    });
    expect(parseMapFile(text).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a key named %s anywhere, naming where',
    (key) => {
      const text = exampleWith((f) => {
        f.map.steps[1].position = { x: 1, y: 2 };
      }).replace('"position":{"x":1,', `"position":{"${key}":{"polluted":true},"x":1,`);
      expect(problemsOf(text)).toEqual([
        `The file has a key named ${key} in map.steps[1].position; that name is not allowed in a map file.`,
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('the __proto__ fixture', () => {
    expect(problemsOf(fixtureText('invalid-proto-key.decisionmap.json'))[0]).toMatch(
      /key named __proto__ in map\.roles\[0\]/,
    );
  });

  it('a file of another format', () => {
    expect(problemsOf(fixtureText('invalid-wrong-format.decisionmap.json'))[0]).toMatch(
      /^This is not a Decision Map file/,
    );
    for (const other of ['[]', '"decision-map"', '42', 'null', '{"version":1}']) {
      expect(problemsOf(other)[0]).toMatch(/^This is not a Decision Map file/);
    }
  });

  it('a file from a newer version of the app, with the exact sentence', () => {
    expect(problemsOf(fixtureText('invalid-newer-version.decisionmap.json'))).toEqual([
      'This file was written by a newer version of Decision Map (version 3); this app reads up to version 2.',
    ]);
  });

  it.each([
    [undefined, 'it has none'],
    [0, 'it says 0'],
    [1.5, 'it says 1.5'],
    ['1', 'it says "1"'],
  ])('a version that is not a known whole number (%s)', (version, said) => {
    const text = exampleWith((f) => {
      f.version = version;
    });
    expect(problemsOf(text)).toEqual([`version must be a whole number from 1 to 2; ${said}.`]);
  });

  it('fields of the wrong type or value, naming the path in plain words', () => {
    const problems = problemsOf(
      exampleWith((f) => {
        f.map.steps[1].kind = 'meeting';
        f.map.steps[0].label = 7;
        f.map.steps[0].performer = false;
        f.map.transitions[0].decision.targetHours = '24';
        f.map.transitions[0].decision.automatic = undefined;
        f.map.roles[1].kind = 'team';
        f.map.name = '';
        f.map.parkingLot[0].extra = 1;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'map.name must not be empty.',
        'map.roles[1].kind must be one of person, role, group, not "team".',
        'map.steps[0].label must be text, not a number.',
        'map.steps[0].performer must be text or null, not false.',
        'map.steps[1].kind must be one of start, task, review, approval, handoff, wait, external, end, not "meeting".',
        'map.transitions[0].decision.automatic is missing.',
        'map.transitions[0].decision.targetHours must be a number or null, not text.',
        'map.parkingLot[0] has a field that version 1 of the format does not know: extra.',
      ]),
    );
  });

  it('text over the app limits and lists of the wrong shape', () => {
    const problems = problemsOf(
      exampleWith((f) => {
        f.map.steps[0].label = 'x'.repeat(501);
        f.map.steps[0].produces = 'i-brief';
        f.map.transitions[0].decision.observedHours = -1;
        f.map.steps[1].position = { x: 1e12, y: 0 };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'map.steps[0].label must have at most 500 characters.',
        'map.steps[0].produces must be a list, not text.',
        'map.transitions[0].decision.observedHours must be at least 0.',
        'map.steps[1].position.x must be at most 10000000.',
      ]),
    );
  });

  it('more than 100,000 steps or transitions, before validating them', () => {
    const steps = Array.from({ length: 100_001 }, (_, i) => ({
      id: `s${i}`,
      label: '',
      kind: 'task',
    }));
    const started = performance.now();
    expect(problemsOf(minimalFile({ steps }))).toEqual([
      'The file has 100,001 steps; Decision Map reads at most 100,000.',
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
    const transitions = Array.from({ length: 100_001 }, () => 0);
    expect(problemsOf(minimalFile({ transitions }))[0]).toMatch(/100,001 transitions/);
  });

  it('a duplicate id, naming the id and both places', () => {
    expect(problemsOf(fixtureText('invalid-duplicate-id.decisionmap.json'))).toContain(
      'The id s-draft is used more than once (map.steps[0] and map.steps[1]); ids must be unique within the file.',
    );
    const acrossKinds = exampleWith((f) => {
      f.map.information[0].id = 'r-cmo';
    });
    expect(problemsOf(acrossKinds)[0]).toMatch(
      /The id r-cmo is used more than once \(map\.roles\[0\] and map\.information\[0\]\)/,
    );
  });

  it('a dangling reference, naming the field and the id (the fixture)', () => {
    expect(problemsOf(fixtureText('invalid-dangling-reference.decisionmap.json'))).toEqual([
      'map.transitions[0].decision.deciders refers to role r-x, which is not in the file.',
    ]);
  });

  it.each([
    ['map.steps[0].performer', 'role', (f: JsonFile) => (f.map.steps[0].performer = 'nobody')],
    [
      'map.steps[0].produces',
      'information item',
      (f: JsonFile) => (f.map.steps[0].produces = ['nothing']),
    ],
    ['map.transitions[0].from', 'step', (f: JsonFile) => (f.map.transitions[0].from = 'nowhere')],
    ['map.transitions[0].to', 'step', (f: JsonFile) => (f.map.transitions[0].to = 'nowhere')],
    [
      'map.transitions[0].decision.consulted',
      'role',
      (f: JsonFile) => (f.map.transitions[0].decision.consulted = ['x']),
    ],
    [
      'map.transitions[0].decision.approvers',
      'role',
      (f: JsonFile) => (f.map.transitions[0].decision.approvers = ['x']),
    ],
    [
      'map.transitions[0].decision.requires',
      'information item',
      (f: JsonFile) => (f.map.transitions[0].decision.requires = ['x']),
    ],
    [
      'map.parkingLot[0].target',
      'step or transition',
      (f: JsonFile) => (f.map.parkingLot[0].target = 'x'),
    ],
  ])('a dangling %s', (field, kind, edit) => {
    const problems = problemsOf(exampleWith(edit));
    expect(problems[0]).toMatch(
      new RegExp(
        `^${field.replace(/[.[\]]/g, '\\$&')} refers to ${kind} \\S+, which is not in the file\\.$`,
      ),
    );
  });

  it('a reference to an element of the wrong kind', () => {
    const problems = problemsOf(
      exampleWith((f) => (f.map.transitions[0].decision.requires = ['r-cmo'])),
    );
    expect(problems).toEqual([
      'map.transitions[0].decision.requires refers to r-cmo, which is a role, not an information item.',
    ]);
  });

  it('an arrow from a step back into itself', () => {
    const problems = problemsOf(exampleWith((f) => (f.map.transitions[0].to = 's-draft')));
    expect(problems).toEqual([
      'map.transitions[0] leads from step s-draft back into itself; an arrow must join two different steps.',
    ]);
  });

  it.each(['__proto__', 'constructor', 'toString'])('an id the app reserves (%s)', (id) => {
    const problems = problemsOf(exampleWith((f) => (f.map.parkingLot[0].id = id)));
    expect(problems).toContain(
      `map.parkingLot[0].id is ${id}, a name Decision Map reserves; use another id.`,
    );
  });

  it('with short sentences, whatever the file quotes back', () => {
    const problems = problemsOf(exampleWith((f) => (f.map.steps[0].kind = 'x'.repeat(10_000))));
    expect(problems[0]).toMatch(/^map\.steps\[0\]\.kind must be one of .*, not "x+…\.$/);
    expect(problems[0]!.length).toBeLessThan(300);
    const versionObject = exampleWith((f) => (f.version = { huge: 'y'.repeat(10_000) }));
    expect(problemsOf(versionObject)).toEqual([
      'version must be a whole number from 1 to 2; it says an object.',
    ]);
  });

  it('with at most 20 problems, saying how many more there are', () => {
    const steps = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, label: 1, kind: 'task' }));
    const problems = problemsOf(minimalFile({ steps }));
    expect(problems).toHaveLength(20);
    expect(problems[19]).toBe('…and 31 more problems.');
  });
});

describe('parseMapFile never throws', () => {
  it('on truncations and byte flips of a valid file', () => {
    const text = JSON.stringify(example());
    for (let cut = 0; cut < text.length; cut += 7) {
      expect(() => parseMapFile(text.slice(0, cut))).not.toThrow();
      const flipped =
        text.slice(0, cut) +
        String.fromCharCode((text.charCodeAt(cut) + 13) % 128) +
        text.slice(cut + 1);
      expect(() => parseMapFile(flipped)).not.toThrow();
    }
  });
});
