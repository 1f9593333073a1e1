/**
 * data/reference/countries.json from the hand-maintained slug table
 * (data/reference/country-slugs.json), world-countries (names, region and
 * subregion) and iso-3166 (code validation).
 */
import { createRequire } from 'node:module';
import { iso31661, iso31663 } from 'iso-3166';
import type { Country as WorldCountry } from 'world-countries';
import type { Country } from '../../src/schemas/country.js';
import { compareStrings } from './text.js';

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries/countries.json') as WorldCountry[];

export interface CountryOverride {
  name?: string;
  region?: string;
  subregion?: string;
  former?: boolean;
  codeNote?: string;
  /** When the state or territory existed; every record coded with it must overlap one period (scripts/historian/interpret.ts). */
  periods?: { from?: string; to?: string }[];
}

export interface CountrySlugFile {
  slugs: Record<string, string>;
  countries: Record<string, CountryOverride>;
  m49: {
    subregionRenames: Record<string, string>;
    overrides: Record<string, { region: string; subregion: string; reason: string }>;
  };
}

/** UN M49 regions and the (intermediate) subregions used as `subregion`. */
export const M49: Readonly<Record<string, readonly string[]>> = {
  Africa: ['Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'],
  Americas: ['Caribbean', 'Central America', 'South America', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
  /** Not an M49 region: Antarctica has none. Documented project choice. */
  Antarctica: ['Antarctica'],
};

export interface SlugUse {
  labels: Set<string>;
  records: number;
}

export interface SlugReportRow {
  slug: string;
  code: string;
  /** Every country label the records print under this slug. */
  labels: string[];
  records: number;
}

export interface CountriesResult {
  countries: Country[];
  codeBySlug: Map<string, string>;
  slugs: SlugReportRow[];
  /** Slugs in the table that no record uses (kept in the table, left out of historianSlugs). */
  unusedSlugs: string[];
}

type CodeKind = 'iso-3166-1' | 'iso-3166-3' | 'project';

function classify(code: string): CodeKind | undefined {
  if (/^[A-Z]{2}$/.test(code) && iso31661.some((c) => c.alpha2 === code)) return 'iso-3166-1';
  if (/^[A-Z]{4}$/.test(code) && iso31663.some((c) => c.alpha4 === code)) return 'iso-3166-3';
  if (/^X[A-Z0-9]{1,3}$/.test(code)) return 'project';
  return undefined;
}

/**
 * `slugsByCode`: the slugs of the records coded with each code after the
 * interpretation rules (a slug can then serve several codes: russia for RU and
 * SUHH). Without it, each slug serves the code the table maps it to.
 */
export function buildCountries(table: CountrySlugFile, used: Map<string, SlugUse>, slugsByCode?: Map<string, Set<string>>): CountriesResult {
  const unmapped = [...used.keys()].filter((s) => !(s in table.slugs)).sort(compareStrings);
  if (unmapped.length > 0) {
    const lines = unmapped.map((s) => {
      const u = used.get(s)!;
      return `  ${s} (labels: ${[...u.labels].sort(compareStrings).join(' | ')}; ${u.records} records)`;
    });
    throw new Error(
      `import-historian: ${unmapped.length} country slug(s) used by the records are not mapped in data/reference/country-slugs.json:\n${lines.join('\n')}\nAdd each to "slugs" with its ISO 3166-1 alpha-2 code, ISO 3166-3 code or a documented X project code.`,
    );
  }

  const codeBySlug = new Map<string, string>();
  const slugsOf = new Map<string, string[]>();
  for (const [slug, code] of Object.entries(table.slugs)) {
    codeBySlug.set(slug, code);
    if (!used.has(slug) || slugsByCode) continue;
    slugsOf.set(code, [...(slugsOf.get(code) ?? []), slug]);
  }
  for (const [code, slugs] of slugsByCode ?? []) slugsOf.set(code, [...slugs]);
  const codes = new Set<string>([...slugsOf.keys(), ...Object.keys(table.countries)]);

  const problems: string[] = [];
  const countries: Country[] = [];
  for (const code of [...codes].sort(compareStrings)) {
    const kind = classify(code);
    const hand = table.countries[code] ?? {};
    const wc = worldCountries.find((c) => c.cca2 === code);
    if (!kind) {
      problems.push(`${code}: neither an ISO 3166-1 alpha-2 code (iso-3166 iso31661), an ISO 3166-3 code (iso31663) nor an X project code`);
      continue;
    }
    if (kind === 'project' && !hand.codeNote) problems.push(`${code}: project code without a codeNote`);
    if (kind === 'iso-3166-3' && hand.former !== true) problems.push(`${code}: ISO 3166-3 code must have former: true`);

    const override = table.m49.overrides[code];
    const name = hand.name ?? wc?.name.common;
    const region = hand.region ?? override?.region ?? wc?.region;
    let subregion = hand.subregion ?? override?.subregion ?? wc?.subregion;
    if (subregion !== undefined) subregion = table.m49.subregionRenames[subregion] ?? subregion;
    if (!name || !region || !subregion) {
      problems.push(`${code}: no name/region/subregion (not in world-countries: give them in "countries")`);
      continue;
    }
    if (!M49[region]?.includes(subregion)) {
      problems.push(`${code}: "${region}" / "${subregion}" is not a UN M49 region/subregion: add an m49 override`);
      continue;
    }
    const country: Country = {
      code,
      name,
      historianSlugs: [...(slugsOf.get(code) ?? [])].sort(compareStrings),
      region,
      subregion,
      former: hand.former ?? false,
    };
    if (hand.codeNote) country.codeNote = hand.codeNote;
    countries.push(country);
  }
  if (problems.length > 0) {
    throw new Error(`import-historian: data/reference/country-slugs.json has problems:\n  ${problems.join('\n  ')}`);
  }

  const slugs: SlugReportRow[] = [...used.entries()]
    .map(([slug, u]) => ({
      slug,
      code: codeBySlug.get(slug)!,
      labels: [...u.labels].sort(compareStrings),
      records: u.records,
    }))
    .sort((a, b) => compareStrings(a.slug, b.slug));
  const unusedSlugs = Object.keys(table.slugs).filter((s) => !used.has(s)).sort(compareStrings);
  return { countries, codeBySlug, slugs, unusedSlugs };
}
