import { createDateDetector } from "./detect-dates.js";
import type { DateRule } from "./rule.js";
import type { DateBias, DateMention } from "./types.js";

/** A compact view of a mention for assertions: `text start..end grain`. */
export function brief(m: DateMention): string {
  return `${m.text} ${m.start ?? "null"}..${m.end ?? "null"} ${m.grain}${m.kind === "range" ? " range" : ""}${m.relative ? " relative" : ""}`;
}

/**
 * Runs the default rules (or `rules`) over `text` and returns the mentions
 * in brief form. Test-only helper.
 */
export function detectBrief(text: string, referenceDate?: string, bias: DateBias = "past", rules?: readonly DateRule[]): string[] {
  const detector = createDateDetector(rules === undefined ? {} : { rules });
  return detector.detect(text, referenceDate === undefined ? { bias } : { referenceDate, bias }).map(brief);
}
