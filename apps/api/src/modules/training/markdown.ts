/**
 * Lesson text is Markdown rendered by react-markdown without raw HTML (the portal escapes it);
 * as a second line of defence the API stores no HTML tags or comments at all, and no
 * `javascript:`/`data:`/`vbscript:` link targets, so any other client of the API is safe too.
 */
export function sanitiseMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\]\(\s*(?:javascript|data|vbscript):(?:[^()]|\([^()]*\))*\)/gi, '](#)')
    .trim();
}
