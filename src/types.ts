// The public record types of the main entry: the dataset as the helpers hand it
// out, deeply readonly (it is frozen), with country, person and issue ids typed
// as the literal unions of the bundled data. Each takes an optional id space:
// `Visit` is a bundled visit, `Visit<OpenIds>` one of a dataset this version
// does not know. `diplomatic-visits/schemas` exports the zod-inferred shapes
// of a file being validated under the same names.
import type * as R from './schemas/records.js';
import type * as S from './schemas/types.js';

export type {
  AnyDataset,
  BundledDataset,
  BundledIds,
  CountryCodeOf,
  DeepReadonly,
  IdSpace,
  IdsOf,
  IssueIdOf,
  OpenIds,
  PersonIdOf,
  VisitIn,
  TripIn,
  EventIn,
  PersonIn,
  IssueIn,
  IssueLinkIn,
  CountryIn,
  DiscrepancyIn,
} from './schemas/records.js';
export type { VisitKind, EventKind, IssueRelation, DateQualifier, TravelStatus, SubjectType, SourceKind, CollectionName, VisitAnnotation, DatasetContent } from './schemas/types.js';

type Ids = R.IdSpace;
type Bundled = R.BundledIds;

/** A whole dataset, frozen: `Dataset` is the bundled one, `Dataset<OpenIds>` any other. */
export type Dataset<I extends Ids = Bundled> = R.DatasetOf<I>;
export type Country<I extends Ids = Bundled> = R.CountryOf<I>;
export type Person<I extends Ids = Bundled> = R.PersonOf<I>;
export type Role<I extends Ids = Bundled> = R.RoleOf<I>;
export type Visit<I extends Ids = Bundled> = R.VisitOf<I>;
export type Traveler<I extends Ids = Bundled> = R.TravelerOf<I>;
export type Trip<I extends Ids = Bundled> = R.TripOf<I>;
export type Event<I extends Ids = Bundled> = R.EventOf<I>;
export type Issue<I extends Ids = Bundled> = R.IssueOfVocabulary<I>;
export type IssueLink<I extends Ids = Bundled> = R.IssueLinkOf<I>;
export type Source = R.DeepReadonly<S.Source>;
export type Discrepancy = R.DeepReadonly<S.Discrepancy>;
export type DiscrepancySubject = R.DeepReadonly<S.DiscrepancySubject>;
export type Evidence = R.DeepReadonly<S.Evidence>;
export type Provenance = R.DeepReadonly<S.Provenance>;
export type Subject = R.DeepReadonly<S.Subject>;
export type Meta = R.DeepReadonly<S.Meta>;
