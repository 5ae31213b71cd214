/**
 * The checks zod cannot make alone: ids unique within the file, every reference pointing at
 * an element of the right kind in the same file, and arrows joining two different steps.
 * Each problem names the field as the file spells it, and the id.
 */
import type { CurrentMapFile } from './migrations';

type Kind = 'role' | 'information item' | 'step' | 'transition' | 'parking-lot item';

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');

/** Reference problems of a validated file, in file order; empty when the file is consistent. */
export function checkReferences(file: CurrentMapFile): string[] {
  const map = file.map;
  const problems: string[] = [];
  // Where each id is declared, as [list, index]; paths are spelled out only for a problem.
  const seen = new Map<string, [string, number]>([[map.id, ['map.id', -1]]]);
  const kinds = new Map<string, Kind>();
  const at = ([list, index]: [string, number]) => (index < 0 ? list : `map.${list}[${index}]`);

  // Reserved ids (`constructor`, `__proto__`, ...) are refused by the schema's id field.
  const declare = (id: string, list: string, index: number, kind: Kind): void => {
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(
        `The id ${id} is used more than once (${at(first)} and ${at([list, index])}); ids must be unique within the file.`,
      );
      return;
    }
    seen.set(id, [list, index]);
    kinds.set(id, kind);
  };
  map.roles.forEach((r, i) => declare(r.id, 'roles', i, 'role'));
  map.information.forEach((item, i) => declare(item.id, 'information', i, 'information item'));
  map.steps.forEach((s, i) => declare(s.id, 'steps', i, 'step'));
  map.transitions.forEach((t, i) => declare(t.id, 'transitions', i, 'transition'));
  map.parkingLot.forEach((p, i) => declare(p.id, 'parkingLot', i, 'parking-lot item'));

  const expect = (id: string | null, allowed: readonly Kind[], where: () => string): void => {
    if (id === null) return;
    const kind = kinds.get(id);
    if (kind && allowed.includes(kind)) return;
    const wanted = allowed.join(' or ');
    problems.push(
      kind
        ? `${where()} refers to ${id}, which is ${article(kind)} ${kind}, not ${article(wanted)} ${wanted}.`
        : `${where()} refers to ${wanted} ${id}, which is not in the file.`,
    );
  };
  const expectAll = (ids: readonly string[], kind: Kind, where: () => string): void => {
    for (const id of ids) expect(id, [kind], where);
  };

  map.steps.forEach((step, i) => {
    expect(step.performer, ['role'], () => `map.steps[${i}].performer`);
    expectAll(step.produces, 'information item', () => `map.steps[${i}].produces`);
  });
  map.transitions.forEach((t, i) => {
    const where = (field: string) => () => `map.transitions[${i}].${field}`;
    expect(t.from, ['step'], where('from'));
    expect(t.to, ['step'], where('to'));
    if (t.from === t.to) {
      problems.push(
        `map.transitions[${i}] leads from step ${t.from} back into itself; an arrow must join two different steps.`,
      );
    }
    const d = t.decision;
    expectAll(d.deciders, 'role', where('decision.deciders'));
    expectAll(d.consulted, 'role', where('decision.consulted'));
    expectAll(d.approvers, 'role', where('decision.approvers'));
    expectAll(d.recommenders, 'role', where('decision.recommenders'));
    expectAll(d.informed, 'role', where('decision.informed'));
    expectAll(d.requires, 'information item', where('decision.requires'));
  });
  map.parkingLot.forEach((p, i) =>
    expect(p.target, ['step', 'transition'], () => `map.parkingLot[${i}].target`),
  );
  return problems;
}
