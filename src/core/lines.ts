/**
 * One line of the input, without its line terminator.
 *
 * `start`/`end` are offsets into the original text, so `text.slice(start, end)`
 * is the line's content; CR of a CRLF pair is never part of a line, so CRLF
 * input yields the same lines (at other offsets) as LF input.
 */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first code unit. */
  start: number;
  /** Offset just past the line's last code unit (before `\r\n`, `\n` or `\r`). */
  end: number;
  /** Offset where the first non-whitespace code unit starts (`end` when blank). */
  contentStart: number;
  /** Offset just past the last non-whitespace code unit (`start` when blank). */
  contentEnd: number;
}

/**
 * Whether a UTF-16 code unit is white space for our purposes: ASCII space and
 * tabs, NBSP (scraped pages use NBSP-only lines as separators), the Unicode
 * space separators, BOM and zero-width characters that scrapers leave behind.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0a || c === 0x0d;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Splits text into lines with their offsets in one pass. Recognises `\n`,
 * `\r\n` and a lone `\r` as terminators. An empty string is one empty line;
 * a trailing terminator does not add an extra empty line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = 0;
  let index = 0;
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 0x0a || c === 0x0d || c === -1) {
      if (c !== -1 || start < n || index === 0) {
        let cs = start;
        while (cs < i && isSpaceCode(text.charCodeAt(cs))) cs++;
        let ce = i;
        while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
        if (cs === ce) {
          cs = i;
          ce = start;
        }
        lines.push({ index: index++, start, end: i, contentStart: cs, contentEnd: ce });
      }
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
    i++;
  }
  return lines;
}

/** Whether a line holds only white space (including NBSP). */
export function isBlankLine(line: Line): boolean {
  return line.contentStart >= line.contentEnd;
}
