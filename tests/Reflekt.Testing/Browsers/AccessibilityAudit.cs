using Microsoft.Playwright;

namespace Reflekt.Testing.Browsers;

/// <summary>
/// A small, offline, axe-style audit of the page as rendered: the checks our pages can fail, each finding one line
/// naming the element. Not a replacement for axe; it covers labels, names, landmarks, language and WCAG 2 contrast.
/// </summary>
public static class AccessibilityAudit
{
    /// <summary>Every finding on the current page (empty when it passes).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script);

    // WCAG 2.x: relative luminance of sRGB, contrast (L1 + .05) / (L2 + .05); 4.5:1 for text, 3:1 for large text
    // (>= 24px, or >= 18.66px bold). The background is the first opaque one up the tree (alpha blended on the way).
    private const string Script = """
        () => {
          const found = [];
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const visible = el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect(); return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0; };
          const name = el => {
            if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
            const by = el.getAttribute('aria-labelledby');
            if (by) return by.split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
            if (el.id) { const l = document.querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) return l.textContent.trim(); }
            const wrap = el.closest('label'); if (wrap) return wrap.textContent.trim();
            if (el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY') return el.textContent.trim();
            return (el.getAttribute('title') || '').trim();
          };

          if (!document.documentElement.lang) found.push('html has no lang');
          if (!document.title.trim()) found.push('document has no title');
          if (document.querySelectorAll('main').length !== 1) found.push('page needs exactly one main landmark');
          if (!document.querySelector('h1')) found.push('page has no h1');
          document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href], summary').forEach(el => {
            if (!name(el)) found.push(describe(el) + ': no accessible name');
          });
          document.querySelectorAll('svg[role=img], img').forEach(el => {
            if (!(el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('aria-labelledby'))) found.push(describe(el) + ': image without a text alternative');
          });
          const ids = {};
          document.querySelectorAll('[id]').forEach(el => { if (ids[el.id]) found.push('duplicate id ' + el.id); ids[el.id] = true; });

          const rgba = text => { const m = text.match(/rgba?\(([^)]+)\)/); if (!m) return [0, 0, 0, 0]; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
          const over = (top, below) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)).concat([1]); };
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
            let color = [255, 255, 255, 1];
            const root = rgba(getComputedStyle(document.documentElement).backgroundColor);
            if (root[3] > 0) color = over(root, color);
            for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
            return color;
          };
          const luminance = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
          const seen = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el || seen.has(el) || !visible(el) || el.closest('svg')) continue;
            seen.add(el);
            const s = getComputedStyle(el);
            const bg = background(el);
            const fg = over(rgba(s.color), bg);
            const l1 = luminance(fg), l2 = luminance(bg);
            const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) found.push(describe(el) + ' "' + node.textContent.trim().slice(0, 30) + '": contrast ' + ratio.toFixed(2) + ':1 < ' + needed + ':1');
          }
          return found;
        }
        """;
}
