// The record types the helpers work with internally: any dataset, frozen, ids as strings.
// Public signatures are generic over the dataset (see ../../schemas/records.ts).
import type * as R from '../../schemas/records.js';

export type Dataset = R.AnyDataset;
export type Country = R.CountryOf<R.OpenIds>;
export type Person = R.PersonOf<R.OpenIds>;
export type Role = R.RoleOf<R.OpenIds>;
export type Visit = R.VisitOf<R.OpenIds>;
export type Trip = R.TripOf<R.OpenIds>;
export type Event = R.EventOf<R.OpenIds>;
export type Issue = R.IssueOfVocabulary<R.OpenIds>;
export type IssueLink = R.IssueLinkOf<R.OpenIds>;
export type Source = R.AnyDataset['sources'][number];
export type Discrepancy = R.AnyDataset['discrepancies'][number];
export type DiscrepancySubject = Discrepancy['subjects'][number];
export type Subject = IssueLink['subject'];
export type { VisitKind, EventKind, IssueRelation, DateQualifier, TravelStatus, SubjectType } from '../../schemas/types.js';
export type * from '../../schemas/records.js';
