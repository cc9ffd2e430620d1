import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Lesson Markdown → safe HTML, on the server (ADR 0009). Two layers:
 *
 * 1. markdown-it with `html: false` (raw HTML in the source is shown as text, never parsed), linkify, images off
 *    (images are image blocks with an alt text: `![x](y)` stays a plain link), and links limited to http(s) and
 *    mailto;
 * 2. sanitize-html with an allow-list, in case a future plugin or a parser bug lets something through.
 *
 * Headings: a lesson's Markdown sits under the page's own title, so `#` becomes `<h2>`, and `#####`/`######` are
 * clamped to `<h4>`. Table cell alignment becomes a class (`align-left|center|right`) instead of a style.
 * Links get `rel="noopener noreferrer"` and never a `target`.
 */
export function renderMarkdown(markdown: string): string {
  const cached = rendered.get(markdown);
  if (cached !== undefined) return cached;
  const html = sanitizeLessonHtml(markdownIt().render(markdown));
  // Quiz stems, choices and feedback come from immutable published versions and are rendered again at every attempt
  // and submission: a bounded memo of short texts saves that work (rendering is a pure function of its input).
  if (markdown.length <= MEMO_MAX_LENGTH) {
    if (rendered.size >= MEMO_MAX_ENTRIES) rendered.delete(rendered.keys().next().value as string);
    rendered.set(markdown, html);
  }
  return html;
}

const MEMO_MAX_ENTRIES = 5000;
const MEMO_MAX_LENGTH = 2000;
/** Oldest first (insertion order): the first key is evicted when full. At most 5 000 × 2 000 characters. */
const rendered = new Map<string, string>();

/** The second layer on its own: any HTML → the lesson allow-list (tags, attributes, http(s)/mailto links). */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Tags a rendered lesson may contain. */
export const LESSON_HTML_TAGS: readonly string[] = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'blockquote',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'hr',
];

const SAFE_HREF = /^(?:https?:|mailto:)/i;
const ALIGN_CLASSES = ['align-left', 'align-center', 'align-right'];

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false, breaks: false });
  md.disable(['image']);
  // Only absolute http(s) and mailto links become links; anything else stays text.
  md.validateLink = (url: string) => SAFE_HREF.test(url.trim());
  parser = md;
  return md;
}

const alignedCell = (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
  const align = /text-align:\s*(left|center|right)/.exec(attribs['style'] ?? '')?.[1];
  return { tagName, attribs: align ? { class: `align-${align}` } : {} };
};

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...LESSON_HTML_TAGS],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['class'], td: ['class'] },
  allowedClasses: { th: ALIGN_CLASSES, td: ALIGN_CLASSES },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'background', 'poster'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  parseStyleAttributes: false,
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    th: alignedCell,
    td: alignedCell,
    a: (tagName, attribs) => {
      const href = (attribs['href'] ?? '').trim();
      // A link without a safe absolute target is dropped, its text kept (sanitize-html discards the unknown tag).
      if (!SAFE_HREF.test(href)) return { tagName: 'dropped-link', attribs: {} };
      const kept: sanitizeHtml.Attributes = { href, rel: 'noopener noreferrer' };
      if (attribs['title']) kept['title'] = attribs['title'];
      return { tagName: 'a', attribs: kept };
    },
  },
};
