/**
 * What a map may hold: the one table of limits that every door into the app uses — the
 * portable file's import, `map:apply`, paste, the API contract, and the room's messages
 * when they come. Because every door checks the same numbers, what one door lets in another
 * never refuses, and a map the app holds always exports to a file that imports again.
 *
 * The numbers, and why they fit together:
 * - Text lengths are counted in UTF-16 code units, as JavaScript and an input's maxLength
 *   count them; a character outside the BMP (an emoji) counts two.
 * - `elements` caps each list of a map (steps, transitions, roles, information items,
 *   parked questions, voted findings) at 100,000; `elementsPerEdit` and `opsPerSave` only
 *   bound one request, never the map.
 * - `fileBytes` is the largest map file, in UTF-8 bytes: what import reads, and what a map
 *   may grow to, measured as its file written without indentation (`mapFileBytes`). The
 *   other limits alone would allow far more (100,000 steps with 10,000-character notes are
 *   about 1 GB), so `map:apply` refuses the edit that would take a map past it, and import
 *   refuses a file that becomes larger once its missing fields are filled in. An export is
 *   indented when that still fits and written on one line otherwise, so it always imports.
 *   For scale: a map of 100,000 steps and 100,000 arrows with short labels, empty decisions
 *   and positions is 39 MB written on one line (71 MB indented), so the element limit fits;
 *   each step then has about 115 bytes to spare on average for what people write. A
 *   1,000-step map with every question answered in a sentence or two is 1–2 MB.
 * - `coordinate` bounds positions; layouts and pastes are fitted inside it, never refused.
 */
export const LIMITS = {
  id: 100,
  name: 200,
  label: 500,
  text: 10_000,
  /** A parked question: a sentence or a short paragraph said in the room. */
  parkingText: 2000,
  listItems: 500,
  /** Most of each kind of element (steps, arrows, roles, ...) one map may hold. */
  elements: 100_000,
  elementsPerEdit: 20_000,
  opsPerSave: 5_000,
  coordinate: 10_000_000,
  /** Target and observed turnaround, in hours (100,000 hours is over eleven years). */
  hours: 100_000,
  /** Dot votes on one finding; a room rarely has more than a few dozen people. */
  votes: 999,
  /** The largest map file, in UTF-8 bytes (50 MiB). */
  fileBytes: 50 * 1024 * 1024,
} as const;
