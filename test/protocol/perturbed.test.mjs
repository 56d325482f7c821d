/**
 * The perturbed copies of the seeds over LSP: the injected inconsistencies are reported with the
 * right codes, their quick fixes produce the expected text and make the problem go away, and
 * source.fixAll makes the style-level fixes in one edit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CODE_OF_KIND, loadPerturbed, overlaps } from './helpers/corpus.mjs';
import { startServer } from './helpers/lspClient.mjs';
import { applyWorkspaceEdit, offsetsToRange, rangeToOffsets, workspaceEditFor } from './helpers/textEdits.mjs';

const perturbed = loadPerturbed();
const DOC_URL = /^https:\/\/\S+\/checks\.md#([a-z-]+)$/;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * What each quick fix of each diagnostic must produce: one string per fix (in any order) that the
 * fixed text contains and the perturbed text does not.
 */
const QUICK_FIX_RESULTS = {
  '000_b1b8ca11255dba96': {
    'name-variant': ['  Zhou Zhihong stressed that measures'],
    'rank-conflict': ['  Mayor Yu Ke pointed out that', 'deputy Secretary of the Municipal Party Committee and Vice Mayor, attended'],
  },
  '001_ec2f909355716f5f': {
    'title-case': [
      'Wu Zhongqiong, Secretary of the Municipal Party Committee, asked',
      'On October 10, Wu Zhongqiong, secretary of the municipal party committee, presided',
    ],
  },
  '002_77ff26448a554fe6': {
    'title-wording': ['and Fu Qingjian, Vice County Mayor, respectively', 'Qi Yajun, Deputy County Mayor Fu Qingjian, Wang Wuqiang'],
    'post-conflict': [
      'Finally, Liu Zhisheng, secretary of the county party committee, also made',
      'Liu Zhisheng, secretary of the municipal party committee, presided over the meeting',
    ],
  },
  '004_d79585fb137e0d63': {
    'post-held-twice': [],
  },
};

let client;
/** name -> the first diagnostics published for the perturbed copy */
const initial = new Map();
let version = 1;

before(async () => {
  client = await startServer();
  for (const p of perturbed) client.open(p.uri, p.text);
  for (const p of perturbed) initial.set(p.name, (await client.waitForDiagnostics(p.uri, () => true, { version: 1 })).diagnostics);
});

after(async () => {
  await client?.close();
});

/** Replaces the whole text of a document and waits for the diagnostics of that version. */
async function replaceText(uri, text, predicate) {
  const v = ++version;
  client.change(uri, v, [{ text }]);
  return client.waitForDiagnostics(uri, predicate, { version: v });
}

/** Codes of the in-document checks; several copies of one report are open here, and they conflict with each other (workspace-conflict). */
function codes(diagnostics) {
  return diagnostics.map((d) => d.code).filter((c) => c !== 'workspace-conflict').sort();
}

describe('diagnostics on the perturbed copies', () => {
  it('covers every kind of injected inconsistency', () => {
    const kinds = new Set(perturbed.flatMap((p) => p.expected.inconsistencies.map((i) => i.kind)));
    assert.deepEqual([...kinds].sort(), Object.keys(CODE_OF_KIND).sort());
  });

  for (const p of perturbed) {
    for (const inc of p.expected.inconsistencies) {
      const code = CODE_OF_KIND[inc.kind];
      it(`${p.name}: ${inc.kind} of ${inc.person} is reported as ${code}`, () => {
        const diagnostics = initial.get(p.name);
        const hit = diagnostics.find((d) => d.code === code && inc.offsets.some((o) => overlaps(rangeToOffsets(p.text, d.range), o)));
        assert.ok(hit, `no '${code}' diagnostic overlapping ${JSON.stringify(inc.offsets)}; got ${JSON.stringify(diagnostics.map((d) => [d.code, rangeToOffsets(p.text, d.range)]))}`);
        assert.ok(hit.severity >= 1 && hit.severity <= 3, `severity ${hit.severity}`);
        assert.ok(hit.message.includes(inc.person), `message does not name ${inc.person}: ${hit.message}`);
        // the other place is linked as related information, inside this document
        assert.ok(hit.relatedInformation?.length > 0, 'no relatedInformation');
        const places = [rangeToOffsets(p.text, hit.range), ...hit.relatedInformation.map((r) => {
          assert.equal(r.location.uri, p.uri);
          assert.equal(typeof r.message, 'string');
          return rangeToOffsets(p.text, r.location.range);
        })];
        for (const o of inc.offsets) assert.ok(places.some((x) => overlaps(x, o)), `neither the diagnostic nor its related places overlap ${JSON.stringify(o)}: ${JSON.stringify(places)}`);
      });
    }

    it(`${p.name}: every diagnostic has source, code, a documentation link and a range inside the text`, () => {
      const diagnostics = initial.get(p.name);
      assert.ok(diagnostics.length > 0);
      for (const d of diagnostics) {
        assert.equal(d.source, 'report-lens');
        assert.match(d.code, /^[a-z]+(-[a-z]+)*$/);
        const href = d.codeDescription?.href;
        assert.match(href ?? '', DOC_URL, `codeDescription.href of ${d.code}`);
        assert.equal(DOC_URL.exec(href)[1], d.code, 'the link anchor is not the code');
        const [s, e] = rangeToOffsets(p.text, d.range);
        assert.ok(e > s, `empty range for ${d.code}`);
        assert.ok(d.message.length > 10);
      }
      // nothing beyond the injected inconsistencies is an error or a warning
      const expectedCodes = new Set(p.expected.inconsistencies.map((i) => CODE_OF_KIND[i.kind]));
      for (const d of diagnostics.filter((x) => x.severity <= 2)) assert.ok(expectedCodes.has(d.code), `unexpected ${d.code}: ${d.message}`);
    });
  }
});

describe('quick fixes on the perturbed copies', () => {
  for (const p of perturbed) {
    for (const [code, results] of Object.entries(QUICK_FIX_RESULTS[p.name] ?? {})) {
      it(`${p.name}: ${code} has ${results.length} quick fix(es) that rewrite the text as expected and clear the problem`, async () => {
        const diagnostic = initial.get(p.name).find((d) => d.code === code);
        assert.ok(diagnostic, `no ${code} diagnostic`);
        const actions = await client.codeAction(p.uri, diagnostic.range, [diagnostic], ['quickfix']);
        assert.ok(Array.isArray(actions));
        assert.equal(actions.length, results.length, `quick fixes: ${JSON.stringify(actions.map((a) => a.title))}`);
        const [ds, de] = rangeToOffsets(p.text, diagnostic.range);
        const flaggedText = p.text.slice(ds, de);
        const unmatched = [...results];
        for (const action of actions) {
          assert.equal(action.kind, 'quickfix');
          assert.deepEqual(action.diagnostics, [diagnostic], 'the fix does not carry the diagnostic it fixes');
          const fixed = applyWorkspaceEdit(p.text, action.edit, p.uri);
          assert.notEqual(fixed, p.text, `'${action.title}' changes nothing`);
          // "Change to 'X'" rewrites the flagged text; "Change the other to 'X'" the related places
          const to = /^Change to '(.+)'$/.exec(action.title);
          const other = /^Change the other to '(.+)'$/.exec(action.title);
          assert.ok(to || other, `unexpected title '${action.title}'`);
          const edits = workspaceEditFor(action.edit, p.uri).map((e) => ({ at: rangeToOffsets(p.text, e.range), newText: e.newText }));
          if (to) {
            assert.deepEqual(edits, [{ at: [ds, de], newText: to[1] }]);
          } else {
            assert.equal(other[1], flaggedText);
            const related = diagnostic.relatedInformation.map((r) => rangeToOffsets(p.text, r.location.range));
            assert.deepEqual(edits, related.map((at) => ({ at, newText: flaggedText })));
          }
          const i = unmatched.findIndex((s) => fixed.includes(s) && !p.text.includes(s));
          assert.ok(i >= 0, `'${action.title}' gives none of ${JSON.stringify(unmatched)}`);
          unmatched.splice(i, 1);

          // the server agrees: the problem is gone, the other problems stay
          const others = codes(initial.get(p.name).filter((d) => d.code !== code));
          const after = await replaceText(p.uri, fixed, () => true);
          assert.deepEqual(codes(after.diagnostics), others, `after '${action.title}'`);
          await replaceText(p.uri, p.text, (x) => x.diagnostics.some((d) => d.code === code));
        }
        assert.deepEqual(unmatched, []);
      });
    }
  }

  it('offers the Yu Ke rank-conflict fix both ways: Vice Mayor -> Mayor, or Mayor -> Vice Mayor', async () => {
    const p = perturbed.find((x) => x.name === '000_b1b8ca11255dba96');
    const diagnostic = initial.get(p.name).find((d) => d.code === 'rank-conflict');
    assert.equal(p.text.slice(...rangeToOffsets(p.text, diagnostic.range)), 'Vice Mayor');
    const actions = await client.codeAction(p.uri, diagnostic.range, [diagnostic], ['quickfix']);
    const replaced = actions.map((a) => workspaceEditFor(a.edit, p.uri).map((e) => [p.text.slice(...rangeToOffsets(p.text, e.range)), e.newText]));
    assert.deepEqual(replaced.sort(), [[['Mayor', 'Vice Mayor']], [['Vice Mayor', 'Mayor']]]);
  });

  it('offers no quick fix for a cursor away from every diagnostic', async () => {
    const p = perturbed[0];
    const actions = await client.codeAction(p.uri, ZERO, [], ['quickfix']);
    assert.deepEqual(actions, []);
  });

  it('finds the quick fixes from the cursor position alone (empty range, no diagnostics in the context)', async () => {
    const p = perturbed.find((x) => x.name === '000_b1b8ca11255dba96');
    const diagnostic = initial.get(p.name).find((d) => d.code === 'name-variant');
    const actions = await client.codeAction(p.uri, { start: diagnostic.range.start, end: diagnostic.range.start }, []);
    assert.deepEqual(actions.map((a) => a.title), ["Change to 'Zhou Zhihong'"]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].diagnostics[0].code, 'name-variant');
  });
});

describe('source.fixAll', () => {
  const titleCopies = perturbed.filter((p) => p.expected.inconsistencies.some((i) => ['title_capitalization_inconsistency', 'title_wording_variant'].includes(i.kind)));

  it('the title-case and title-wording copies are 001 and 002', () => {
    assert.deepEqual(titleCopies.map((p) => p.name), ['001_ec2f909355716f5f', '002_77ff26448a554fe6']);
  });

  // In the perturbed copies each style inconsistency is one form against one other form: there is
  // no majority, so no direction is safe to apply unattended and the server offers no fix-all edit
  // (the two quick fixes, none of them preferred, remain).
  for (const p of titleCopies) {
    it(`${p.name}: no fix-all edit when both forms occur once (a tie), both quick fixes are offered, none preferred`, async () => {
      const fixAll = await client.codeAction(p.uri, ZERO, [], ['source.fixAll']);
      assert.deepEqual(fixAll, []);
      const style = initial.get(p.name).find((d) => d.code === 'title-case' || d.code === 'title-wording');
      const quick = await client.codeAction(p.uri, style.range, [style], ['quickfix']);
      assert.equal(quick.length, 2);
      assert.ok(quick.every((a) => !a.isPreferred));
    });
  }

  // With a majority the minority form is rewritten. Each copy gets one more occurrence of the form
  // that the injected text contradicts.
  const majorities = [
    {
      name: '001_ec2f909355716f5f',
      add: ['Wu Zhongqiong emphasized that', 'Wu Zhongqiong, Secretary of the Municipal Party Committee, emphasized that'],
      edits: [['secretary of the municipal party committee', 'Secretary of the Municipal Party Committee']],
      result: 'Wu Zhongqiong, Secretary of the Municipal Party Committee, asked',
      gone: 'title-case',
      stays: [],
    },
    {
      name: '002_77ff26448a554fe6',
      add: ['county, Zhang Xiaoping emphasized', 'county, Fu Qingjian, Deputy County Mayor, and Zhang Xiaoping emphasized'],
      edits: [['Vice County Mayor', 'Deputy County Mayor']],
      result: 'Qi Yajun, Deputy County Mayor Fu Qingjian, Wang Wuqiang',
      gone: 'title-wording',
      stays: ['post-conflict'],
    },
  ];
  for (const m of majorities) {
    it(`${m.name}: with a majority form, source.fixAll rewrites the minority form in one edit`, async () => {
      const p = perturbed.find((x) => x.name === m.name);
      const uri = p.uri.replace(/\.txt$/, '.majority.txt');
      assert.ok(p.text.includes(m.add[0]));
      const text = p.text.replace(m.add[0], m.add[1]);
      client.open(uri, text);
      const before = await client.waitForDiagnostics(uri, () => true, { version: 1 });
      assert.deepEqual(codes(before.diagnostics), [m.gone, ...m.stays].sort());

      const actions = await client.codeAction(uri, ZERO, [], ['source.fixAll']);
      assert.equal(actions.length, 1, JSON.stringify(actions));
      const [action] = actions;
      assert.equal(action.kind, 'source.fixAll.report-lens');
      assert.ok(action.title.length > 0);
      const edits = workspaceEditFor(action.edit, uri);
      assert.deepEqual(edits.map((e) => [text.slice(...rangeToOffsets(text, e.range)), e.newText]), m.edits);
      const fixed = applyWorkspaceEdit(text, action.edit, uri);
      assert.ok(fixed.includes(m.result), `fixed text lacks ${JSON.stringify(m.result)}`);

      // the narrower kind and the quick-fix kind do not bring the fix-all action
      const narrower = await client.codeAction(uri, ZERO, [], ['source.fixAll.report-lens']);
      assert.deepEqual(narrower.map((a) => a.kind), ['source.fixAll.report-lens']);
      const quickOnly = await client.codeAction(uri, offsetsToRange(text, 0, 0), [], ['quickfix']);
      assert.deepEqual(quickOnly, []);

      client.change(uri, 2, [{ text: fixed }]);
      const afterFix = await client.waitForDiagnostics(uri, () => true, { version: 2 });
      assert.deepEqual(codes(afterFix.diagnostics), m.stays);
      client.closeDocument(uri);
      await client.waitForDiagnostics(uri, (x) => x.version === undefined && x.diagnostics.length === 0);
    });
  }
});
