// Type guards for the controlled ids of the bundled dataset: narrow a string a
// user typed (a CLI argument, a URL parameter) to the literal id types the
// helpers take, without a cast.
import { COUNTRY_CODES, ISSUE_IDS, PERSON_IDS, type CountryCode, type IssueId, type PersonId } from './generated/ids.js';

// Built on first use, not at import: most programs never call a guard.
let countries: ReadonlySet<string> | undefined;
let people: ReadonlySet<string> | undefined;
let issues: ReadonlySet<string> | undefined;

/**
 * True when `value` is a country code of the bundled dataset, written as the
 * data writes it (upper case): narrows it to `CountryCode`.
 * @example
 * import { isCountryCode, visits, getDataset } from 'diplomatic-visits';
 * const input = new URLSearchParams('?country=MN').get('country') ?? ''; // a URL parameter
 * if (isCountryCode(input)) visits(getDataset(), { country: input }).length;
 * //=> 8
 * isCountryCode('Mongolia');
 * //=> false
 */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (countries ??= new Set(COUNTRY_CODES)).has(value);
}

/**
 * True when `value` is a person id of the bundled dataset: narrows it to `PersonId`.
 * @example
 * import { isPersonId, countriesVisited, getDataset } from 'diplomatic-visits';
 * const id = 'blinken-antony-j'; // a command-line argument
 * if (isPersonId(id)) console.log(countriesVisited(getDataset(), id).length);
 * //=> ['89']
 * isPersonId('blinken');
 * //=> false
 */
export function isPersonId(value: unknown): value is PersonId {
  return typeof value === 'string' && (people ??= new Set(PERSON_IDS)).has(value);
}

/**
 * True when `value` is an issue id of the bundled vocabulary: narrows it to `IssueId`.
 * @example
 * import { isIssueId, tripsForIssue, getDataset } from 'diplomatic-visits';
 * if (isIssueId('taiwan')) tripsForIssue(getDataset(), 'taiwan').length;
 * //=> 2
 * isIssueId('gaza'); // an alias of israel-hamas-war, not an id
 * //=> false
 */
export function isIssueId(value: unknown): value is IssueId {
  return typeof value === 'string' && (issues ??= new Set(ISSUE_IDS)).has(value);
}
