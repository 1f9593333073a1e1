// The public types as a user meets them: results feed back into filters without
// casts, the data is readonly at every depth, ids are literal unions for the
// bundled data and plain strings for a dataset this version does not know.
// Checked by vitest's type checker (`expectTypeOf`), never run.
import { describe, expectTypeOf, it } from 'vitest';
import {
  bind,
  bundled,
  countriesVisited,
  events,
  firstVisit,
  getDataset,
  isCountryCode,
  isIssueId,
  isPersonId,
  issuesOf,
  itinerary,
  search,
  timeline,
  trips,
  tripsForIssue,
  visits,
  type AnyDataset,
  type CountryCode,
  type Dataset,
  type IssueId,
  type OpenIds,
  type PersonId,
  type Trip,
  type Visit,
} from '../../src/index.js';
import { loadDataset, type Visit as ParsedVisit } from '../../src/schemas/index.js';

const ds = getDataset();

describe('the bundled dataset', () => {
  it('is the bundled Dataset, with literal ids', () => {
    expectTypeOf(ds).toEqualTypeOf<Dataset>();
    expectTypeOf(ds.visits[0]!.country).toEqualTypeOf<CountryCode>();
    expectTypeOf(ds.people[0]!.id).toEqualTypeOf<PersonId>();
    expectTypeOf(ds.issues[0]!.id).toEqualTypeOf<IssueId>();
    expectTypeOf(ds.trips[0]!.personId).toEqualTypeOf<PersonId>();
    expectTypeOf(ds.events[0]!.participantIds).toEqualTypeOf<readonly PersonId[]>();
  });

  it('is readonly at every depth', () => {
    const v = ds.visits[0]!;
    // @ts-expect-error -- a record field is readonly
    v.locality = 'x';
    // @ts-expect-error -- a nested object is readonly
    v.traveler.name = 'x';
    // @ts-expect-error -- a nested array is readonly
    v.eventIds.push('x');
    // @ts-expect-error -- a collection is readonly
    ds.visits.pop();
    // @ts-expect-error -- meta is readonly
    ds.meta.counts.visits = 0;
  });
});

describe('each helper returns typed, readonly results', () => {
  it('visits, trips, events', () => {
    expectTypeOf(visits(ds)).toEqualTypeOf<readonly Visit[]>();
    expectTypeOf(trips(ds)).toEqualTypeOf<readonly Trip[]>();
    expectTypeOf(events(ds)[0]!.country).toEqualTypeOf<CountryCode>();
    expectTypeOf(firstVisit(ds, { person: 'blinken-antony-j' }, 'CN')).toEqualTypeOf<Visit | undefined>();
    expectTypeOf(itinerary(ds, 'x').stops[0]!.visit).toEqualTypeOf<Visit>();
    expectTypeOf(timeline(ds, 'blinken-antony-j')[0]!.start).toEqualTypeOf<string>();
    expectTypeOf(search(ds, 'x')[0]!.id).toEqualTypeOf<string>();
  });

  it('results can not be mutated', () => {
    const found = visits(ds, { person: 'blinken-antony-j' });
    // @ts-expect-error -- the returned array is readonly
    found.push(found[0]!);
    // @ts-expect-error -- the records in it are readonly
    found[0]!.country = 'FR';
    const stops = itinerary(ds, 'blinken-antony-j-2021-03-15').stops;
    // @ts-expect-error -- nested results are readonly
    stops[0]!.events.pop();
  });
});

describe('results round-trip into filters without casts', () => {
  it('a visit country, a person id, an issue id, a traveller country', () => {
    const v = visits(ds)[0]!;
    expectTypeOf(visits).toBeCallableWith(ds, { country: v.country });
    expectTypeOf(visits).toBeCallableWith(ds, { travelerCountry: v.travelerCountry, person: v.traveler.personId });
    for (const p of ds.people) expectTypeOf(countriesVisited).toBeCallableWith(ds, p.id);
    for (const link of issuesOf(ds, 'blinken-antony-j-2021-03-15')) {
      expectTypeOf(trips).toBeCallableWith(ds, { issue: link.issue.id });
      expectTypeOf(tripsForIssue).toBeCallableWith(ds, link.link.issueId);
    }
    for (const t of trips(ds)) expectTypeOf(visits).toBeCallableWith(ds, { person: t.personId });
  });

  it('country codes in upper or lower case, as the helpers accept them', () => {
    expectTypeOf(visits).toBeCallableWith(ds, { country: 'jp' });
    expectTypeOf(visits).toBeCallableWith(ds, { country: ['JP', 'kr'] });
  });
});

describe('typos fail type-checking', () => {
  it('in filters and arguments', () => {
    // @ts-expect-error -- not a person id
    visits(ds, { person: 'blinkin' });
    // @ts-expect-error -- alpha-3 is not a country code
    visits(ds, { country: 'JPN' });
    // @ts-expect-error -- mixed case is refused at run time too
    visits(ds, { country: 'Jp' });
    // @ts-expect-error -- not an issue id
    tripsForIssue(ds, 'taiwann');
    // @ts-expect-error -- not a person id
    countriesVisited(ds, 'kissinger');
    // @ts-expect-error -- not a bound helper's issue id
    bundled.trips({ issue: 'fentanil' });
  });
});

describe('a dataset this version does not know', () => {
  it('takes any string id, without casts', () => {
    const pinned = loadDataset('{}');
    expectTypeOf(pinned).toEqualTypeOf<AnyDataset>();
    expectTypeOf(visits(pinned, { person: 'someone-new', country: 'XY' })).toEqualTypeOf<readonly Visit<OpenIds>[]>();
    expectTypeOf(trips).toBeCallableWith(pinned, { issue: 'an-issue-added-later' });
    const p = bind(pinned);
    expectTypeOf(p.visits({ person: 'someone-new' })[0]!.country).toEqualTypeOf<string>();
    expectTypeOf(p.dataset).toEqualTypeOf<AnyDataset>();
  });

  it('a record parsed with the schemas is accepted as it is', () => {
    const parsed = {} as { visits: ParsedVisit[] } & Omit<AnyDataset, 'visits'>;
    expectTypeOf(visits).toBeCallableWith(parsed, { country: 'ANY' });
  });
});

describe('bind and bundled', () => {
  it('keep the dataset ids', () => {
    expectTypeOf(bundled.visits()).toEqualTypeOf<readonly Visit[]>();
    expectTypeOf(bundled.dataset).toEqualTypeOf<Dataset>();
    expectTypeOf(bind(ds).countriesVisited).parameter(0).toEqualTypeOf<PersonId>();
    expectTypeOf(bind(getDataset).trips).returns.toEqualTypeOf<readonly Trip[]>();
  });
});

describe('id guards', () => {
  it('narrow unknown input to the literal types', () => {
    const input: string = 'JP';
    if (isCountryCode(input)) expectTypeOf(input).toEqualTypeOf<CountryCode>();
    if (isPersonId(input)) expectTypeOf(input).toEqualTypeOf<PersonId>();
    if (isIssueId(input)) expectTypeOf(input).toEqualTypeOf<IssueId>();
  });
});
