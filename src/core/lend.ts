/**
 * Scratch space reused call after call by a function that runs once per
 * page (token arrays, a scan's marks): a pipeline of thousands of pages
 * makes it once, not per page. Internal.
 *
 * @param make - Makes a new space.
 * @param keep - Whether a space may be kept for the next call once used; a
 *   huge page's space is let go instead.
 * @returns `lend(use)`: runs `use` on the space, which must not outlive the
 *   call. A call made from inside `use` (a rule that runs the same
 *   extractor) finds the space taken and gets a new one.
 */
export function createLender<T>(make: () => T, keep: (space: T) => boolean): <R>(use: (space: T) => R) => R {
  let free: T | undefined = make();
  return (use) => {
    const own = free;
    free = undefined;
    try {
      return use(own ?? make());
    } finally {
      if (own !== undefined) free = keep(own) ? own : make();
    }
  };
}
