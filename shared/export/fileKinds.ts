/**
 * The kinds of file the app saves, with what both sides need to know about each: the
 * renderer (the browser download's type), main (the save dialog's filter, how the content
 * crossed the process boundary) and the contract (which kinds exist).
 */

export const FILE_KINDS = ['map', 'csv', 'dmn', 'png', 'svg', 'pdf', 'bpmn'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileKindInfo {
  /** Ending of the suggested name, with its dot. */
  readonly suffix: string;
  /** Extension for the save dialog's filter (one dot-free word, as every platform needs). */
  readonly extension: string;
  /** Name of the filter in the save dialog. */
  readonly label: string;
  readonly mime: string;
  /** Binary kinds cross the process boundary as base64; the others as text (UTF-8). */
  readonly binary: boolean;
}

export const FILE_KIND_INFO: Record<FileKind, FileKindInfo> = {
  map: {
    suffix: '.decisionmap.json',
    extension: 'json',
    label: 'Decision Map file',
    mime: 'application/json',
    binary: false,
  },
  csv: {
    suffix: '.csv',
    extension: 'csv',
    label: 'CSV spreadsheet',
    mime: 'text/csv',
    binary: false,
  },
  dmn: {
    suffix: '.dmn',
    extension: 'dmn',
    label: 'DMN decisions',
    // What Camunda's tools and the DMN spec's examples serve it as: DMN is XML.
    mime: 'application/xml',
    binary: false,
  },
  png: { suffix: '.png', extension: 'png', label: 'PNG image', mime: 'image/png', binary: true },
  svg: {
    suffix: '.svg',
    extension: 'svg',
    label: 'SVG image',
    mime: 'image/svg+xml',
    binary: false,
  },
  bpmn: {
    suffix: '.bpmn',
    extension: 'bpmn',
    label: 'BPMN 2.0 process model',
    mime: 'application/xml',
    binary: false,
  },
  pdf: {
    suffix: '.pdf',
    extension: 'pdf',
    label: 'PDF document',
    mime: 'application/pdf',
    binary: true,
  },
};

/** Longest base name suggested; long map names make unwieldy files. */
const MAX_BASE = 120;

/**
 * A file name that is safe on Windows, macOS and Linux, from a map's name: no path
 * separators, no characters Windows forbids, no control characters, no leading dots (a
 * hidden file) or trailing dots and spaces (Windows drops them), no name Windows reserves
 * (CON, NUL, ...). Never empty.
 */
export function safeBaseName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_BASE)
    .trim();
  if (cleaned === '') return 'Untitled map';
  // Windows refuses these names whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned} map` : cleaned;
}

/** "Campaign launch.decisionmap.json", "Campaign launch - decision register.csv". */
export function fileNameFor(mapName: string, kind: FileKind, detail?: string): string {
  const base = safeBaseName(mapName);
  return `${detail ? `${base} - ${detail}` : base}${FILE_KIND_INFO[kind].suffix}`;
}

/**
 * A suggested file name made safe (see `safeBaseName`) and ending as its kind does, for
 * names that come from elsewhere (main checks what the page suggests).
 */
export function safeFileName(name: string, kind: FileKind): string {
  const { suffix } = FILE_KIND_INFO[kind];
  const base = name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  return `${safeBaseName(base)}${suffix}`;
}
