/** Shared pieces of the gold and held-out scorers. */

/** The fields a figure must get right to count as found (span, kind, value, range, currency, unit). */
export interface ScoredFigure {
  start: number;
  end: number;
  kind: string;
  value: number | null;
  min?: number;
  max?: number;
  currency?: string;
  unit?: string;
}

/** A figure's match key: equal keys mean the same span, kind, value, range, currency and unit. */
export function figureKey(f: ScoredFigure): string {
  return JSON.stringify([f.start, f.end, f.kind, f.value, f.min ?? null, f.max ?? null, f.currency ?? null, f.unit ?? null]);
}

/** A figure as the gold and held-out answer files write it (flat offsets). */
export interface GoldFigure extends ScoredFigure {
  text?: string;
  equivalent?: GoldFigure;
  note?: string;
}
