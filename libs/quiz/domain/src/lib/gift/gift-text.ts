/**
 * Text helpers shared by the GIFT reader and writer: escapes, the `[format]` markers, and the conversion of the
 * four Moodle text formats to our Markdown.
 */

/** Characters GIFT gives a meaning to; `\` escapes them (and `\n` is a newline). */
const ESCAPABLE = '\\~=#{}:';

/**
 * While a question is cut into pieces, an escaped character must not count as syntax: it is swapped for a
 * private-use character (U+E000 + its code) and swapped back in `unprotect`, once each piece is isolated.
 */
const PROTECT_BASE = 0xe000;
const PROTECTED = /[\uE000-\uE07F]/g;

/** Replaces the escapes of one physical line by protected characters. */
export function protectEscapes(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    const next = line[i + 1];
    if (char === '\\' && next !== undefined && (ESCAPABLE.includes(next) || next === 'n')) {
      out += String.fromCharCode(PROTECT_BASE + (next === 'n' ? 10 : next.charCodeAt(0)));
      i++;
    } else {
      out += char;
    }
  }
  return out;
}

export function unprotect(text: string): string {
  return text.replace(PROTECTED, (char) => String.fromCharCode(char.charCodeAt(0) - PROTECT_BASE));
}

/** Escapes every character GIFT would read as syntax; newlines become `\n` so a text stays on one line. */
export function escapeGift(text: string): string {
  let out = '';
  for (const char of normaliseNewlines(text)) {
    if (char === '\n') out += '\\n';
    else if (ESCAPABLE.includes(char)) out += `\\${char}`;
    else out += char;
  }
  return out;
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export const GIFT_FORMATS = ['moodle', 'html', 'plain', 'markdown'] as const;
export type GiftFormat = (typeof GIFT_FORMATS)[number];

const FORMAT_MARKER = /^\[(moodle|html|plain|markdown)\]/;

/** Splits a leading `[format]` marker off a (trimmed) text, as Moodle does for question texts, answers and feedback. */
export function splitFormat(text: string, fallback: GiftFormat): { format: GiftFormat; text: string } {
  const match = FORMAT_MARKER.exec(text);
  if (!match) return { format: fallback, text };
  return { format: match[1] as GiftFormat, text: text.slice(match[0].length) };
}

/** A text shown to learners, in our Markdown. */
export function toMarkdown(text: string, format: GiftFormat): string {
  switch (format) {
    case 'markdown':
      return text.trim();
    case 'plain':
      return escapeMarkdown(text.trim());
    case 'html':
      return htmlToMarkdown(text, false);
    case 'moodle':
      // Moodle's "auto-format": HTML is allowed and line breaks are kept.
      return htmlToMarkdown(text, true);
  }
}

/** A value compared with what learners type (short answers): tags and entities are gone in HTML formats. */
export function toPlainValue(text: string, format: GiftFormat): string {
  if (format === 'plain' || format === 'markdown') return text.trim();
  return decodeEntities(text.replace(/<[^<>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Backslash-escapes what Markdown would read as formatting, so a plain text shows as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|&]/g, '\\$&')
    .replace(/^([ \t]*)([#+=-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  ccedil: 'ç',
  oelig: 'œ',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body] ?? entity;
  });
}

/** A tag (attributes cannot hold `<`, which keeps the scan linear), a run of text, or a lone `<`. */
const HTML_TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)>|[^<]+|</g;
const SAFE_HREF = /^(?:https?:|mailto:)/i;

interface ListState {
  ordered: boolean;
  next: number;
}

/**
 * A small HTML → Markdown conversion for Moodle texts (our renderer shows raw HTML as text): paragraphs, line
 * breaks, emphasis, code, links, lists and headings are kept; other tags are dropped, their text kept; scripts and
 * styles are dropped whole. Text is Markdown-escaped so it shows as it did in Moodle.
 */
export function htmlToMarkdown(html: string, newlinesAreBreaks: boolean): string {
  const buffers: string[] = [''];
  const links: string[] = [];
  const lists: ListState[] = [];
  let skipping: string | null = null;
  let preformatted = false;
  const emit = (text: string) => (buffers[buffers.length - 1] += text);

  for (const [token, closing, rawName, attributes] of withoutComments(html).matchAll(HTML_TOKEN)) {
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (name === skipping && closing) skipping = null;
      continue;
    }
    if (name === undefined) {
      emit(htmlText(token, preformatted, newlinesAreBreaks));
      continue;
    }
    switch (name) {
      case 'script':
      case 'style':
        if (!closing) skipping = name;
        break;
      case 'p':
      case 'div':
      case 'table':
      case 'tr':
        emit('\n\n');
        break;
      case 'br':
        emit('\\\n');
        break;
      case 'hr':
        emit('\n\n---\n\n');
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        emit(closing ? '\n\n' : `\n\n${'#'.repeat(Number(name[1]))} `);
        break;
      case 'strong':
      case 'b':
        emit('**');
        break;
      case 'em':
      case 'i':
        emit('*');
        break;
      case 'code':
        if (!preformatted) emit('`');
        break;
      case 'pre':
        preformatted = !closing;
        emit(closing ? '\n```\n\n' : '\n\n```\n');
        break;
      case 'blockquote':
        emit(closing ? '\n\n' : '\n\n> ');
        break;
      case 'ul':
      case 'ol':
        if (closing) lists.pop();
        else lists.push({ ordered: name === 'ol', next: 1 });
        emit('\n\n');
        break;
      case 'li': {
        if (closing) break;
        const list = lists[lists.length - 1];
        const bullet = list?.ordered ? `${list.next++}. ` : '- ';
        emit(`\n${'   '.repeat(Math.max(lists.length - 1, 0))}${bullet}`);
        break;
      }
      case 'td':
      case 'th':
        if (!closing) emit(' ');
        break;
      case 'a':
        if (!closing) {
          links.push(
            /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i
              .exec(attributes ?? '')
              ?.slice(1)
              .find((v) => v !== undefined) ?? '',
          );
          buffers.push('');
        } else if (buffers.length > 1) {
          const inner = buffers.pop() ?? '';
          const href = decodeEntities(links.pop() ?? '').trim();
          emit(SAFE_HREF.test(href) ? `[${inner}](${href.replace(/[()\s]/g, encodeURIComponent)})` : inner);
        }
        break;
      case 'img': {
        const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes ?? '');
        if (alt) emit(escapeMarkdown(decodeEntities(alt[1] ?? alt[2] ?? '')));
        break;
      }
      default:
        break;
    }
  }
  while (buffers.length > 1) {
    const inner = buffers.pop() ?? '';
    links.pop();
    emit(inner);
  }
  return buffers[0]
    .replace(/\\\n(?=\s*(\n|$))/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** HTML comments go, an unclosed one up to the end (as browsers do); a loop rather than a lazy regex stays linear. */
function withoutComments(html: string): string {
  let out = '';
  let position = 0;
  for (let start = html.indexOf('<!--'); start >= 0; start = html.indexOf('<!--', position)) {
    out += html.slice(position, start);
    const end = html.indexOf('-->', start + 4);
    position = end < 0 ? html.length : end + 3;
  }
  return out + html.slice(position);
}

function htmlText(raw: string, preformatted: boolean, newlinesAreBreaks: boolean): string {
  const text = decodeEntities(raw);
  if (preformatted) return text;
  if (newlinesAreBreaks) {
    return text
      .split('\n')
      .map((line) => escapeMarkdown(line.replace(/[ \t]+/g, ' ')))
      .join('\\\n');
  }
  // HTML collapses spaces, tabs and line breaks, never non-breaking spaces.
  return escapeMarkdown(text.replace(/[ \t\n\r\f]+/g, ' '));
}
