/**
 * A small glob matcher for `--glob` (the CLI takes no runtime dependencies
 * beyond zod). Supported: `*` (any run within one path
 * segment), `?` (one character), `**` (any number of whole segments),
 * `[abc]` / `[a-z]` / `[!abc]`, `{a,b}` alternatives, `\` escapes.
 *
 * A pattern without `/` is matched against the file name alone (`*.txt`
 * finds pages at any depth, like `find -name`); a pattern with `/` against
 * the path relative to the directory given (`2025/**\/*.txt`).
 */
export interface Glob {
  /** Whether the pattern is matched against the whole relative path. */
  readonly byPath: boolean;
  /** Tests a name (or a relative path with `/` separators). */
  test(name: string): boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escape(s: string): string {
  return s.replace(SPECIAL, "\\$&");
}

/** Compiles a glob; throws an Error saying what is wrong with a malformed one. */
export function compileGlob(pattern: string): Glob {
  let re = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && i + 1 < pattern.length) {
      re += escape(pattern[++i]!);
    } else if (c === "*") {
      if (pattern[i + 1] === "*") {
        // `**/` spans zero or more whole segments; a trailing `**` anything.
        i++;
        if (pattern[i + 1] === "/") {
          i++;
          re += "(?:[^/]*/)*";
        } else {
          re += ".*";
        }
      } else {
        re += "[^/]*";
      }
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) throw new Error(`unclosed "[" in glob "${pattern}"`);
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      re += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = close;
    } else if (c === "{") {
      depth++;
      re += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      re += ")";
    } else if (c === "," && depth > 0) {
      re += "|";
    } else {
      re += escape(c);
    }
  }
  if (depth > 0) throw new Error(`unclosed "{" in glob "${pattern}"`);
  let compiled: RegExp;
  try {
    compiled = new RegExp(`^${re}$`, "u");
  } catch {
    throw new Error(`cannot read glob "${pattern}"`);
  }
  return { byPath: pattern.includes("/"), test: (name) => compiled.test(name) };
}
