/**
 * Press-text cleanup: turns a scraped press release (plain text) into clean blocks
 * (paragraphs and headings) while keeping every sentence verbatim, and records what it
 * removed so the page can say so. Shared by the seed pipeline (`npm run seeds`) and
 * any later import; pure — no file system, no Astro.
 */

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Short lines that belong together (a signature: name, then role). */
  | { kind: 'lines'; lines: string[] };

type RemovalKind = 'carousel-counter' | 'blank-lines' | 'whitespace' | 'repeated-paragraph' | 'link-list-heading' | 'title-line' | 'date-label';

export interface Removal {
  kind: RemovalKind;
  /** What was removed, as it stood (whitespace runs are summarised, not quoted). */
  text: string;
  /** How many times (for whitespace and blank-line runs). */
  count: number;
}

export interface CleanResult {
  blocks: Block[];
  removed: Removal[];
  /** Paragraph breaks the scrape had lost and the cleanup put back. */
  restoredBreaks: number;
}

export interface CleanOptions {
  /** The page title: a first line equal to it becomes the page heading, not body text. */
  title?: string;
}

/** "See also"-style link-list headings INTERPOL pages end with, in its four official languages. */
const LINK_LIST_HEADINGS = new Set(['See also', 'انظر أيضا', 'Voir aussi', 'Ver también', 'Véase también']);

const COUNTER = /^\d+\s*\/\s*\d+$/;
const COUNTER_HEAD = /^\d+\s*\/$/;
const DATE_LABEL = /^date (\d{4}-\d{2}-\d{2})\s+/;
/** Sentence end glued to the next sentence: "epidemic’.Faced", "future.“Austria", "security.”INTERPOL". */
const GLUE = /([.!?][’”"]?|[”])(?=[“‘"]?[A-Z])/g;
/** A sub-heading glued to the first word of its paragraph: "Increased actionOfficially". */
const GLUED_HEADING = /^([A-Z][A-Za-z ,’'-]{3,58}?[a-z])(?=[A-Z][A-Za-z])/;
const NUMBERED_HEADING = /^\d{1,2}\.\s+\S/;

/** Collapse every run of whitespace (incl. no-break spaces) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

interface RawParagraph {
  lines: string[];
  /** Indented lines inside a page with a carousel: slide captions. */
  caption: boolean;
}

/** Split lines into paragraphs, dropping carousel counters and counting blank runs. */
function readParagraphs(raw: string, removed: Removal[]): RawParagraph[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const trimmed = lines.map((l) => l.trim());
  const counterAt = new Set<number>();
  for (let i = 0; i < trimmed.length; i++) {
    if (COUNTER.test(trimmed[i])) counterAt.add(i);
    else if (COUNTER_HEAD.test(trimmed[i])) {
      const j = trimmed.findIndex((l, k) => k > i && l !== '');
      if (j > 0 && /^\d+$/.test(trimmed[j])) {
        counterAt.add(i).add(j);
      }
    }
  }
  for (const i of [...counterAt].sort((a, b) => a - b)) {
    if (COUNTER.test(trimmed[i]) || COUNTER_HEAD.test(trimmed[i])) {
      const next = COUNTER.test(trimmed[i]) ? '' : ` ${trimmed.find((_, k) => k > i && counterAt.has(k))}`;
      removed.push({ kind: 'carousel-counter', text: normalizeSpace(trimmed[i] + next), count: 1 });
    }
  }
  const hasCarousel = counterAt.size > 0;
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | null = null;
  let blankRun = 0;
  let blankRuns = 0;
  let spaceRuns = 0;
  lines.forEach((line, i) => {
    if (trimmed[i] === '' || counterAt.has(i)) {
      if (trimmed[i] === '') blankRun++;
      current = null;
      return;
    }
    if (blankRun > 1) blankRuns++;
    blankRun = 0;
    const text = normalizeSpace(line);
    if (text !== trimmed[i] || /\s$/.test(line)) spaceRuns++;
    const caption = hasCarousel && /^\s/.test(line);
    if (!current || current.caption !== caption) {
      current = { lines: [], caption };
      paragraphs.push(current);
    }
    current.lines.push(text);
  });
  if (blankRun > 1) blankRuns++;
  if (blankRuns) removed.push({ kind: 'blank-lines', text: 'runs of two or more blank lines', count: blankRuns });
  if (spaceRuns) removed.push({ kind: 'whitespace', text: 'indentation, trailing spaces and doubled or no-break spaces', count: spaceRuns });
  return paragraphs;
}

/**
 * Split a paragraph where the scrape glued two sentences (or a heading) together.
 * @example splitGlued('It ended.The next began.') // ['It ended.', 'The next began.']
 */
export function splitGlued(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(GLUE)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, end);
    // "U.S.A": a single capital before the full stop is an abbreviation, not a sentence end.
    if (/(^|[\s.])[A-Z]\.$/.test(before)) continue;
    parts.push(before);
    start = end;
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p !== '');
}

/** Clean one scraped press text. See the module comment for what is kept and what is dropped. */
export function cleanPressText(raw: string, options: CleanOptions = {}): CleanResult {
  const removed: Removal[] = [];
  let restoredBreaks = 0;
  const paragraphs = readParagraphs(raw, removed);

  // Blocks, with glued sentences and glued sub-headings split apart.
  const blocks: (Block & { caption?: boolean })[] = [];
  for (const para of paragraphs) {
    const short = para.lines.length > 1 && para.lines.every((l) => l.length < 60 && !/[.!?;:,]$/.test(l));
    if (short) {
      blocks.push({ kind: 'lines', lines: para.lines, caption: para.caption });
      continue;
    }
    for (const line of para.lines) {
      const parts = splitGlued(line);
      restoredBreaks += parts.length - 1;
      parts.forEach((part, i) => {
        const heading = i > 0 ? GLUED_HEADING.exec(part) : null;
        if (heading && heading[1].split(' ').length <= 6) {
          blocks.push({ kind: 'heading', text: heading[1], caption: para.caption });
          part = part.slice(heading[1].length);
          restoredBreaks++;
        }
        blocks.push({ kind: 'paragraph', text: part, caption: para.caption });
      });
    }
  }

  // A dateline label ("date 2023-11-29 ...") is page metadata, not text.
  const first = blocks[0];
  if (first?.kind === 'paragraph' && DATE_LABEL.test(first.text)) {
    const label = DATE_LABEL.exec(first.text)![0];
    removed.push({ kind: 'date-label', text: label.trim(), count: 1 });
    first.text = first.text.slice(label.length);
  }
  if (options.title && first?.kind === 'paragraph' && first.text === normalizeSpace(options.title)) {
    removed.push({ kind: 'title-line', text: first.text, count: 1 });
    blocks.shift();
  }
  const last = blocks.at(-1);
  if (last?.kind === 'paragraph' && LINK_LIST_HEADINGS.has(last.text)) {
    removed.push({ kind: 'link-list-heading', text: last.text, count: 1 });
    blocks.pop();
  }

  // Repeats: carousel captions that restate body text, then exact repeats (first one kept).
  const bodyText = blocks
    .filter((b) => !b.caption)
    .map(blockText)
    .join('\n');
  const seen = new Set<string>();
  const kept: Block[] = [];
  for (const block of blocks) {
    const text = blockText(block);
    if ((block.caption && bodyText.includes(text)) || (block.kind === 'paragraph' && seen.has(text))) {
      removed.push({ kind: 'repeated-paragraph', text, count: 1 });
      continue;
    }
    seen.add(text);
    const { caption: _caption, ...plain } = block;
    kept.push(numberedHeading(plain));
  }
  return { blocks: kept, removed, restoredBreaks };
}

/** "1. Tackling transnational organized crime …" standing alone is a numbered heading. */
function numberedHeading(block: Block): Block {
  if (block.kind !== 'paragraph') return block;
  const t = block.text;
  if (NUMBERED_HEADING.test(t) && t.split(' ').length <= 20 && !/[.!?:;,]$/.test(t)) {
    return { kind: 'heading', text: t };
  }
  return block;
}

/** The plain text of a block (lines joined by a newline). */
export function blockText(block: Block): string {
  return block.kind === 'lines' ? block.lines.join('\n') : block.text;
}
