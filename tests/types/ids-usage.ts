// How a user's editor sees the controlled ids: literal union types generated at build
// (src/generated/ids.ts), used by the query helpers' filters. Type-checked, never run:
// by `npm run typecheck` against the source, and by tests/types.test.ts against the
// source and the built package (the import below is rewritten to 'diplomatic-visits').
// Every `@ts-expect-error` marks a typo that must fail type-checking; the test also
// checks that each of them fails for the id, not for some other reason.
import {
  events,
  getDataset,
  trips,
  tripsForIssue,
  visits,
  type CountryCode,
  type CuratedPersonId,
  type IssueId,
  type PersonId,
} from '../../src/index.js';

/** True when T is a union of literals, false when it widened to plain `string`. */
type IsLiteral<T> = string extends T ? false : true;
export const literal: [IsLiteral<IssueId>, IsLiteral<CountryCode>, IsLiteral<PersonId>, IsLiteral<CuratedPersonId>] = [true, true, true, true];

const ds = getDataset();

// Valid: ids of the vocabulary, the countries and the people.
export const issue: IssueId = 'taiwan';
export const child: IssueId = 'china-nuclear-buildup';
export const country: CountryCode = 'JP';
export const former: CountryCode = 'XK';
export const secretary: PersonId = 'kissinger-henry-a';
export const curated: CuratedPersonId = 'blinken-antony-j';
export const wider: PersonId = curated; // every curated person is a person
export const found = [
  visits(ds, { person: 'blinken-antony-j', country: ['JP', 'KR'], from: '2021-03-01', to: '2021-03-31' }),
  trips(ds, { person: 'blinken-antony-j', issue: 'taiwan', derived: false }),
  events(ds, { issue: 'north-korea', country: 'KR' }),
  tripsForIssue(ds, 'russia-ukraine-war'),
];

// Typos: each must be a type error.
// @ts-expect-error -- 'taiwann' is not an issue id
export const typo: IssueId = 'taiwann';
// @ts-expect-error -- not an issue id in a trip filter
trips(ds, { issue: 'taiwann' });
// @ts-expect-error -- not an issue id as a helper's argument
tripsForIssue(ds, 'north-koreaa');
// @ts-expect-error -- alpha-3 is not the dataset's country code
visits(ds, { country: 'JPN' });
// @ts-expect-error -- not a country code in a list
visits(ds, { country: ['JP', 'KOR'] });
// @ts-expect-error -- person ids are surname first
visits(ds, { person: 'antony-blinken' });
// @ts-expect-error -- a Secretary of State of the official layer, not a person of the curated layer
export const notCurated: CuratedPersonId = 'kissinger-henry-a';
