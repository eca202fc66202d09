// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nameKey, parseNameList } from '../../src/domain/names';

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
