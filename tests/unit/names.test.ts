// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { joinNames, nameKey, parseNameList } from '../../src/domain/names';

describe('parseNameList', () => {
  it('keeps one name per line in order, trimmed', () => {
    expect(parseNameList('  Ola \nKari\n\tSara\t').names).toEqual(['Ola', 'Kari', 'Sara']);
  });

  it('skips and counts blank lines but not a trailing newline', () => {
    const r = parseNameList('Ola\n\n   \nKari\n');
    expect(r.names).toEqual(['Ola', 'Kari']);
    expect(r.blank).toBe(2);
  });

  it('skips duplicates within the list and against the class, ignoring case and spacing', () => {
    const r = parseNameList('Ola\nola\nKari  Marie\nKari Marie\nSara', ['SARA']);
    expect(r.names).toEqual(['Ola', 'Kari Marie']);
    expect(r.duplicates).toEqual(['ola', 'Kari Marie', 'Sara']);
  });

  it('handles Windows line endings, numbered and bulleted lists', () => {
    expect(parseNameList('1. Ola\r\n2) Kari\r\n- Sara\r\n• Aksel').names).toEqual([
      'Ola',
      'Kari',
      'Sara',
      'Aksel',
    ]);
  });

  it('accepts any script, right-to-left too, and treats composed and decomposed letters alike', () => {
    const r = parseNameList('محمد\nZoë\nZoe\u0308\n李华');
    expect(r.names).toEqual(['محمد', 'Zoë', '李华']);
    expect(r.duplicates).toHaveLength(1);
  });

  it('shortens very long names to 40 characters and reports them', () => {
    const long = 'A'.repeat(100);
    const r = parseNameList(long);
    expect(r.names[0]).toHaveLength(40);
    expect(r.shortened).toHaveLength(1);
  });

  it('strips control and zero-width characters', () => {
    expect(parseNameList('O\u200bla\u0007').names).toEqual(['O la']);
    expect(nameKey('  Ola   Nordmann ')).toBe('ola nordmann');
  });

  it('keeps only the first column of a spreadsheet row and reports it', () => {
    const r = parseNameList('Ola Nordmann\tNordmann\nKari\t\t\n3\tSara\tHansen\t5A\n\tAksel');
    expect(r.names).toEqual(['Ola Nordmann', 'Kari', 'Sara', 'Aksel']);
    expect(r.firstColumnOnly).toEqual(['Ola Nordmann', 'Sara']);
  });

  it('skips lines with no letter and reports them', () => {
    const r = parseNameList('12345\n🙂\nOla\n--\nÅse 2');
    expect(r.names).toEqual(['Ola', 'Åse 2']);
    expect(r.noLetter).toEqual(['12345', '🙂', '--']);
  });
});

// The edges the mutation run (npm run mutate) found untested.
describe('parseNameList at its edges', () => {
  it('turns DEL and every zero-width joiner or space into a plain space', () => {
    expect(parseNameList('O\u007fla\nKa\u200cri\nSa\u200dra').names).toEqual(['O la', 'Ka ri', 'Sa ra']);
  });

  it('takes a list number or bullet off the start of a line only, whatever its length', () => {
    expect(parseNameList('12. Ola\n10) Kari').names).toEqual(['Ola', 'Kari']);
    expect(parseNameList('Anne - Marie\nNr1. Ola').names).toEqual(['Anne - Marie', 'Nr1. Ola']);
  });

  it('counts blank lines typed between names, and none where there are none', () => {
    expect(parseNameList('Ola').blank).toBe(0);
    expect(parseNameList('Ola\n\nKari').blank).toBe(1);
  });

  it('reports a row of numbers as it was, with its cells apart', () => {
    expect(parseNameList('12\t34').noLetter).toEqual(['12 34']);
  });

  it('shortens at a space without leaving it at the end', () => {
    const r = parseNameList(`${'A'.repeat(39)} Berg`);
    expect(r.names).toEqual(['A'.repeat(39)]);
    expect(r.shortened).toEqual(['A'.repeat(39)]);
  });

  it('finds no duplicates when the class is empty', () => {
    expect(parseNameList('Stryker was here').names).toEqual(['Stryker was here']);
  });
});

describe('joinNames', () => {
  it('lists none, one, two and three names as a sentence does', () => {
    expect(joinNames([], 'og')).toBe('');
    expect(joinNames(['Ola'], 'og')).toBe('Ola');
    expect(joinNames(['Ola', 'Kari'], 'og')).toBe('Ola og Kari');
    expect(joinNames(['Ola', 'Kari', 'Emma'], 'and')).toBe('Ola, Kari and Emma');
  });
});
