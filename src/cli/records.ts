// The record types the CLI works with: the public ones, open to any dataset
// (`--dataset` loads one this version does not know), ids as strings.
import type {
  AnyDataset,
  Country as C,
  Discrepancy as DS,
  DiscrepancySubject as DSS,
  Event as E,
  Issue as I,
  OpenIds,
  Person as P,
  Trip as T,
  Visit as V,
} from '../api.js';

export type Dataset = AnyDataset;
export type Country = C<OpenIds>;
export type Person = P<OpenIds>;
export type Visit = V<OpenIds>;
export type Trip = T<OpenIds>;
export type Event = E<OpenIds>;
export type Issue = I<OpenIds>;
export type Discrepancy = DS;
export type DiscrepancySubject = DSS;
export type { VisitKind, EventKind, IssueRelation } from '../api.js';
