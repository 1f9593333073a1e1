import type { Command } from '../command.js';

export const replCommand: Command = {
  name: 'repl',
  summary: 'a Node REPL with the dataset (ds) and every helper bound to it',
  usage: '[options]',
  formats: false,
  description: [
    'In scope: ds (the dataset), every query helper bound to it (visits, trips, itinerary,',
    'issuesOf, ...), q (the unbound helpers: q.visits(ds, filter)) and bind. .help lists the',
    'helpers with an example each; Tab completes names, and ids inside a string. Lists of',
    'visits, trips and events print as a table (.raw prints the last result in full).',
    'On a terminal, history is kept in $XDG_STATE_HOME/diplomatic-visits/repl_history or',
    '~/.diplomatic_visits_repl_history (DIPLOMATIC_VISITS_REPL_HISTORY=<file> elsewhere, empty for none).',
    'Input may be piped: each line is evaluated, its result printed, and the REPL exits at the',
    'end of the input (exit code 1 if a line threw).',
  ].join('\n'),
  options: {},
  examples: [
    "diplomatic-visits repl   then   visits({ person: 'blinken-antony-j', from: '2023-11' })",
    "echo \"countriesVisited('blinken-antony-j').length\" | diplomatic-visits repl",
  ],
  async run(ctx) {
    // node:repl, readline and stream are loaded for this command only.
    const { runRepl } = await import('../repl-session.js');
    return runRepl(ctx);
  },
};
