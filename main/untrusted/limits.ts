/**
 * The budgets within which Decision Map reads a file it did not write itself (a PDF or, next,
 * a BPMN or draw.io file someone e-mailed): how long, how much memory, how many bytes may be
 * unpacked, how many tree nodes walked, how deep things may nest. A file that asks for more
 * is refused with the name of the budget it hit (`FileRefused.reason`) and a sentence in the
 * user's words; the app itself never waits on it or runs out of memory for it.
 */
import { AppError, type ErrorCode } from '../../shared/errors';
import { MAX_FILE_CHARS } from '../../shared/file-format/safeJson';

export interface Limits {
  /** Wall-clock time for the whole parse, worker start included; then the worker is ended. */
  readonly timeMs: number;
  /** The parsing worker's JavaScript heap; above it the worker is ended by V8. */
  readonly heapMb: number;
  /** Bytes unpacked from compressed streams, all streams of the file together. */
  readonly inflatedBytes: number;
  /** Nodes and entries of a tree a parser walks (a PDF's name tree of attached files). */
  readonly nodes: number;
  /** Levels of a tree a parser walks (the name tree's Kids). */
  readonly depth: number;
  /** Levels of arrays and dictionaries nested inside one another in the file's text. */
  readonly nesting: number;
}

/**
 * Generous for anything Decision Map writes (one attachment in a one-node name tree, a few
 * levels of dictionaries) and far below what hurts: the largest map file is 50 M characters,
 * which UTF-8 may take up to twice as many bytes for, plus the PDF's own object streams.
 */
export const DEFAULT_LIMITS: Limits = {
  timeMs: 10_000,
  heapMb: 512,
  inflatedBytes: 2 * MAX_FILE_CHARS + 16 * 1024 * 1024,
  nodes: 10_000,
  depth: 32,
  nesting: 100,
};

/** Which budget a file went over. */
export type Budget =
  'time' | 'memory' | 'inflated-bytes' | 'nodes' | 'depth' | 'repeated-node' | 'nesting';

/** Why a file was refused: a budget, or a file that is damaged or locked by a password. */
export type RefusalReason = Budget | 'damaged' | 'encrypted';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function overBudget(budget: Budget, limits: Limits): string {
  const why = {
    time: `reading it took longer than ${Math.round(limits.timeMs / 1000)} seconds`,
    memory: `reading it needed more than ${limits.heapMb} MB of memory`,
    'inflated-bytes': `it unpacks to more than ${megabytes(limits.inflatedBytes)}, more than any map`,
    nodes: `its list of attached files has more than ${limits.nodes.toLocaleString('en')} entries`,
    depth: `its list of attached files is nested more than ${limits.depth} levels deep`,
    'repeated-node': 'its list of attached files leads back to the same entry twice',
    nesting: `its contents are nested more than ${limits.nesting} levels deep`,
  }[budget];
  return `This file was not imported: ${why}. A file Decision Map exported never does this, so the file is damaged or was made to harm. Nothing was changed.`;
}

/** A refusal of an untrusted file, with the reason the tests and the log can name. */
export class FileRefused extends AppError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, code: ErrorCode, message: string) {
    super(code, message);
    this.reason = reason;
  }
}

/** The refusal for a file that went over `budget`. */
export function refusedOver(budget: Budget, limits: Limits = DEFAULT_LIMITS): FileRefused {
  return new FileRefused(budget, 'FILE_OVER_LIMIT', overBudget(budget, limits));
}

/**
 * Counts what a parser spends against its budgets and throws `refusedOver` as soon as one is
 * exceeded. The first budget exceeded sticks: a library that catches the throw and carries
 * on meets it again at its next step, and the parser checks `exceeded` at the end.
 */
export class Meter {
  readonly limits: Limits;
  private readonly deadline: number;
  private inflated = 0;
  private nodes = 0;
  exceeded: Budget | null = null;

  constructor(limits: Limits, started = Date.now()) {
    this.limits = limits;
    this.deadline = started + limits.timeMs;
  }

  /** Bytes the file may still unpack. */
  get inflatedLeft(): number {
    return Math.max(0, this.limits.inflatedBytes - this.inflated);
  }

  inflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.inflatedBytes) this.fail('inflated-bytes');
    this.checkTime();
  }

  node(): void {
    if (++this.nodes > this.limits.nodes) this.fail('nodes');
    if (this.nodes % 256 === 0) this.checkTime();
  }

  checkTime(): void {
    if (this.exceeded) throw refusedOver(this.exceeded, this.limits);
    if (Date.now() > this.deadline) this.fail('time');
  }

  fail(budget: Budget): never {
    this.exceeded ??= budget;
    throw refusedOver(this.exceeded, this.limits);
  }
}
