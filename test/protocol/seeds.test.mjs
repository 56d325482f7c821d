/**
 * The five sample reports over LSP: semantic tokens against the gold person mentions, hovers,
 * references, the outline and the absence of problems on clean text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSeeds, normalize, unescapeMarkdown } from './helpers/corpus.mjs';
import { startServer } from './helpers/lspClient.mjs';
import { lineStarts, offsetAt, positionAt, rangeToOffsets } from './helpers/textEdits.mjs';
import { decodeSemanticTokens } from './helpers/tokens.mjs';

const seeds = loadSeeds();
/** Words that start or make up an official or byline title; never part of a person token. */
const TITLE_WORDS = /\b(secretary|mayor|governor|director|chairman|chairwoman|president|deputy|vice|member|leaders?|reporter|photographer|editor|correspondent|minister|head|magistrate|procurator|commissar|committee)\b/i;

let client;
/** name -> { seed, tokens } */
const bySeed = new Map();

before(async () => {
  client = await startServer();
  for (const seed of seeds) client.open(seed.uri, seed.text);
  for (const seed of seeds) {
    const result = await client.semanticTokens(seed.uri);
    bySeed.set(seed.name, { seed, tokens: decodeSemanticTokens(result.data, client.legend, seed.text) });
  }
});

after(async () => {
  await client?.close();
});

describe('semantic tokens on the seeds', () => {
  it('announces a legend with person, title and theme token types', () => {
    const { tokenTypes, tokenModifiers } = client.legend;
    for (const t of ['person', 'title', 'theme']) assert.ok(tokenTypes.includes(t), `legend.tokenTypes ${JSON.stringify(tokenTypes)} lacks '${t}'`);
    assert.equal(new Set(tokenTypes).size, tokenTypes.length, 'duplicate token types');
    assert.ok(tokenModifiers.includes('declaration'), `legend.tokenModifiers ${JSON.stringify(tokenModifiers)} lacks 'declaration'`);
  });

  it('finds the gold person mentions with F1 >= 0.97 (exact UTF-16 spans)', (t) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const problems = [];
    for (const { seed, tokens } of bySeed.values()) {
      const predicted = new Set(tokens.filter((t) => t.type === 'person').map((t) => `${t.start}-${t.end}`));
      const gold = new Set(seed.gold.persons.flatMap((p) => p.mentions.map(([s, e]) => `${s}-${e}`)));
      for (const g of gold) {
        if (predicted.has(g)) tp++;
        else {
          fn++;
          const [s, e] = g.split('-').map(Number);
          problems.push(`${seed.name}: missed ${JSON.stringify(seed.text.slice(s, e))} [${g}]`);
        }
      }
      for (const p of predicted) {
        if (gold.has(p)) continue;
        fp++;
        const [s, e] = p.split('-').map(Number);
        problems.push(`${seed.name}: spurious ${JSON.stringify(seed.text.slice(s, e))} [${p}]`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    t.diagnostic(`person mentions: ${tp} found, ${fp} spurious, ${fn} missed; F1 ${f1.toFixed(4)}`);
    assert.ok(tp + fn >= 80, `expected the gold to hold at least 80 person mentions, found ${tp + fn}`);
    assert.ok(f1 >= 0.97, `person-mention F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)}) < 0.97:\n${problems.join('\n')}`);
  });

  it('never puts a possessive or a title inside a person token', () => {
    for (const { seed, tokens } of bySeed.values()) {
      const goldTitles = [...new Set(seed.gold.persons.flatMap((p) => p.titles).map(normalize))];
      for (const t of tokens.filter((x) => x.type === 'person')) {
        const where = `${seed.name} ${t.line + 1}:${t.character + 1} ${JSON.stringify(t.text)}`;
        assert.doesNotMatch(t.text, /['’]s?$|['’]s\b/, `possessive in person token ${where}`);
        assert.doesNotMatch(t.text, TITLE_WORDS, `title word in person token ${where}`);
        const lower = ` ${normalize(t.text)} `;
        for (const title of goldTitles) assert.ok(!lower.includes(` ${title} `), `title '${title}' inside person token ${where}`);
        // the token ends on a word boundary: no letter right before or after it
        assert.doesNotMatch(seed.text.slice(Math.max(0, t.start - 1), t.start), /\p{L}/u, `person token starts inside a word: ${where}`);
        assert.doesNotMatch(seed.text.slice(t.end, t.end + 1), /\p{L}/u, `person token ends inside a word: ${where}`);
      }
    }
  });

  it('marks exactly the first mention of each gold person as the declaration', () => {
    for (const { seed, tokens } of bySeed.values()) {
      const person = new Map(tokens.filter((t) => t.type === 'person').map((t) => [`${t.start}-${t.end}`, t]));
      for (const p of seed.gold.persons) {
        const [first, ...rest] = p.mentions.map(([s, e]) => person.get(`${s}-${e}`));
        if (first) assert.ok(first.modifiers.includes('declaration'), `${seed.name}: first mention of ${p.name} lacks 'declaration'`);
        for (const t of rest.filter(Boolean)) assert.ok(!t.modifiers.includes('declaration'), `${seed.name}: later mention of ${p.name} at ${t.start} has 'declaration'`);
      }
    }
  });

  it('colours a range request exactly like the same lines of the full request', async () => {
    for (const { seed, tokens } of bySeed.values()) {
      const lines = lineStarts(seed.text).length;
      const from = Math.min(4, lines - 1);
      const to = Math.min(from + 3, lines - 1);
      const range = { start: { line: from, character: 0 }, end: { line: to, character: 0 } };
      const result = await client.semanticTokensRange(seed.uri, range);
      const ranged = decodeSemanticTokens(result.data, client.legend, seed.text);
      const expected = tokens.filter((t) => t.line >= from && t.line < to);
      assert.ok(expected.length > 0, `${seed.name}: no tokens on lines ${from}-${to}, pick other lines`);
      assert.deepEqual(ranged, expected, `${seed.name}: range tokens of lines [${from}, ${to}) differ from the full tokens`);
    }
  });
});

describe('hover on the seeds', () => {
  for (const seed of seeds) {
    // the person with the most gold titles (the first of them on a tie)
    const person = seed.gold.persons.reduce((best, p) => (p.titles.length > best.titles.length ? p : best));
    it(`${seed.name}: hover on the first mention of ${person.name} shows the name and a gold title`, async () => {
      const [start, end] = person.mentions[0];
      const hover = await client.hover(seed.uri, positionAt(seed.text, start + 1));
      assert.ok(hover, `no hover on ${person.name} at offset ${start + 1}`);
      assert.equal(hover.contents.kind, 'markdown');
      assert.deepEqual(rangeToOffsets(seed.text, hover.range), [start, end], 'hover range is not the mention');
      const shown = normalize(unescapeMarkdown(hover.contents.value));
      assert.ok(shown.includes(normalize(person.name)), `hover does not name ${person.name}:\n${hover.contents.value}`);
      assert.ok(person.titles.some((t) => shown.includes(normalize(t))), `hover shows none of ${JSON.stringify(person.titles)}:\n${hover.contents.value}`);
      // the command link points back at this mention
      const link = /\(command:reportLens\.showMentions\?([^)\s]+)\)/.exec(hover.contents.value);
      assert.ok(link, `no show-mentions link in:\n${hover.contents.value}`);
      const [uri, line, character] = JSON.parse(decodeURIComponent(link[1]));
      assert.equal(uri, seed.uri);
      assert.equal(offsetAt(seed.text, { line, character }), start);
    });
  }

  it('returns null between words that are no name, title or theme', async () => {
    const seed = seeds[0];
    const at = seed.text.indexOf(' the ', 300) + 2;
    const hover = await client.hover(seed.uri, positionAt(seed.text, at));
    assert.equal(hover, null);
  });
});

describe('references on the seeds', () => {
  for (const seed of seeds) {
    const person = seed.gold.persons.reduce((best, p) => (p.mentions.length > best.mentions.length ? p : best));
    it(`${seed.name}: references of ${person.name} are its ${person.mentions.length} gold mentions`, async () => {
      const last = person.mentions[person.mentions.length - 1];
      const locations = await client.references(seed.uri, positionAt(seed.text, last[0]));
      const spans = locations.map((l) => {
        assert.equal(l.uri, seed.uri);
        return rangeToOffsets(seed.text, l.range);
      });
      assert.deepEqual(spans.sort((a, b) => a[0] - b[0]), person.mentions);
    });
  }
});

function walk(symbols, visit, parent) {
  for (const s of symbols) {
    visit(s, parent);
    if (s.children) walk(s.children, visit, s);
  }
}

describe('outline (documentSymbol) on the seeds', () => {
  for (const seed of seeds) {
    it(`${seed.name}: hierarchical, ranges inside the document, presiders under 'Presided'`, async () => {
      const symbols = await client.documentSymbol(seed.uri);
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no symbols');
      let withChildren = 0;
      walk(symbols, (s, parent) => {
        assert.ok(!('location' in s), `SymbolInformation instead of DocumentSymbol: ${s.name}`);
        assert.equal(typeof s.name, 'string');
        assert.ok(s.name.trim().length > 0, 'empty symbol name');
        // rangeToOffsets throws for a position outside the document or an inverted range
        const [rs, re] = rangeToOffsets(seed.text, s.range);
        const [ss, se] = rangeToOffsets(seed.text, s.selectionRange);
        assert.ok(rs <= ss && se <= re, `selectionRange [${ss},${se}) of '${s.name}' is not inside its range [${rs},${re})`);
        if (parent) {
          const [ps, pe] = rangeToOffsets(seed.text, parent.range);
          assert.ok(ps <= rs && re <= pe, `'${s.name}' [${rs},${re}) is outside its parent '${parent.name}' [${ps},${pe})`);
        }
        if (s.children?.length) withChildren++;
      });
      assert.ok(withChildren > 0, 'no symbol has children: the outline is flat');

      const presided = seed.gold.persons.filter((p) => p.roles.includes('presided'));
      const sections = [];
      walk(symbols, (s) => s.name.startsWith('Presided') && sections.push(s));
      if (presided.length === 0) return;
      assert.equal(sections.length, 1, `expected one 'Presided' section, got ${sections.map((s) => s.name)}`);
      const names = sections[0].children.map((c) => normalize(c.name));
      for (const p of presided) assert.ok(names.includes(normalize(p.name)), `${p.name} is not under '${sections[0].name}' (${names})`);
      assert.match(sections[0].name, new RegExp(`^Presided \\(${sections[0].children.length}\\)$`));
    });
  }

  it('at least three seeds have a presider in the gold (the check above is not vacuous)', () => {
    assert.ok(seeds.filter((s) => s.gold.persons.some((p) => p.roles.includes('presided'))).length >= 3);
  });
});

describe('diagnostics on the clean seeds', () => {
  for (const seed of seeds) {
    it(`${seed.name}: no error or warning`, async () => {
      const published = await client.waitForDiagnostics(seed.uri, () => true, { version: 1 });
      const bad = published.diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(bad.map((d) => `${d.code}: ${d.message}`), []);
      for (const d of published.diagnostics) {
        assert.equal(d.source, 'report-lens');
        assert.match(d.codeDescription?.href ?? '', /^https:\/\/\S+#[a-z-]+$/);
        rangeToOffsets(seed.text, d.range);
      }
    });
  }
});
