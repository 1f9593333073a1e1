// The dataset as the query helpers see it: deeply readonly (it is frozen at
// run time), with the controlled ids typed as the literal unions of the data
// this version bundles, or as plain strings for a dataset a user brings.
// Types only: derived from the zod schemas, so the two can not drift apart.
import type { CountryCode, IssueId, PersonId } from '../generated/ids.js';
import type * as Schema from './types.js';

/** `T` with every property readonly at every depth, arrays as `readonly T[]`. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** The id types a dataset's records use: literal unions for the bundled data, `string` for any other. */
export interface IdSpace {
  country: string;
  person: string;
  issue: string;
}

/** The ids of the dataset this version bundles. */
export interface BundledIds {
  country: CountryCode;
  person: PersonId;
  issue: IssueId;
}

/** Ids of a dataset this version does not know (a pinned older file, a fork). */
export interface OpenIds {
  country: string;
  person: string;
  issue: string;
}

type Override<T, O> = { [K in keyof T as K extends keyof O ? never : K]: T[K] } & O;
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** A record type with some fields narrowed, made deeply readonly. */
type Record<T, O> = DeepReadonly<Flat<Override<T, O>>>;

export type RoleOf<I extends IdSpace = BundledIds> = Record<Schema.Role, { country: I['country'] }>;
export type CountryOf<I extends IdSpace = BundledIds> = Record<Schema.Country, { code: I['country'] }>;
export type PersonOf<I extends IdSpace = BundledIds> = Record<Schema.Person, { id: I['person']; roles: RoleOf<I>[] }>;
export type TravelerOf<I extends IdSpace = BundledIds> = Record<Schema.Traveler, { personId?: I['person'] }>;
export type VisitOf<I extends IdSpace = BundledIds> = Record<
  Schema.Visit,
  { traveler: TravelerOf<I>; travelerCountry: I['country']; country: I['country'] }
>;
export type TripOf<I extends IdSpace = BundledIds> = Record<Schema.Trip, { personId: I['person'] }>;
export type EventOf<I extends IdSpace = BundledIds> = Record<Schema.Event, { country: I['country']; participantIds: I['person'][] }>;
export type IssueOfVocabulary<I extends IdSpace = BundledIds> = Record<Schema.Issue, { id: I['issue']; parentId?: I['issue'] }>;
export type IssueLinkOf<I extends IdSpace = BundledIds> = Record<Schema.IssueLink, { issueId: I['issue'] }>;

/** A whole dataset, frozen: the bundled one (`DatasetOf<BundledIds>`) or one a user brings (`DatasetOf<OpenIds>`). */
export interface DatasetOf<I extends IdSpace = BundledIds> {
  readonly meta: DeepReadonly<Schema.Meta>;
  readonly countries: readonly CountryOf<I>[];
  readonly people: readonly PersonOf<I>[];
  readonly sources: readonly DeepReadonly<Schema.Source>[];
  readonly visits: readonly VisitOf<I>[];
  readonly trips: readonly TripOf<I>[];
  readonly events: readonly EventOf<I>[];
  readonly issues: readonly IssueOfVocabulary<I>[];
  readonly issueLinks: readonly IssueLinkOf<I>[];
  readonly discrepancies: readonly DeepReadonly<Schema.Discrepancy>[];
}

/** Any dataset the helpers accept: the bundled one, a pinned or forked file, or one parsed with the schemas. */
export type AnyDataset = DatasetOf<OpenIds>;

/** The id types of a dataset, read off its records: literal unions for the bundled data, `string` otherwise. */
export interface IdsOf<D extends AnyDataset> {
  country: D['countries'][number]['code'];
  person: D['people'][number]['id'];
  issue: D['issues'][number]['id'];
}

/** A country code of dataset `D`, in upper case as the data writes it or in lower case. */
export type CountryCodeOf<D extends AnyDataset> = D['countries'][number]['code'] | Lowercase<D['countries'][number]['code']>;
/** A person id of dataset `D`. */
export type PersonIdOf<D extends AnyDataset> = D['people'][number]['id'];
/** An issue id of dataset `D`. */
export type IssueIdOf<D extends AnyDataset> = D['issues'][number]['id'];
/** A visit record of dataset `D`. */
export type VisitIn<D extends AnyDataset> = D['visits'][number];
/** A trip record of dataset `D`. */
export type TripIn<D extends AnyDataset> = D['trips'][number];
/** An event record of dataset `D`. */
export type EventIn<D extends AnyDataset> = D['events'][number];
/** A person record of dataset `D`. */
export type PersonIn<D extends AnyDataset> = D['people'][number];
/** An issue of the vocabulary of dataset `D`. */
export type IssueIn<D extends AnyDataset> = D['issues'][number];
/** An issue link of dataset `D`. */
export type IssueLinkIn<D extends AnyDataset> = D['issueLinks'][number];
/** A country record of dataset `D`. */
export type CountryIn<D extends AnyDataset> = D['countries'][number];
/** A discrepancy record of dataset `D`. */
export type DiscrepancyIn<D extends AnyDataset> = D['discrepancies'][number];

/** The dataset this version bundles: `getDataset()`. */
export type BundledDataset = DatasetOf<BundledIds>;
