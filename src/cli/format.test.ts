import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, wrap, type Column } from './format.js';

interface Row { id: string; name: string; n: number; tags?: string[] }
const columns: Column<Row>[] = [
  { header: 'id', value: (r) => r.id, id: true },
  { header: 'name', value: (r) => r.name },
  { header: 'n', value: (r) => r.n, align: 'right' },
];
const rows: Row[] = [
  { id: 'a-1', name: 'Antony J. Blinken', n: 7 },
  { id: 'b-22', name: 'Wang Yi', n: 12 },
];

describe('renderTable', () => {
  it('lays out a header, dashes and rows, two spaces apart, numbers right-aligned, no trailing spaces', () => {
    expect(renderTable(rows, columns, { maxWidth: 100 })).toBe(
      ['id    name                n', '----  -----------------  --', 'a-1   Antony J. Blinken   7', 'b-22  Wang Yi            12', ''].join('\n'),
    );
  });

  it('squeezes the widest column first, ending cut cells with an ellipsis, and never cuts an id', () => {
    const long: Row[] = [{ id: 'hsg-travel-4229', name: 'Met with President Xi Jinping and Foreign Minister Wang Yi', n: 1 }];
    const out = renderTable(long, columns, { maxWidth: 40 }).split('\n');
    expect(out[2]).toBe('hsg-travel-4229  Met with President …  1');
    for (const line of out) expect(line.length).toBeLessThanOrEqual(40);
    // Narrower than the ids allow: the table grows past maxWidth rather than cut one.
    const narrow = renderTable(long, columns, { maxWidth: 10 }).split('\n');
    expect(narrow[2]).toMatch(/^hsg-travel-4229 /);
  });

  it('keeps a column to its max and min, leaves out csvOnly and empty omitWhenEmpty columns', () => {
    const cols: Column<Row>[] = [
      { header: 'id', value: (r) => r.id, id: true },
      { header: 'name', value: (r) => r.name, max: 6 },
      { header: 'tags', value: (r) => r.tags, omitWhenEmpty: true },
      { header: 'secret', value: () => 'x', csvOnly: true },
    ];
    expect(renderTable(rows, cols)).toBe(['id    name', '----  ------', 'a-1   Anton…', 'b-22  Wang …', ''].join('\n'));
    const tagged = renderTable([{ ...rows[0]!, tags: ['g7', 'nato'] }], cols);
    expect(tagged.split('\n')[0]).toBe('id   name    tags');
    expect(tagged.split('\n')[2]).toBe('a-1  Anton…  g7, nato');
  });

  it('puts line breaks and tabs of a cell on one line, and measures wide characters as two columns', () => {
    const out = renderTable([{ id: 'x', name: '习近平\nXi\tJinping', n: 1 }], columns).split('\n');
    expect(out[2]).toBe('x   习近平 Xi Jinping  1');
    expect(displayWidth(out[1]!.split('  ')[1]!)).toBe(displayWidth('习近平 Xi Jinping'));
  });

  it('wraps notes under their row, indented, to maxWidth', () => {
    const out = renderTable(rows.slice(0, 1), columns, { maxWidth: 30, notes: () => ['agenda: one two three four five six seven'] });
    expect(out.split('\n').slice(3)).toEqual(['    agenda: one two three four', '      five six seven', '']);
  });
});

describe('wrap', () => {
  it('breaks at word boundaries to fit the width, with an indent and a hanging indent', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 15)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
    expect(wrap('the quick brown fox jumps', 12, '> ', '  ')).toEqual(['> the quick', '  brown fox', '  jumps']);
  });

  it('keeps a word longer than the width on its own line, cut with an ellipsis', () => {
    expect(wrap('a supercalifragilistic word', 10)).toEqual(['a', 'supercali…', 'word']);
  });

  it('puts line breaks and tabs, with the spaces around them, as one space, and gives no line for blank text', () => {
    expect(wrap('one \n\t two\r\nthree', 100)).toEqual(['one two three']);
    expect(wrap('', 100)).toEqual([]);
    expect(wrap('   ', 100)).toEqual([]);
  });

  it('measures by terminal columns: wide characters count two', () => {
    expect(wrap('习近平 习近平 习近平', 13)).toEqual(['习近平 习近平', '习近平']);
  });
});
