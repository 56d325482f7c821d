/**
 * Markdown for hovers. Everything that comes from the document is untrusted: it is escaped so that
 * it can neither format, link, embed HTML nor run a command.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~"'=:]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, (c) => '\\' + c);
}

/** Inline code cannot be escaped in CommonMark; use escaped plain text in italics instead. */
export function quoteText(text: string): string {
  return `“${escapeMarkdown(text)}”`;
}
