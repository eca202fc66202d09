// Words the practice chose: the board is named after strengths, never after praise ("ros" is the
// evaluative "flink!" that strength-based practice moves away from). Checks every catalogue string
// in nb, nn and en (functions called with sample arguments), and the texts outside the catalogues
// that a teacher or a store listing shows: the extension manifest, its _locales and index.html.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { joinNames } from '../../src/domain/names';
import { findTemplate, ROUTINE_TEMPLATES } from '../../src/domain/routine-templates';
import { CATALOGUES, renderWithI18n } from './helpers/render';

const root = resolve(import.meta.dirname, '../..');
type Tree = { [k: string]: unknown };

/** Every string of a catalogue, functions called with n = 0, 1 and 3 so both plural branches show. */
function catalogueStrings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    const key = `${prefix}${k}`;
    if (typeof v === 'function')
      return [0, 1, 3].map((n) => [key, String((v as (...a: unknown[]) => unknown)(n, 'Ola', 'Kari', 'x'))]);
    if (v && typeof v === 'object') return catalogueStrings(v as Tree, `${key}.`);
    return [[key, String(v)]];
  });
}

/** "ros…" and "praise…" at the start of a word (any letter before it means another word, like "prose"). */
const PRAISE_WORD = /(?<!\p{L})(rose|praise)/iu;

function extensionTexts(): [string, string][] {
  const out: [string, string][] = [['manifest.json', manifestWithoutId()]];
  const dir = resolve(root, 'extension/_locales');
  if (existsSync(dir))
    for (const lang of readdirSync(dir))
      out.push([`_locales/${lang}`, readFileSync(resolve(dir, lang, 'messages.json'), 'utf8')]);
  out.push(['index.html', readFileSync(resolve(root, 'index.html'), 'utf8')]);
  return out;
}

// The Firefox add-on id keeps its first name on purpose: a new id would be a new add-on, and the
// installed copies would never update.
function manifestWithoutId(): string {
  const m = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  delete m.browser_specific_settings?.gecko?.id;
  return JSON.stringify(m);
}

describe('the words the practice chose', () => {
  it('the pattern finds the old names and leaves other words alone', () => {
    for (const s of ['Rosetavla', 'Vis rosestripa', 'Praise board', 'the praise strip', 'rosetavle-4b.json'])
      expect(s).toMatch(PRAISE_WORD);
    for (const s of ['Styrketavla', 'prose', 'arose', 'Strength board', 'Drømmeklassen'])
      expect(s).not.toMatch(PRAISE_WORD);
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: no catalogue string names the board after praise`, () => {
      const hits = catalogueStrings(CATALOGUES[lang] as unknown as Tree).filter(([, s]) =>
        PRAISE_WORD.test(s),
      );
      expect(hits).toEqual([]);
    });
  }

  it('the extension (manifest and _locales) and index.html say "strength board" too', () => {
    const hits = extensionTexts().filter(([, s]) => PRAISE_WORD.test(s));
    expect(hits.map(([where, s]) => `${where}: ${s.match(PRAISE_WORD)?.[0]}`)).toEqual([]);
  });
  // IRP: «timer» reads as "hours" in Norwegian; the R is Relasjon; English says "whole class".
  for (const lang of ['nb', 'nn'] as const) {
    it(`${lang}: the IRP timer is a «tidtaker», and the R is named Relasjon`, () => {
      const strings = catalogueStrings(CATALOGUES[lang] as unknown as Tree);
      expect(strings.filter(([, s]) => /(?<!\p{L})timer(?!\p{L})/iu.test(s))).toEqual([]);
      const m = CATALOGUES[lang];
      expect(m.board.irpTimer).toMatch(/^IRP-tidtak/);
      expect(m.routines.minutesR).toMatch(/relasjon/i);
      expect(m.routines.timer.phaseR).toBe('Relasjon');
    });
  }

  it('en: no "plenum", the P is the whole class', () => {
    const strings = catalogueStrings(CATALOGUES.en as unknown as Tree);
    expect(strings.filter(([, s]) => /plenum/i.test(s))).toEqual([]);
    expect(CATALOGUES.en.routines.timer.phaseP).toBe('Whole class');
  });
  // One name for the scaling check-in: «skalering» (the solution-focused word); «måling» sounds like testing children.
  for (const lang of ['nb', 'nn'] as const) {
    it(`${lang}: the check-in is called «skalering» everywhere`, () => {
      const strings = catalogueStrings(CATALOGUES[lang] as unknown as Tree);
      expect(strings.filter(([, s]) => /(?<!\p{L})(innsjekk|måling)/iu.test(s))).toEqual([]);
      expect(CATALOGUES[lang].charts.tabCheckIns).toBe('Skalering');
    });
  }
  it('the page description (index.html) follows the chosen language', async () => {
    const meta = document.createElement('meta');
    meta.name = 'description';
    meta.content = 'Drømmeklassen: styrkespråk, drømmeklasse og styrketavle for klasserommet.';
    document.head.append(meta);
    renderWithI18n(<p>nn</p>, 'nn');
    await waitFor(() => expect(meta.content).toBe(CATALOGUES.nn.home.description));
    expect(meta.content).toMatch(/draumeklasse og styrketavle/);
    meta.remove();
  });
  // A count of one is singular: «1 sekund», «1 post», «1 row», never «1 sekunder» or «1 records».
  const PLURAL_AFTER_ONE =
    /(?<![\d,.])1 (sekunder|poster|postar|rader|elever|elevar|ganger|gonger|styrker|styrkar|nye|oppdaterte|avviste|seconds|records|rows|pupils|times|strengths|new ones|that were)(?!\p{L})/u;
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: every count of one reads singular`, () => {
      const ones: [string, string][] = [];
      const walk = (tree: Tree, prefix = '') => {
        for (const [k, v] of Object.entries(tree)) {
          if (typeof v === 'function') {
            // Functions that take a name or a word first are not counts; they throw on a number.
            try {
              ones.push([`${prefix}${k}`, String((v as (...a: number[]) => unknown)(1, 1, 1, 1))]);
            } catch {}
          } else if (v && typeof v === 'object') walk(v as Tree, `${prefix}${k}.`);
        }
      };
      walk(CATALOGUES[lang] as unknown as Tree);
      expect(ones.filter(([, s]) => PLURAL_AFTER_ONE.test(s))).toEqual([]);
    });
  }
  // The review's M findings that a reader notices at once (N1-N3, N5, B5, E2, E3).
  it('nn: «Byrj», «vener», «Styrken denne veka», «barn»; nb and nn: no singular «deres/deira»; en: no «bring in»', () => {
    const nn = catalogueStrings(CATALOGUES.nn as unknown as Tree).map(([, s]) => s);
    expect(nn.filter((s) => /(?<!\p{L})(Byrja|venner|born)(?!\p{L})|sin styrke/u.test(s))).toEqual([]);
    expect(CATALOGUES.nn.friend.begin).toBe('Byrj');
    expect(CATALOGUES.nn.board.focusWeek).toBe('Styrken denne veka');
    expect(CATALOGUES.nb.friend.intro).not.toMatch(/styrkene deres/);
    expect(CATALOGUES.nn.friend.intro).not.toMatch(/styrkane deira/);
    const en = catalogueStrings(CATALOGUES.en as unknown as Tree).map(([, s]) => s);
    expect(en.filter((s) => /\b(bring|brought|bringing)\b[^.]*\bin\b|everyone is fine/i.test(s))).toEqual([]);
  });
  // B9/E15: one giver reads singular («La Ola», not «La dem»); several are joined with «og»/«and».
  it('a changed secret friend reads singular for one name and plural for several (nb, nn, en)', () => {
    const one = (lang: 'nb' | 'nn' | 'en') => CATALOGUES[lang].friend.changed('Ola', 1);
    const two = (lang: 'nb' | 'nn' | 'en') =>
      CATALOGUES[lang].friend.changed(joinNames(['Ola', 'Kari'], CATALOGUES[lang].friend.and), 2);
    expect(one('nb')).toBe('Ola har fått en ny hemmelig venn. La Ola se på nytt på storskjermen.');
    expect(two('nb')).toBe('Ola og Kari har fått nye hemmelige venner. La dem se på nytt på storskjermen.');
    expect(one('nn')).toBe('Ola har fått ein ny hemmeleg ven. La Ola sjå på nytt på storskjermen.');
    expect(two('nn')).toBe('Ola og Kari har fått nye hemmelege vener. La dei sjå på nytt på storskjermen.');
    expect(one('en')).toBe('Ola now has a new secret friend. Let Ola look again on the big screen.');
    expect(two('en')).toBe(
      'Ola and Kari now have new secret friends. Let them look again on the big screen.',
    );
    expect(joinNames(['Ola', 'Kari', 'Emma'], 'og')).toBe('Ola, Kari og Emma');
  });
  // P6: the daily round names everyone before anyone twice (ALLE) and points to the tab that shows who
  // is left out, by the name that tab has in each language. N3/B23/B5/N16: the library's own words.
  it('the routine library: the daily round keeps ALLE and names the «Ingen utenfor» tab; no singular «de/dei»', () => {
    const round = findTemplate('noticingRound')!;
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(round.steps[1]!.text[lang]).toContain(CATALOGUES[lang].charts.tabNoticed);
    }
    expect(round.steps[1]!.text.nb).toMatch(/alle blir nevnt før noen blir nevnt to ganger/);
    expect(findTemplate('strengthOfWeek')!.name).toEqual({
      nb: 'Ny ukestyrke',
      nn: 'Ny vekestyrke',
      en: 'A new strength of the week',
    });
    const all = ROUTINE_TEMPLATES.flatMap((t) => [
      t.name,
      t.about,
      ...t.steps.flatMap((x) => [x.title, x.text]),
    ]);
    expect(
      all.filter((t) =>
        /styrkene deres|styrkane deira|Hver elev ser hvem de|Kvar elev ser kven dei|styrken i veka|attende/.test(
          t.nb + t.nn,
        ),
      ),
    ).toEqual([]);
  });
  // The review's L findings, as words that must not come back (N4-N19, B11-B28, E5-E26).
  it('nn: one word for each thing (gøym, brukar, trekking, tryggingskopi, forslag, sundag, «Ikkje vis»)', () => {
    const nn = catalogueStrings(CATALOGUES.nn as unknown as Tree);
    const bad =
      /(?<!\p{L})(skjul\p{L}*|bruker|trekninga?|tryggleikskopi\p{L}*|framlegg|søndag|søn|ven-runde\p{L}*)(?!\p{L})|sine eigne ord|klassen sitt|er sett med/iu;
    expect(nn.filter(([, s]) => bad.test(s))).toEqual([]);
  });
  it('nb: «Styrker vi har sett», «setningsstartere», «Ikke vis» for a child’s words', () => {
    const nb = catalogueStrings(CATALOGUES.nb as unknown as Tree);
    const bad = /(?<!\p{L})(Begynnelser|venn-runde|et fokus)(?!\p{L})|er sett med|Som maskinen|Regnes fra/iu;
    expect(nb.filter(([, s]) => bad.test(s))).toEqual([]);
    expect(CATALOGUES.nb.pupilMode.whoDidYouNotice).toBe('Hvem så du en styrke hos?');
    expect([CATALOGUES.nb.queue.decline, CATALOGUES.nn.queue.decline, CATALOGUES.en.queue.decline]).toEqual([
      'Ikke vis',
      'Ikkje vis',
      'Don’t show',
    ]);
  });
  it('en: idiomatic, with contractions where a child reads', () => {
    const en = catalogueStrings(CATALOGUES.en as unknown as Tree);
    const bad =
      /lasting storage|Going on|a from and a to|One less|Do write|arrow up and down|Like the computer|what was seen|noticed for|That is not me|It was not sent|reads it first|tell about|Cards that come in between|It is used when/iu;
    expect(en.filter(([, s]) => bad.test(s))).toEqual([]);
    expect(CATALOGUES.en.friend.roundTitle('1–5 Dec')).toBe('Round: 1–5 Dec');
  });
});
