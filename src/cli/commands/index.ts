// The CLI's commands, in the order `--help` lists them. A new command is one
// module in this folder and one line here.
import type { Command } from '../command.js';
import { counterpartsCommand } from './counterparts.js';
import { countriesCommand } from './countries.js';
import { diffCommand } from './diff.js';
import { discrepanciesCommand } from './discrepancies.js';
import { eventsCommand } from './events.js';
import { issuesCommand } from './issues.js';
import { peopleCommand } from './people.js';
import { replCommand } from './repl.js';
import { searchCommand } from './search.js';
import { statsCommand } from './stats.js';
import { tripCommand } from './trip.js';
import { tripsCommand } from './trips.js';
import { visitsCommand } from './visits.js';

export const commands: readonly Command[] = [
  visitsCommand,
  tripsCommand,
  tripCommand,
  eventsCommand,
  issuesCommand,
  discrepanciesCommand,
  counterpartsCommand,
  countriesCommand,
  peopleCommand,
  searchCommand,
  statsCommand,
  diffCommand,
  replCommand,
];
