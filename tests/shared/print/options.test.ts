import { describe, expect, test } from 'vitest';
import {
  comparesWithAsIs,
  contentBoxPx,
  DEFAULT_PRINT_OPTIONS,
  offeredSections,
  paperMm,
  parsePrintRoute,
  printOptionsSchema,
  printRouteHash,
} from '../../../shared/print/options';

describe('the print route', () => {
  test('round-trips options, in print order whatever order they were given in', () => {
    const hash = printRouteHash('map/1 ü', {
      size: 'Letter',
      orientation: 'portrait',
      sections: ['register', 'summary'],
    });
    expect(hash).toBe(
      '#/print/map%2F1%20%C3%BC?size=Letter&orientation=portrait&sections=summary%2Cregister',
    );
    expect(parsePrintRoute(hash)).toEqual({
      mapId: 'map/1 ü',
      size: 'Letter',
      orientation: 'portrait',
      sections: ['summary', 'register'],
      lanes: false,
      cssFooter: true,
    });
    const printer = printRouteHash('m', DEFAULT_PRINT_OPTIONS, { printerFooter: true });
    expect(printer).toContain('&footer=printer');
    expect(parsePrintRoute(printer)?.cssFooter).toBe(false);
  });

  test('carries swimlanes when the canvas shows them, and only then', () => {
    const withLanes = printRouteHash('m', { ...DEFAULT_PRINT_OPTIONS, lanes: true });
    expect(withLanes).toContain('&lanes=on');
    expect(parsePrintRoute(withLanes)?.lanes).toBe(true);
    expect(printRouteHash('m', { ...DEFAULT_PRINT_OPTIONS, lanes: false })).not.toContain('lanes');
    expect(parsePrintRoute('#/print/m?lanes=yes')?.lanes).toBe(false);
  });

  test('falls back to the defaults for what is missing or unknown', () => {
    const defaults = { mapId: 'abc', ...DEFAULT_PRINT_OPTIONS, lanes: false, cssFooter: true };
    expect(parsePrintRoute('#/print/abc')).toEqual(defaults);
    expect(parsePrintRoute('#/print/abc?size=B5&orientation=sideways&sections=cover')).toEqual(
      defaults,
    );
    expect(parsePrintRoute('#/print/abc?size=a3')?.size).toBe('A3');
  });

  test('is not any other route', () => {
    for (const hash of ['', '#/', '#/map/abc', '#/print/', '#/print/%E0%A4%A']) {
      expect(parsePrintRoute(hash)).toBeNull();
    }
  });
});

describe('paper', () => {
  test('A4 landscape is 297 x 210 mm; its printable box is 1045 x 694 px', () => {
    expect(paperMm('A4', 'landscape')).toEqual({ width: 297, height: 210 });
    expect(contentBoxPx('A4', 'landscape')).toEqual({ width: 1045, height: 694 });
    expect(paperMm('Letter', 'portrait')).toEqual({ width: 215.9, height: 279.4 });
  });

  test('the options schema refuses an empty or unknown section list', () => {
    const base = { size: 'A4', orientation: 'landscape' };
    expect(printOptionsSchema.safeParse({ ...base, sections: [] }).success).toBe(false);
    expect(printOptionsSchema.safeParse({ ...base, sections: ['cover'] }).success).toBe(false);
    expect(printOptionsSchema.safeParse({ ...base, sections: ['map'], extra: 1 }).success).toBe(
      false,
    );
    expect(printOptionsSchema.safeParse({ ...base, sections: ['map'] }).success).toBe(true);
  });
});

describe('the comparison section', () => {
  test('is printed by default, after the summary', () => {
    expect(DEFAULT_PRINT_OPTIONS.sections.slice(0, 2)).toEqual(['summary', 'comparison']);
    expect(parsePrintRoute('#/print/abc?sections=map,comparison')?.sections).toEqual([
      'comparison',
      'map',
    ]);
  });

  test('applies to a to-be map derived from an as-is map, and is offered only there', () => {
    expect(comparesWithAsIs({ stage: 'to-be', derivedFrom: 'a' })).toBe(true);
    expect(comparesWithAsIs({ stage: 'to-be', derivedFrom: null })).toBe(false);
    expect(comparesWithAsIs({ stage: 'as-is', derivedFrom: null })).toBe(false);
    expect(offeredSections(true)).toContain('comparison');
    expect(offeredSections(false)).toEqual([
      'summary',
      'map',
      'register',
      'matrix',
      'findings',
      'parking',
    ]);
  });
});
