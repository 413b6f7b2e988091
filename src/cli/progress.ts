/** The few bits of a stream the progress bar needs (a fake one in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** A progress bar on a terminal; every method is a no-op when it is not shown. */
export interface Progress {
  /** Whether the bar is drawn at all. */
  readonly shown: boolean;
  /** Records one more finished input and redraws (at most every 100 ms). */
  tick(): void;
  /** Writes a message line above the bar. */
  log(line: string): void;
  /** Removes the bar for good. */
  done(): void;
}

/**
 * A one-line progress bar on stderr, drawn only when several inputs are
 * parsed and stderr is a terminal: piped or redirected, stderr carries only
 * the per-file messages a script may want to read.
 */
export function createProgress(total: number, stream: ProgressStream, now: () => number = Date.now): Progress {
  const shown = total > 1 && stream.isTTY === true;
  let finished = 0;
  let last = -Infinity;
  const started = now();
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((finished / total) * width);
    const seconds = Math.round((now() - started) / 1000);
    stream.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${finished}/${total} files ${seconds}s`);
  };
  const clear = (): void => {
    stream.write("\r\x1b[K");
  };
  return {
    shown,
    tick() {
      finished++;
      if (!shown) return;
      const t = now();
      if (t - last >= 100 || finished === total) {
        last = t;
        draw();
      }
    },
    log(line) {
      if (!shown) {
        stream.write(line);
        return;
      }
      clear();
      stream.write(line);
      draw();
    },
    done() {
      if (shown) clear();
    },
  };
}
