/** Line icons drawn inline (no icon font, nothing fetched): 20x20, stroke in currentColor. */
const paths = {
  plus: 'M10 4v12M4 10h12',
  back: 'M12 5l-5 5 5 5',
  undo: 'M7 8H13a4 4 0 010 8H9M7 8l3-3M7 8l3 3',
  redo: 'M13 8H7a4 4 0 000 8h4M13 8l-3-3M13 8l-3 3',
  layout: 'M3 4h5v4H3zM12 4h5v4h-5zM7.5 12h5v4h-5zM5.5 8v2h9V8M10 10v2',
  flowRight: 'M2 5h5v4H2zM13 11h5v4h-5zM7 7h3.5v6H13M11 11l2 2-2 2',
  flowDown: 'M3 2h6v4H3zM11 14h6v4h-6zM6 6v5h8v3M12 12l2 2 2-2',
  fit: 'M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4',
  keyboard: 'M2.5 6h15v9h-15zM5 9h1M8 9h1M11 9h1M14 9h1M6 12h8',
  sun: 'M10 6.5a3.5 3.5 0 110 7 3.5 3.5 0 010-7zM10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4',
  moon: 'M15.5 12.5A6.5 6.5 0 017.5 4.5a6.5 6.5 0 108 8z',
  trash: 'M4 6h12M8 6V4h4v2M6 6l1 10h6l1-10',
  copy: 'M7 7h9v9H7zM4 13V4h9',
  pencil: 'M4 16l1-4 8-8 3 3-8 8zM11 6l3 3',
  restore: 'M4 10a6 6 0 106-6H6M6 4L4 6l2 2',
  close: 'M5 5l10 10M15 5L5 15',
  play: 'M6 4l10 6-10 6z',
  stop: 'M5 18V3M5 4h10l-2.5 3.5L15 11H5',
  task: 'M4 4h12v12H4z',
  eye: 'M2 10s3-5 8-5 8 5 8 5-3 5-8 5-8-5-8-5zM10 8a2 2 0 110 4 2 2 0 010-4z',
  check: 'M10 2l6 3v4c0 4-3 7-6 9-3-2-6-5-6-9V5zM7 10l2 2 4-4',
  handoff: 'M3 10h11M10 6l4 4-4 4M17 4v12',
  hourglass: 'M5 3h10M5 17h10M6 3c0 4 8 5 8 7s-8 3-8 7M14 3c0 4-8 5-8 7s8 3 8 7',
  building: 'M4 17V4h8v13M12 8h4v9M2 17h16M6.5 7h1M9 7h1M6.5 10h1M9 10h1M6.5 13h1M9 13h1',
  map: 'M2 5l5-2 6 2 5-2v12l-5 2-6-2-5 2zM7 3v12M13 5v12',
  warning: 'M10 3l8 14H2zM10 8v4M10 14.5v.5',
  sendBack: 'M15 14V9a3 3 0 00-3-3H5M8 3L5 6l3 3',
  person: 'M10 9a3 3 0 100-6 3 3 0 000 6zM4 17c0-3.3 2.7-5 6-5s6 1.7 6 5',
  document: 'M5 2h7l3 3v13H5zM12 2v3h3M8 9h5M8 12h5',
  target: 'M10 2a8 8 0 110 16 8 8 0 010-16zM10 6a4 4 0 110 8 4 4 0 010-8zM10 9.5v1',
  refresh: 'M16 10a6 6 0 11-2-4.5M16 3v3h-3',
  question: 'M7.5 7.5a2.5 2.5 0 115 0c0 1.7-2.5 2-2.5 4M10 14.5v.5',
  ready: 'M10 2a8 8 0 110 16 8 8 0 010-16zM6.5 10l2.5 2.5 4.5-5',
  blocked: 'M10 2a8 8 0 110 16 8 8 0 010-16zM5 5l10 10',
  gear: 'M10 7a3 3 0 110 6 3 3 0 010-6zM10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4',
  panel: 'M3 4h14v12H3zM8 4v12',
  decision: 'M10 2l8 8-8 8-8-8zM10 7v3.5M10 13v.5',
  flow: 'M2 10h5M13 10h5M7 7h6v6H7zM16 8l2 2-2 2',
  export: 'M10 12V3M6.5 6.5L10 3l3.5 3.5M4 11v6h12v-6',
} as const;

export type IconName = keyof typeof paths;

export function Icon({
  name,
  size = 18,
  title,
}: {
  name: IconName;
  size?: number;
  title?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
