// Every query helper, by name: what `bind` binds and the REPL puts in scope.
import { counterparts } from './counterparts/index.js';
import { countBy } from './countBy/index.js';
import { countriesVisited } from './countriesVisited/index.js';
import { daysAbroad } from './daysAbroad/index.js';
import { discrepancies } from './discrepancies/index.js';
import { events } from './events/index.js';
import { evidenceFor } from './evidenceFor/index.js';
import { firstVisit } from './firstVisit/index.js';
import { issuesOf } from './issuesOf/index.js';
import { itinerary } from './itinerary/index.js';
import { lastVisit } from './lastVisit/index.js';
import { participants } from './participants/index.js';
import { search } from './search/index.js';
import { timeline } from './timeline/index.js';
import { tripOf } from './tripOf/index.js';
import { trips } from './trips/index.js';
import { tripsForIssue } from './tripsForIssue/index.js';
import { visits } from './visits/index.js';
import { visitsForIssue } from './visitsForIssue/index.js';
import { people } from './people/index.js';
import { countries } from './countries/index.js';
import { travelStats } from './travelStats/index.js';

// Frozen: `helpers.visits = () => []` would change every later bind() and the REPL.
export const helpers = Object.freeze({
  visits,
  trips,
  tripOf,
  itinerary,
  issuesOf,
  tripsForIssue,
  visitsForIssue,
  events,
  participants,
  counterparts,
  countriesVisited,
  daysAbroad,
  firstVisit,
  lastVisit,
  timeline,
  search,
  evidenceFor,
  discrepancies,
  countBy,
  people,
  countries,
  travelStats,
} as const);

export type Helpers = typeof helpers;
