// Every-screen checks for the browser tests of both apps: a page must fit its viewport (no
// sideways scrolling of the page itself), have no serious or critical axe violation, and keep
// every action reachable (a button or link outside the viewport must sit in a scroll container).
const fs = require('node:fs');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Problems found on the current page, as readable strings; empty when the screen passes. */
async function screenProblems(page) {
  const problems = [];
  const layout = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const offscreen = [];
    for (const el of document.querySelectorAll('button, a.button, [role="button"], input[type="submit"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= vw + 1 && r.left >= -1) continue;
      let scroller = el.parentElement;
      let inScroller = false;
      while (scroller && scroller !== document.body) {
        const s = getComputedStyle(scroller);
        if (/(auto|scroll)/.test(s.overflowX) && scroller.scrollWidth > scroller.clientWidth) {
          inScroller = true;
          break;
        }
        scroller = scroller.parentElement;
      }
      if (!inScroller) offscreen.push((el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40));
    }
    return { vw, scrollWidth: document.documentElement.scrollWidth, offscreen };
  });
  if (layout.scrollWidth > layout.vw + 1) problems.push(`page is ${layout.scrollWidth} px wide in a ${layout.vw} px viewport`);
  for (const label of layout.offscreen) problems.push(`action "${label}" is outside the viewport and not in a scroll container`);
  // The apps' CSP forbids inline scripts, so axe is evaluated through the DevTools protocol
  // (not subject to the page's CSP) instead of an injected <script>.
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact}: ${v.id} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target?.join(' ')})`);
  });
  problems.push(...violations.map((v) => `axe ${v}`));
  return problems;
}

module.exports = { screenProblems };
