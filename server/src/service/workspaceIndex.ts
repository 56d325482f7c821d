/**
 * Who appears where across the reports the server has seen, for "also in" in hovers.
 * Updated from each analysed model; cheap to query.
 */
import type { DocumentAnalysis } from '../analysis/types';
import type { OtherReport } from '../features/hover';

interface Appearance {
  uri: string;
  titles: string[];
}

export class WorkspaceIndex {
  private readonly byPerson = new Map<string, Map<string, Appearance>>();
  private readonly keysByUri = new Map<string, string[]>();

  update(uri: string, model: DocumentAnalysis): void {
    this.forgetOpen(uri);
    const keys: string[] = [];
    for (const p of model.persons) {
      const titles = [...new Set(p.titleIds.map((id) => model.titles[id].text.replace(/\s+/g, ' ')))];
      let where = this.byPerson.get(p.key);
      if (!where) this.byPerson.set(p.key, (where = new Map()));
      where.set(uri, { uri, titles });
      keys.push(p.key);
    }
    this.keysByUri.set(uri, keys);
  }

  forgetOpen(uri: string): void {
    for (const key of this.keysByUri.get(uri) ?? []) this.byPerson.get(key)?.delete(uri);
    this.keysByUri.delete(uri);
  }

  elsewhere(personKey: string, exceptUri: string): OtherReport[] {
    const out: OtherReport[] = [];
    for (const a of this.byPerson.get(personKey)?.values() ?? []) {
      if (a.uri === exceptUri) continue;
      out.push({ label: decodeURIComponent(a.uri.slice(a.uri.lastIndexOf('/') + 1)), titles: a.titles });
    }
    return out;
  }
}
