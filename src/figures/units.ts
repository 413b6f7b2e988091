/**
 * The table of units of measure that turn a number into a quantity or a
 * duration. A contributor adds a unit with one line: its canonical id, its
 * dimension, every written form (singular and plural; matched without regard
 * to case; a name of several words also matches hyphenated, `square-meter`)
 * and its abbreviations (matched exactly, so `MW` is a megawatt and `mW` is
 * not; in a title-case line a lower-case one also matches capitalised, `Bcm`).
 */

/**
 * What a unit measures. `time` units make a figure a `duration`; every other
 * dimension makes it a `quantity`.
 *
 * @category Figures
 */
export type UnitDimension =
  | "mass"
  | "length"
  | "area"
  | "volume"
  | "energy"
  | "power"
  | "voltage"
  | "time"
  | "container"
  | "data"
  | "speed"
  | "ratio"
  | "temperature";

/**
 * One unit of measure.
 *
 * @category Figures
 */
export interface UnitDefinition {
  /** Canonical id reported in `Figure.unit`: `"tonne"`, `"kilometer"`. */
  readonly id: string;
  /** What it measures; `time` gives durations. */
  readonly dimension: UnitDimension;
  /**
   * Written names, singular and plural, matched case-insensitively: `"tonne"`,
   * `"tons"`, `"cubic meters"`. A name of several words also matches with
   * hyphens for its spaces (`a 42,000-square-meter terminal`).
   */
  readonly names: readonly string[];
  /**
   * Abbreviations and symbols, matched case-sensitively: `"km"`, `"kWh"`,
   * `"m³"`. In a line set in title case, one of two or more lower-case ASCII
   * letters also matches capitalised (`65 Bcm a Year`), unless that form is
   * itself an abbreviation in the table (`Mb`).
   */
  readonly abbreviations?: readonly string[];
  /** A factor folded into the value: `bcm` (billion cubic meters) is 1e9 cubic meters. */
  readonly factor?: number;
  /** A rate built into the unit: `km/h` is kilometers per hour. */
  readonly per?: string;
}

/**
 * The units newsfacts knows by default. Tons are read as metric tonnes, as
 * the news sites in scope mean them; `pound` is the weight (a `pounds` amount
 * after a scale word is read as sterling by the currency table instead).
 *
 * @example
 * ```ts
 * const units = [...DEFAULT_UNITS, { id: "pood", dimension: "mass", names: ["pood", "poods"] }];
 * createFigureExtractor({ units }).extract("Farmers sold about 300 poods of wheat.");
 * // → [{ text: "about 300 poods", span: { start: 13, end: 28 }, kind: "quantity", value: 300, unit: "pood", approx: "about" }]
 * ```
 *
 * @category Figures
 */
export const DEFAULT_UNITS: readonly UnitDefinition[] = [
  // mass
  { id: "tonne", dimension: "mass", names: ["tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne", "metric tonnes"] },
  { id: "kilogram", dimension: "mass", names: ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], abbreviations: ["kg", "kgs"] },
  { id: "gram", dimension: "mass", names: ["gram", "grams", "gramme", "grammes"], abbreviations: ["g", "gr"] },
  { id: "milligram", dimension: "mass", names: ["milligram", "milligrams", "milligramme", "milligrammes"], abbreviations: ["mg"] },
  { id: "microgram", dimension: "mass", names: ["microgram", "micrograms", "microgramme", "microgrammes"], abbreviations: ["μg", "µg", "mcg"] },
  { id: "pound", dimension: "mass", names: ["pound", "pounds"], abbreviations: ["lb", "lbs"] },
  { id: "ounce", dimension: "mass", names: ["ounce", "ounces", "troy ounce", "troy ounces"], abbreviations: ["oz"] },
  { id: "carat", dimension: "mass", names: ["carat", "carats"] },
  // length
  { id: "kilometer", dimension: "length", names: ["kilometer", "kilometers", "kilometre", "kilometres"], abbreviations: ["km", "kms"] },
  { id: "meter", dimension: "length", names: ["meter", "meters", "metre", "metres"], abbreviations: ["m"] },
  { id: "decimeter", dimension: "length", names: ["decimeter", "decimeters", "decimetre", "decimetres"], abbreviations: ["dm"] },
  { id: "centimeter", dimension: "length", names: ["centimeter", "centimeters", "centimetre", "centimetres"], abbreviations: ["cm"] },
  { id: "millimeter", dimension: "length", names: ["millimeter", "millimeters", "millimetre", "millimetres"], abbreviations: ["mm"] },
  { id: "picometer", dimension: "length", names: ["picometer", "picometers", "picometre", "picometres"] },
  { id: "mile", dimension: "length", names: ["mile", "miles"], abbreviations: ["mi"] },
  { id: "nautical-mile", dimension: "length", names: ["nautical mile", "nautical miles"], abbreviations: ["nmi"] },
  { id: "foot", dimension: "length", names: ["foot", "feet"], abbreviations: ["ft"] },
  { id: "inch", dimension: "length", names: ["inch", "inches"] },
  { id: "yard", dimension: "length", names: ["yard", "yards"], abbreviations: ["yd", "yds"] },
  // area
  { id: "hectare", dimension: "area", names: ["hectare", "hectares"], abbreviations: ["ha"] },
  { id: "acre", dimension: "area", names: ["acre", "acres"] },
  { id: "square-kilometer", dimension: "area", names: ["square kilometer", "square kilometers", "square kilometre", "square kilometres", "sq km"], abbreviations: ["km2", "km²", "sq.km"] },
  { id: "square-meter", dimension: "area", names: ["square meter", "square meters", "square metre", "square metres", "sq m"], abbreviations: ["m2", "m²", "sq.m"] },
  { id: "square-mile", dimension: "area", names: ["square mile", "square miles", "sq mi"] },
  { id: "square-foot", dimension: "area", names: ["square foot", "square feet", "sq ft"] },
  // volume
  { id: "cubic-meter", dimension: "volume", names: ["cubic meter", "cubic meters", "cubic metre", "cubic metres"], abbreviations: ["m3", "m³", "cu m"] },
  { id: "cubic-meter", dimension: "volume", names: ["billion cubic meters", "billion cubic metres"], abbreviations: ["bcm", "BCM"], factor: 1e9 },
  { id: "cubic-meter", dimension: "volume", names: ["trillion cubic meters", "trillion cubic metres"], abbreviations: ["tcm"], factor: 1e12 },
  { id: "cubic-kilometer", dimension: "volume", names: ["cubic kilometer", "cubic kilometers", "cubic kilometre", "cubic kilometres"], abbreviations: ["km3", "km³", "cu km"] },
  { id: "cubic-foot", dimension: "volume", names: ["cubic foot", "cubic feet"], abbreviations: ["cu ft"] },
  { id: "cubic-foot", dimension: "volume", names: ["billion cubic feet"], abbreviations: ["bcf", "Bcf"], factor: 1e9 },
  { id: "cubic-foot", dimension: "volume", names: ["trillion cubic feet"], abbreviations: ["tcf", "Tcf"], factor: 1e12 },
  { id: "liter", dimension: "volume", names: ["liter", "liters", "litre", "litres"] },
  { id: "milliliter", dimension: "volume", names: ["milliliter", "milliliters", "millilitre", "millilitres"], abbreviations: ["ml", "mL"] },
  { id: "gallon", dimension: "volume", names: ["gallon", "gallons"], abbreviations: ["gal"] },
  { id: "barrel", dimension: "volume", names: ["barrel", "barrels"], abbreviations: ["bbl"] },
  // containers
  { id: "teu", dimension: "container", names: ["twenty-foot equivalent unit", "twenty-foot equivalent units"], abbreviations: ["TEU", "TEUs"] },
  // energy, power, voltage
  { id: "kilowatt-hour", dimension: "energy", names: ["kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"], abbreviations: ["kWh", "kwh"] },
  { id: "megawatt-hour", dimension: "energy", names: ["megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"], abbreviations: ["MWh"] },
  { id: "gigawatt-hour", dimension: "energy", names: ["gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"], abbreviations: ["GWh"] },
  { id: "terawatt-hour", dimension: "energy", names: ["terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"], abbreviations: ["TWh"] },
  { id: "kilowatt", dimension: "power", names: ["kilowatt", "kilowatts"], abbreviations: ["kW"] },
  { id: "megawatt", dimension: "power", names: ["megawatt", "megawatts"], abbreviations: ["MW"] },
  { id: "gigawatt", dimension: "power", names: ["gigawatt", "gigawatts"], abbreviations: ["GW"] },
  { id: "kilovolt", dimension: "voltage", names: ["kilovolt", "kilovolts"], abbreviations: ["kV", "kv", "KV"] },
  // data
  { id: "bit", dimension: "data", names: ["bit", "bits"] },
  { id: "megabit", dimension: "data", names: ["megabit", "megabits"], abbreviations: ["mb", "Mb"] },
  { id: "kilobyte", dimension: "data", names: ["kilobyte", "kilobytes"], abbreviations: ["KB", "kB"] },
  { id: "megabyte", dimension: "data", names: ["megabyte", "megabytes"], abbreviations: ["MB"] },
  { id: "gigabyte", dimension: "data", names: ["gigabyte", "gigabytes"], abbreviations: ["GB"] },
  { id: "terabyte", dimension: "data", names: ["terabyte", "terabytes"], abbreviations: ["TB"] },
  // speed
  // Speeds are a length with a rate, like "$8.30 per day": "15 kilometers per hour" is kilometer per hour.
  { id: "kilometer", dimension: "length", names: [], abbreviations: ["km/h", "kph", "kmph", "km/hr"], per: "hour" },
  { id: "mile", dimension: "length", names: [], abbreviations: ["mph"], per: "hour" },
  // ratios that are not percents
  { id: "percentage-point", dimension: "ratio", names: ["percentage point", "percentage points", "percent point", "percent points"], abbreviations: ["pp", "p.p.", "ppt", "ppts"] },
  { id: "basis-point", dimension: "ratio", names: ["basis point", "basis points"], abbreviations: ["bps", "bp"] },
  // temperature
  { id: "celsius", dimension: "temperature", names: ["degrees celsius", "degree celsius", "degrees centigrade"], abbreviations: ["°C", "℃"] },
  { id: "fahrenheit", dimension: "temperature", names: ["degrees fahrenheit", "degree fahrenheit"], abbreviations: ["°F", "℉"] },
  // A bare "degrees" in news is a temperature ("minus 30 degrees") far more often than an angle.
  { id: "degree", dimension: "temperature", names: ["degree", "degrees"], abbreviations: ["°"] },
  // time (durations and ages)
  { id: "year", dimension: "time", names: ["year", "years"], abbreviations: ["yrs"] },
  { id: "month", dimension: "time", names: ["month", "months"] },
  { id: "week", dimension: "time", names: ["week", "weeks"] },
  { id: "day", dimension: "time", names: ["day", "days"] },
  { id: "hour", dimension: "time", names: ["hour", "hours"], abbreviations: ["hrs"] },
  { id: "minute", dimension: "time", names: ["minute", "minutes"], abbreviations: ["mins"] },
  { id: "second", dimension: "time", names: ["seconds"], abbreviations: ["secs"] },
  // Spans of years are reported in years, as the gold counts them: "two decades" is 20 years.
  { id: "year", dimension: "time", names: ["decade", "decades"], factor: 10 },
  { id: "year", dimension: "time", names: ["century", "centuries"], factor: 100 },
];
